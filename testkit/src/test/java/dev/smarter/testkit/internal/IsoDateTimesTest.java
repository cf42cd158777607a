package dev.smarter.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expected values were produced by CPython 3.11.7: {@code
 * datetime.fromisoformat(s).replace(tzinfo=None).isoformat()}, or {@code null} for ValueError.
 */
class IsoDateTimesTest {
  static Stream<Arguments> fromIsoFormat() {
    String[][] cases = {
      {"2026-11-24T03:10:00Z", "2026-11-24T03:10:00"},
      {"2026-11-24T03:10:00+02:00", "2026-11-24T03:10:00"},
      {"2026-11-24", "2026-11-24T00:00:00"},
      {"2026-11-24T03", "2026-11-24T03:00:00"},
      {"2026-11-24T03:10", "2026-11-24T03:10:00"},
      {"20261124T031000", "2026-11-24T03:10:00"},
      {"2026-W47-2T03:10", "2026-11-17T03:10:00"},
      {"2026-11-24T03:10:00.1234567", "2026-11-24T03:10:00.123456"},
      {"2026-11-24T03:10:00,5", "2026-11-24T03:10:00.500000"},
      {"2026-11-24 03:10:00.000000", "2026-11-24T03:10:00"},
      {"2026-11-24x03:10", "2026-11-24T03:10:00"},
      {"2026-11-24T03:10:00+0200", "2026-11-24T03:10:00"},
      {"2026-11-24T03:10:00+02", "2026-11-24T03:10:00"},
      {"2026-11-24T24:00", null},
      {"2026-02-29", null},
      {"2026-11", null},
      {"2026-11-24T03:10:00.", null},
      {"2026-11-24T031000", "2026-11-24T03:10:00"},
      {"2026-11-24T03:10:00 ", null},
      {"-2026-11-24", null},
      {"2026-11-24T03:10:00-00:00:30.5", "2026-11-24T03:10:00"},
      {"2026-11-24T03:10:60", null},
      {"2026-11-24T03:1", null},
      {"2026-11-24T3:10", null},
      {"2026-11-24T03:10:00+02:00Z", null},
      {"2026-11-24T03:10:00.123+02:00", "2026-11-24T03:10:00.123000"},
      {"2026W472", "2026-11-17T00:00:00"},
      {"2026-W53-1", "2026-12-28T00:00:00"},
      {"2026-11-24T03:10:00z", null},
      {"0000-01-01", null},
      {"2026-11-24T03:10:00.1Z", "2026-11-24T03:10:00.100000"},
      {"2026-11-24T", null},
      {"2026-11-24T03:10.5", "2026-11-24T03:10:00.500000"},
      {"2026-11-24T03:10:00:5", "2026-11-24T03:10:00.500000"},
      {"2028-02-29T12:00", "2028-02-29T12:00:00"},
      {"2026-11-24T03:10:00+24:00", null},
      {"2026-11-24T03:10:00+23:59", "2026-11-24T03:10:00"},
      {"not a date", null},
      {"", null},
      {"2026-13-01", null},
      {"2026-11-24T03:10:00Z ", null},
      {"2026-11-24T03:10:00+02:00:00", "2026-11-24T03:10:00"},
      {"2026-11-24\u00e903:10:00", "2026-11-24T03:10:00"},
      {"2026-11-24\ud80003:10:00", "2026-11-24T03:10:00"},
      {"2026-11-24\ud83d\ude0003:10:00", "2026-11-24T03:10:00"},
      {"2026-11-24\u200303:10:00+02:00", "2026-11-24T03:10:00"},
      {"2026-W48-2\u00e903:10", "2026-11-24T03:10:00"},
      {"2026-W48\u00e903:10", "2026-11-23T03:10:00"},
      {"20261124\u00e9031000", "2026-11-24T03:10:00"},
      {"2026-11-24\u00e903", "2026-11-24T03:00:00"},
      {"2026-11-24\u00e9", null},
      {"2026-11\u00e9", null},
      {"2026-11-24\u00e903:10:00\u00e9", null},
      {"2026-11-24\u00e9\u00e903:10", null},
      {"2026-11-24\ud800\ud80003:10", null},
      {"2026-11-24T03:10:00+0\u00e9:00", null},
      {"2026-11\u00e924T03:10", null},
      {"2026-1\u00e9-24", null},
      {"2026W47", "2026-11-16T00:00:00"},
      {"2026-W47", "2026-11-16T00:00:00"},
      {"2026-11-", null},
      {"2026-W4", null},
    };
    return Stream.of(cases).map(c -> Arguments.of(c[0], c[1]));
  }

  @ParameterizedTest
  @MethodSource("fromIsoFormat")
  void parsesLikePythonFromIsoFormatDroppingTheOffset(String text, String pythonIsoFormat) {
    LocalDateTime expected = pythonIsoFormat == null ? null : LocalDateTime.parse(pythonIsoFormat);
    assertThat(IsoDateTimes.parse(text).orElse(null)).isEqualTo(expected);
  }

  @Test
  void neverThrowsOnArbitraryText() {
    java.util.Random random = new java.util.Random(42);
    String alphabet = "0123456789-:T.,+Z W";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      IsoDateTimes.parse(text.toString());
    }
  }

  @Test
  void formatsWholeSecondsWithoutFraction() {
    assertThat(IsoDateTimes.format(LocalDateTime.of(2026, 11, 24, 3, 10, 0)))
        .isEqualTo("2026-11-24T03:10:00");
  }

  @Test
  void formatsNonZeroMicrosecondsWithSixDigits() {
    assertThat(IsoDateTimes.format(LocalDateTime.of(2026, 11, 24, 3, 10, 0, 123_000)))
        .isEqualTo("2026-11-24T03:10:00.000123");
  }
}
