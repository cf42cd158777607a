package dev.smarter.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expected values were produced by CPython 3.11.7 running PyJWT's {@code base64url_decode} (pad to
 * a multiple of four, then {@code base64.urlsafe_b64decode}); {@code null} where it raises.
 */
class PyJwtBase64Test {
  static Stream<Arguments> segments() {
    return Stream.of(
        Arguments.of("AQID", "010203"),
        Arguments.of("AQIDBA", "01020304"),
        Arguments.of("AQIDBA!!!!", "01020304"),
        Arguments.of("AQIDBA====", "01020304"),
        Arguments.of("AQIDBA%%%%", "01020304"),
        Arguments.of("AQ-_", "010fbf"),
        Arguments.of("AQ+/", "010fbf"),
        Arguments.of("A", null),
        Arguments.of("AQIDB", null),
        Arguments.of("AQID=BA", null),
        Arguments.of("AQ==AQ", "01"),
        Arguments.of("AQI=x", "0102"),
        Arguments.of("!!", ""),
        Arguments.of("", ""),
        Arguments.of("AQIDBA\u00e9", null),
        Arguments.of("AQ.ID", "010203"),
        Arguments.of("AQIDBA=", "01020304"),
        Arguments.of("AQIDBA==junk", "01020304"),
        Arguments.of("AQ=", "01"),
        Arguments.of("AQ=I", null));
  }

  @ParameterizedTest
  @MethodSource("segments")
  void decodesAsPyJwtDoes(String segment, String expectedHex) {
    byte[] decoded = TokenService.pyJwtBase64UrlDecode(segment.getBytes(StandardCharsets.UTF_8));

    assertThat(decoded == null ? null : HexFormat.of().formatHex(decoded)).isEqualTo(expectedHex);
  }
}
