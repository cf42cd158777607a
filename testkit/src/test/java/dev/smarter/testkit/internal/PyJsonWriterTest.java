package dev.smarter.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected output was produced by CPython 3.11's {@code json.dumps(..., ensure_ascii=False)}. */
class PyJsonWriterTest {
  private static String render(Object value) {
    return new String(PyJsonWriter.render(value), StandardCharsets.UTF_8);
  }

  @Test
  void writesCompactWithoutSpaces() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a", 1L);
    map.put("b", Arrays.asList(true, null, "x"));
    assertThat(render(map)).isEqualTo("{\"a\":1,\"b\":[true,null,\"x\"]}");
  }

  @Test
  void escapesLikePythonWithEnsureAsciiOff() {
    assertThat(render("\u2028\u00e9\u0001\u007f\"\\/\n"))
        .isEqualTo("\"\u2028\u00e9\\u0001\u007f\\\"\\\\/\\n\"");
  }

  @Test
  void writesBigIntegersExactly() {
    assertThat(render(new BigInteger("123456789012345678901234567890")))
        .isEqualTo("123456789012345678901234567890");
  }

  @Test
  void nonFiniteFloatsFailLikeAllowNanFalse() {
    assertThatThrownBy(() -> render(Double.NaN))
        .hasMessage("Out of range float values are not JSON compliant");
  }

  @Test
  void loneSurrogateFailsToEncodeLikeStarlette() {
    assertThatThrownBy(() -> render("a\uD83D"))
        .hasMessage(
            "'utf-8' codec can't encode character '\\ud83d' in position 2: surrogates not allowed");
  }
}
