package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WarningRoutesTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  private Reply warn(long userId, long modId, long guildId) {
    return fake.api()
        .post(
            "/api/warnings",
            "{\"user_id\": "
                + userId
                + ", \"mod_id\": "
                + modId
                + ", \"guild_id\": "
                + guildId
                + ", \"reason\": \"spam\"}");
  }

  @Test
  void createReturns201WithEveryFieldInOrder() {
    Reply reply = warn(1, 2, 3);

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body())
        .isEqualTo(
            "{\"id\":1,\"user_id\":1,\"mod_id\":2,\"guild_id\":3,\"reason\":\"spam\","
                + "\"warned_at\":\"2026-11-24T03:10:00\"}");
  }

  @Test
  void createIsNotIdempotent() {
    warn(1, 2, 3);
    warn(1, 2, 3);

    assertThat(fake.server().rowCount(FakeTable.WARNINGS)).isEqualTo(2);
  }

  @Test
  void foreignKeysAreNotChecked() {
    assertThat(warn(999999, 2, 3).code()).isEqualTo(201);
  }

  @Test
  void missingFieldsAreReportedInServerOrder() {
    assertThat(fake.api().post("/api/warnings", "{}").body())
        .isEqualTo("{\"error\":\"Missing required field: user_id\"}");
    assertThat(fake.api().post("/api/warnings", "{\"user_id\": 1}").body())
        .isEqualTo("{\"error\":\"Missing required field: mod_id\"}");
    assertThat(fake.api().post("/api/warnings", "{\"user_id\": 1, \"mod_id\": 2}").code())
        .isEqualTo(400);
  }

  @Test
  void listIsNewestFirst() {
    warn(1, 2, 3);
    fake.clock().advance(Duration.ofMinutes(1));
    warn(4, 2, 3);

    Reply reply = fake.api().get("/api/warnings");

    assertThat(reply.body()).startsWith("{\"warnings\":[{\"id\":2,");
  }

  @Test
  void listBreaksTimestampTiesByLowerIdFirst() {
    warn(1, 2, 3);
    warn(4, 2, 3);
    warn(5, 2, 3);

    assertThat(fake.api().get("/api/warnings").ids()).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aGivenTimeListsBeforeTheSameSecondWrittenByTheDatabase() {
    // SQLite sorts the stored text: CURRENT_TIMESTAMP writes "2026-11-24 03:10:00", SQLAlchemy
    // binds a given time as "2026-11-24 03:10:00.000000", which sorts after it.
    warn(1, 2, 3);
    Reply given =
        fake.api()
            .post(
                "/api/warnings",
                "{\"user_id\": 1, \"mod_id\": 2, \"guild_id\": 3,"
                    + " \"warned_at\": \"2026-11-24T03:10:00\"}");
    warn(1, 2, 3);
    fake.api()
        .post(
            "/api/warnings",
            "{\"user_id\": 1, \"mod_id\": 2, \"guild_id\": 3,"
                + " \"warned_at\": \"2026-11-24T03:10:00Z\"}");

    assertThat(given.body()).endsWith("\"warned_at\":\"2026-11-24T03:10:00\"}");
    assertThat(fake.api().get("/api/warnings").ids()).containsExactly(2L, 4L, 1L, 3L);
  }

  @Test
  void listIsNewestFirstWithEachSecondsWarningsInIdOrder() {
    warn(1, 2, 3);
    fake.clock().advance(Duration.ofMinutes(1));
    warn(1, 2, 3);
    fake.clock().advance(Duration.ofMinutes(-1));
    warn(1, 2, 3);
    fake.clock().advance(Duration.ofMinutes(1));
    warn(1, 2, 3);

    assertThat(fake.api().get("/api/warnings").ids()).containsExactly(2L, 4L, 1L, 3L);
  }

  @Test
  void listFiltersByGuildUserAndMod() {
    warn(1, 2, 3);
    warn(1, 9, 3);
    warn(1, 2, 4);

    Reply reply = fake.api().get("/api/warnings?guild_id=3&user_id=1&mod_id=2");

    assertThat(reply.body())
        .isEqualTo(
            "{\"warnings\":[{\"id\":1,\"user_id\":1,\"mod_id\":2,\"guild_id\":3,\"reason\":\"spam\","
                + "\"warned_at\":\"2026-11-24T03:10:00\"}]}");
  }

  @Test
  void numericStringsAreStoredAsNumbersAndOtherStringsAsText() {
    Reply created =
        fake.api()
            .post(
                "/api/warnings",
                "{\"user_id\": \"12\", \"mod_id\": \"mod\", \"guild_id\": 3.0, \"reason\": 5}");

    assertThat(created.code()).isEqualTo(201);
    assertThat(created.body())
        .isEqualTo(
            "{\"id\":1,\"user_id\":12,\"mod_id\":\"mod\",\"guild_id\":3,\"reason\":\"5\","
                + "\"warned_at\":\"2026-11-24T03:10:00\"}");
    assertThat(fake.api().get("/api/warnings?user_id=12").ids()).containsExactly(1L);
    assertThat(fake.api().get("/api/warnings?mod_id=mod").ids()).containsExactly(1L);
  }

  @Test
  void numericTextIsTrimmedOfAsciiWhitespaceOnlyAndMinus2To63StaysAReal() {
    // SQLite's numeric affinity trims only " \t\n\v\f\r", and keeps a real of -2^63 a real.
    Reply created =
        fake.api()
            .post(
                "/api/warnings",
                "{\"user_id\": \"\\u20001\", \"mod_id\": \" 2\\u000b\", \"guild_id\":"
                    + " -9223372036854775808.0}");

    assertThat(created.body())
        .startsWith(
            "{\"id\":1,\"user_id\":\"\u20001\",\"mod_id\":2,"
                + "\"guild_id\":-9.223372036854776e+18,");
    assertThat(fake.api().get("/api/warnings?user_id=1").ids()).isEmpty();
    assertThat(fake.api().get("/api/warnings?mod_id=2").ids()).containsExactly(1L);
  }

  @Test
  void emptyFilterValuesAreIgnored() {
    warn(1, 2, 3);

    assertThat(fake.api().get("/api/warnings?guild_id=").body()).contains("\"id\":1");
  }

  @Test
  void detailOfMissingWarningGives404() {
    Reply reply = fake.api().get("/api/warnings/1");

    assertThat(reply.code()).isEqualTo(404);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Warning not found\"}");
  }

  @Test
  void detailReturnsTheWarning() {
    warn(1, 2, 3);

    assertThat(fake.api().get("/api/warnings/1").body()).startsWith("{\"id\":1,\"user_id\":1,");
  }
}
