package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    // The real server lists the parameters in an order its hash seed decides: only the rest is
    // fixed.
    assertThat(reply.body())
        .startsWith(
            "{\"error\":\"(builtins.TypeError) SQLite DateTime type only accepts Python datetime"
                + " and date objects as input.\\n"
                + "[SQL: INSERT INTO user_warnings (user_id, mod_id, guild_id, reason, warned_at)"
                + " VALUES (?, ?, ?, ?, ?)]\\n[parameters: [{")
        .contains("'warned_at': 5")
        .endsWith("}]]\"}");
  }

  private static final String[] CREATES_WITH_A_DATABASE_DEFAULT = {
    "/api/warnings|{\"user_id\": 1, \"mod_id\": 2, \"guild_id\": 3, \"warned_at\": %s}|warned_at",
    "/api/users|{\"discord_id\": 7, \"username\": \"u\", \"created_at\": %s}|created_at",
    "/api/moderation-cases|{\"guild_id\": 1, \"user_id\": 2, \"mod_id\": 3, \"action\": \"ban\","
        + " \"created_at\": %s}|created_at"
  };

  private Reply create(String route, String value) {
    int first = route.indexOf('|');
    int last = route.lastIndexOf('|');
    return fake.api()
        .post(route.substring(0, first), route.substring(first + 1, last).replace("%s", value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "null", "false", "0", "[]", "{}"})
  void falsyValuesTakeTheDatabaseDefaultOnEveryCreate(String value) {
    fake.clock().set(Instant.parse("2026-11-24T03:10:00.123456Z"));

    for (String route : CREATES_WITH_A_DATABASE_DEFAULT) {
      Reply reply = create(route, value);
      String column = route.substring(route.lastIndexOf('|') + 1);

      assertThat(reply.code()).as(route).isEqualTo(201);
      assertThat(reply.body()).as(route).contains("\"" + column + "\":\"2026-11-24T03:10:00\"");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "5", "1.5", "[1]", "{\"a\": 1}"})
  void truthyNonStringValuesGive500OnEveryCreate(String value) {
    for (String route : CREATES_WITH_A_DATABASE_DEFAULT) {
      Reply reply = create(route, value);

      assertThat(reply.code()).as(route).isEqualTo(500);
      assertThat(reply.body())
          .as(route)
          .startsWith(
              "{\"error\":\"(builtins.TypeError) SQLite DateTime type only accepts Python"
                  + " datetime and date objects as input.\\n[SQL: INSERT INTO ")
          .contains("]\\n[parameters: [{");
    }
    assertThat(fake.server().rowCount(FakeTable.WARNINGS)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "null", "false"})
  void falsyJoinedAtTakesTheServersLocalNowWithMicroseconds(String value) {
    fake.clock().set(Instant.parse("2026-11-24T03:10:00.123456Z"));

    Reply reply =
        fake.api()
            .post(
                "/api/guilds",
                "{\"discord_id\": 1, \"name\": \"G\", \"joined_at\": " + value + "}");

    assertThat(reply.body()).contains("\"joined_at\":\"2026-11-24T05:10:00.123456\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "null", "false"})
  void falsyResolvedAtLeavesACaseOpenAndReopensAResolvedOne(String value) {
    Reply created =
        fake.api()
            .post(
                "/api/moderation-cases",
                "{\"guild_id\": 1, \"user_id\": 2, \"mod_id\": 3, \"action\": \"ban\","
                    + " \"resolved_at\": "
                    + value
                    + "}");
    fake.api().put("/api/moderation-cases/1", "{\"resolve\": true}");

    Reply reopened = fake.api().put("/api/moderation-cases/1", "{\"resolved_at\": " + value + "}");

    assertThat(created.body()).contains("\"resolved_at\":null");
    assertThat(reopened.body()).contains("\"resolved_at\":null");
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
