package dev.smarter.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected texts were produced by CPython 3.11's {@code repr(float)}. */
class PyFloatTest {
  @ParameterizedTest
  @CsvSource({
    "1.5, 1.5",
    "1e16, 1e+16",
    "1e15, 1000000000000000.0",
    "123456789012345.0, 123456789012345.0",
    "1e-5, 1e-05",
    "0.0001, 0.0001",
    "1e22, 1e+22",
    "1.0, 1.0",
    "-0.0, -0.0",
    "2.5e-7, 2.5e-07",
    "1764000000.123456, 1764000000.123456",
    "0.30000000000000004, 0.30000000000000004",
    "4.9e-324, 5e-324",
    "1.7976931348623157e308, 1.7976931348623157e+308",
    "100.0, 100.0",
    "-12.75, -12.75",
    "9007199254740993.0, 9007199254740992.0",
    "1234567.0, 1234567.0",
  })
  void reprMatchesPython(double value, String python) {
    assertThat(PyFloat.repr(value)).isEqualTo(python);
  }
}
