package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void amountsBelow512AreShownAsBytes() {
    assertThat(Texts.bytes(0)).isEqualTo("0 bytes");
    assertThat(Texts.bytes(1)).isEqualTo("1 byte");
    assertThat(Texts.bytes(40)).isEqualTo("40 bytes");
    assertThat(Texts.bytes(511)).isEqualTo("511 bytes");
  }

  @Test
  void from512TheyAreKilobytesWithTwoDecimals() {
    assertThat(Texts.bytes(512)).isEqualTo("0.50 KB");
    assertThat(Texts.bytes(1_024)).isEqualTo("1.00 KB");
    assertThat(Texts.bytes(1_536)).isEqualTo("1.50 KB");
    assertThat(Texts.bytes(524_287)).isEqualTo("512.00 KB (524,287 bytes)");
  }

  @Test
  void theExactNumberFollowsWhenTheRoundedFigureIsNotExact() {
    assertThat(Texts.bytes(1_000)).isEqualTo("0.98 KB (1,000 bytes)");
    assertThat(Texts.bytes(1_460)).isEqualTo("1.43 KB (1,460 bytes)");
    assertThat(Texts.bytes(1_280)).isEqualTo("1.25 KB");
    assertThat(Texts.bytes(1_034)).isEqualTo("1.01 KB (1,034 bytes)");
  }

  @Test
  void largerAmountsAreMegabytesAndGigabytes() {
    assertThat(Texts.bytes(524_288)).isEqualTo("0.50 MB");
    assertThat(Texts.bytes(1_048_576)).isEqualTo("1.00 MB");
    assertThat(Texts.bytes(3_000_000)).isEqualTo("2.86 MB (3,000,000 bytes)");
    assertThat(Texts.bytes(536_870_912)).isEqualTo("0.50 GB");
    assertThat(Texts.bytes(5L * 1_073_741_824)).isEqualTo("5.00 GB");
    assertThat(Texts.bytes(Long.MAX_VALUE))
        .isEqualTo("8589934592.00 GB (9,223,372,036,854,775,807 bytes)");
  }

  @Test
  void negativeBalancesKeepTheirSign() {
    assertThat(Texts.bytes(-1)).isEqualTo("-1 byte");
    assertThat(Texts.bytes(-40)).isEqualTo("-40 bytes");
    assertThat(Texts.bytes(-1_000)).isEqualTo("-0.98 KB (-1,000 bytes)");
    assertThat(Texts.bytes(Long.MIN_VALUE)).isEqualTo("-8589934592.00 GB");
  }

  @Test
  void waitsAreHoursAndMinutes() {
    assertThat(Texts.hoursAndMinutes(1_440)).isEqualTo("24 hours");
    assertThat(Texts.hoursAndMinutes(1_439)).isEqualTo("23 hours 59 minutes");
    assertThat(Texts.hoursAndMinutes(61)).isEqualTo("1 hour 1 minute");
    assertThat(Texts.hoursAndMinutes(60)).isEqualTo("1 hour");
    assertThat(Texts.hoursAndMinutes(45)).isEqualTo("45 minutes");
    assertThat(Texts.hoursAndMinutes(1)).isEqualTo("1 minute");
    assertThat(Texts.hoursAndMinutes(0)).isEqualTo("less than a minute");
  }

  @Test
  void clipShortensLongTextsOnOneLine() {
    assertThat(Texts.clip("  two\n lines  ", 20)).isEqualTo("two lines");
    assertThat(Texts.clip("abcdefghij", 5)).isEqualTo("abcd…");
    assertThat(Texts.clip("abcde", 5)).isEqualTo("abcde");
  }

  @Test
  void latenciesKeepTwoOrThreeSignificantDigits() {
    assertThat(Texts.latency(java.time.Duration.ofNanos(840_000))).isEqualTo("0.8 ms");
    assertThat(Texts.latency(java.time.Duration.ofNanos(4_240_000))).isEqualTo("4.2 ms");
    assertThat(Texts.latency(java.time.Duration.ofNanos(9_960_000))).isEqualTo("10 ms");
    assertThat(Texts.latency(java.time.Duration.ofMillis(42))).isEqualTo("42 ms");
    assertThat(Texts.latency(java.time.Duration.ofMillis(999))).isEqualTo("999 ms");
    assertThat(Texts.latency(java.time.Duration.ofMillis(1_500))).isEqualTo("1.5 s");
    assertThat(Texts.latency(java.time.Duration.ofSeconds(60))).isEqualTo("60.0 s");
  }
}
