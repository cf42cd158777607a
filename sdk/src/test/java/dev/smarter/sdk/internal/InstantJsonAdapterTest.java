package dev.smarter.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantJsonAdapterTest {
  private final InstantJsonAdapter utc = new InstantJsonAdapter(ZoneOffset.UTC);

  @Test
  void readsNaiveTimeAsUtc() throws Exception {
    assertThat(utc.fromJson("\"2026-11-24T03:10:00\""))
        .isEqualTo(Instant.parse("2026-11-24T03:10:00Z"));
  }

  @Test
  void readsMicroseconds() throws Exception {
    assertThat(utc.fromJson("\"2026-11-24T03:10:00.123456\""))
        .isEqualTo(Instant.parse("2026-11-24T03:10:00.123456Z"));
  }

  @Test
  void honoursZuluAndOffsetsWhenPresent() throws Exception {
    assertThat(utc.fromJson("\"2026-11-24T03:10:00Z\""))
        .isEqualTo(Instant.parse("2026-11-24T03:10:00Z"));
    assertThat(utc.fromJson("\"2026-11-24T05:10:00+02:00\""))
        .isEqualTo(Instant.parse("2026-11-24T03:10:00Z"));
  }

  @Test
  void readsFractionsOfAnyLength() throws Exception {
    assertThat(utc.fromJson("\"2026-11-24T03:10:00.5\""))
        .isEqualTo(Instant.parse("2026-11-24T03:10:00.500Z"));
    assertThat(utc.fromJson("\"2026-11-24T03:10:00.123456789\""))
        .isEqualTo(Instant.parse("2026-11-24T03:10:00.123456789Z"));
  }

  @Test
  void honoursNegativeOffsets() throws Exception {
    assertThat(utc.fromJson("\"2026-11-23T22:10:00-05:00\""))
        .isEqualTo(Instant.parse("2026-11-24T03:10:00Z"));
  }

  @Test
  void rejectsImpossibleDates() {
    for (String impossible :
        new String[] {"2026-13-01T00:00:00", "2026-02-29T00:00:00", "2026-11-24T24:00:00"}) {
      assertThatThrownBy(() -> utc.fromJson("\"" + impossible + "\""))
          .isInstanceOf(JsonDataException.class)
          .hasMessageContaining(impossible);
    }
  }

  @Test
  void refusesToWriteYearsPythonCannotRead() {
    assertThatThrownBy(() -> utc.toJson(Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("years 1 to 9999");
  }

  @Test
  void readsNaiveTimeInConfiguredServerZone() throws Exception {
    InstantJsonAdapter paris = new InstantJsonAdapter(ZoneId.of("Europe/Paris"));
    assertThat(paris.fromJson("\"2026-11-24T04:10:00\""))
        .isEqualTo(Instant.parse("2026-11-24T03:10:00Z"));
  }

  @Test
  void readsNull() throws Exception {
    assertThat(utc.fromJson("null")).isNull();
  }

  @Test
  void rejectsUnparseableTimeNamingThePath() {
    assertThatThrownBy(() -> utc.fromJson("\"yesterday\""))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("yesterday")
        .hasMessageContaining("$");
  }

  @Test
  void writesWholeSecondsWithoutFractionOrOffset() {
    assertThat(utc.toJson(Instant.parse("2026-11-24T03:10:00Z")))
        .isEqualTo("\"2026-11-24T03:10:00\"");
  }

  @Test
  void writesSixDigitMicroseconds() {
    assertThat(utc.toJson(Instant.parse("2026-11-24T03:10:00.12Z")))
        .isEqualTo("\"2026-11-24T03:10:00.120000\"");
  }

  @Test
  void truncatesNanosecondsToMicroseconds() {
    assertThat(utc.toJson(Instant.parse("2026-11-24T03:10:00.123456789Z")))
        .isEqualTo("\"2026-11-24T03:10:00.123456\"");
    assertThat(utc.toJson(Instant.parse("2026-11-24T03:10:00.000000999Z")))
        .isEqualTo("\"2026-11-24T03:10:00\"");
  }

  @Test
  void writesInConfiguredServerZone() {
    InstantJsonAdapter paris = new InstantJsonAdapter(ZoneId.of("Europe/Paris"));
    assertThat(paris.toJson(Instant.parse("2026-11-24T03:10:00Z")))
        .isEqualTo("\"2026-11-24T04:10:00\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-24T03:10:00",
        "2026-11-24T03:10:00.123456",
        "0001-01-01T00:00:00",
        "9999-12-31T23:59:59.999999",
        "2024-02-29T12:00:00.5",
        "1970-01-01T00:00:00",
        "1969-12-31T23:59:59.999999999"
      })
  void readsTheServerLayoutExactlyAsLocalDateTimeDoesInEveryKindOfZone(String text) {
    for (ZoneId zone :
        List.of(ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30), ZoneId.of("Europe/Berlin"))) {
      assertThat(new InstantJsonAdapter(zone).parse(text))
          .as("%s in %s", text, zone)
          .isEqualTo(LocalDateTime.parse(text).atZone(zone).toInstant());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30T03:10:00", "2026-11-24T24:00:00", "2026-11-24T03:60:00"})
  void refusesImpossibleServerLayoutDatetimes(String text) {
    assertThatThrownBy(() -> utc.fromJson("\"" + text + "\""))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining(text);
  }
}
