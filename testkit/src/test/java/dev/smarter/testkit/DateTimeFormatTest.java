package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server's clock here is UTC+2 (its "local time"), so Python-side "now" values and SQLite
 * defaults (UTC, whole seconds) differ visibly.
 */
class DateTimeFormatTest {
  @RegisterExtension
  static final FakeServerExtension fake =
      new FakeServerExtension(
          new MutableClock(MutableClock.T0, ZoneOffset.ofHours(2)), builder -> builder);

  private Reply warnAt(String warnedAtJson) {
    return fake.api()
        .post(
            "/api/warnings",
            "{\"user_id\": 1, \"mod_id\": 2, \"guild_id\": 3, \"warned_at\": "
                + warnedAtJson
                + "}");
  }

  @Test
  void wholeSecondValuesHaveNoFraction() {
    assertThat(warnAt("\"2026-11-24T03:10:00\"").body())
        .contains("\"warned_at\":\"2026-11-24T03:10:00\"}");
  }

  @Test
  void nonZeroMicrosecondsAreWrittenWithSixDigits() {
    assertThat(warnAt("\"2026-11-24T03:10:00.5\"").body())
        .contains("\"warned_at\":\"2026-11-24T03:10:00.500000\"}");
  }

  @Test
  void zuluSuffixIsAccepted() {
    assertThat(warnAt("\"2026-11-24T03:10:00Z\"").body())
        .contains("\"warned_at\":\"2026-11-24T03:10:00\"}");
  }

  @Test
  void offsetIsDroppedWithoutConverting() {
    assertThat(warnAt("\"2026-11-24T03:10:00+05:00\"").body())
        .contains("\"warned_at\":\"2026-11-24T03:10:00\"}");
  }

  @Test
  void dateOnlyMeansMidnight() {
    assertThat(warnAt("\"2026-11-24\"").body()).contains("\"warned_at\":\"2026-11-24T00:00:00\"}");
  }

  @Test
  void unparseableTextBecomesTheServersLocalNow() {
    fake.clock().set(Instant.parse("2026-11-24T03:10:00.123456Z"));

    assertThat(warnAt("\"yesterday\"").body())
        .contains("\"warned_at\":\"2026-11-24T05:10:00.123456\"}");
  }

  @Test
  void absentOrEmptyValueTakesTheDatabaseDefaultInUtcWholeSeconds() {
    fake.clock().set(Instant.parse("2026-11-24T03:10:00.123456Z"));

    assertThat(warnAt("\"\"").body()).contains("\"warned_at\":\"2026-11-24T03:10:00\"}");
    assertThat(warnAt("null").body()).contains("\"warned_at\":\"2026-11-24T03:10:00\"}");
  }

  @Test
  void nonStringValueGives500FromSqlAlchemy() {
    Reply reply = warnAt("5");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body())
        .isEqualTo(
            "{\"error\":\"(builtins.TypeError) SQLite DateTime type only accepts Python datetime"
                + " and date objects as input.\"}");
  }

  @Test
  void serverClockValuesAreLocalWhileDefaultsAreUtc() {
    fake.clock().set(Instant.parse("2026-11-24T03:10:00.250Z"));

    Reply reply = fake.api().post("/api/guilds", "{\"discord_id\": 1, \"name\": \"G\"}");

    assertThat(reply.body())
        .endsWith(
            "\"joined_at\":\"2026-11-24T05:10:00.250000\",\"created_at\":\"2026-11-24T03:10:00\"}");
  }
}
