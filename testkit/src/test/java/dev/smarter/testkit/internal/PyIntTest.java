package dev.smarter.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected values were produced by CPython 3.11's {@code int(str)}. */
class PyIntTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(" 5 ", "5"),
        Arguments.of("+5", "5"),
        Arguments.of("-3", "-3"),
        Arguments.of("1_000", "1000"),
        Arguments.of("1__0", null),
        Arguments.of("_1", null),
        Arguments.of("\u0663", "3"),
        Arguments.of("", null),
        Arguments.of("5.0", null),
        Arguments.of("0x10", null),
        Arguments.of("  -0 ", "0"),
        Arguments.of("1_", null),
        Arguments.of("00012", "12"),
        Arguments.of("99999999999999999999", "99999999999999999999"),
        Arguments.of("abc", null),
        Arguments.of("- 5", null),
        Arguments.of("\t7\n", "7"),
        Arguments.of("12\u00a0", "12"),
        Arguments.of("\u008512", "12"),
        Arguments.of("\u200712\u202f", "12"),
        Arguments.of("\u001c12\u3000", "12"),
        Arguments.of("\u200b12", null),
        Arguments.of("0".repeat(4299) + "1", "1"),
        Arguments.of("0".repeat(4300) + "1", null),
        Arguments.of(" -" + "1".repeat(4300) + " ", "-" + "1".repeat(4300)),
        Arguments.of("1_".repeat(2150) + "1", "1".repeat(2151)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parsesLikePythonInt(String text, String expected) {
    assertThat(PyInt.parse(text).map(BigInteger::toString).orElse(null)).isEqualTo(expected);
  }
}
