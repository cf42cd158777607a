package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ModerationCaseRoutesTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  private Reply open(long guildId, String action) {
    return fake.api()
        .post(
            "/api/moderation-cases",
            "{\"guild_id\": "
                + guildId
                + ", \"user_id\": 5, \"mod_id\": 6, \"action\": \""
                + action
                + "\", \"reason\": \"r\", \"duration_sec\": 60}");
  }

  @Test
  void createReturns201WithEveryFieldInOrder() {
    Reply reply = open(1, "ban");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body())
        .isEqualTo(
            "{\"id\":1,\"case_number\":1,\"guild_id\":1,\"user_id\":5,\"mod_id\":6,\"action\":\"ban\","
                + "\"reason\":\"r\",\"created_at\":\"2026-11-24T03:10:00\",\"duration_sec\":60,"
                + "\"resolved_at\":null,\"resolution_note\":null}");
  }

  @Test
  void caseNumbersCountPerGuild() {
    open(1, "ban");
    open(1, "mute");
    Reply otherGuild = open(2, "ban");
    Reply third = open(1, "softban");

    assertThat(otherGuild.body()).contains("\"case_number\":1,");
    assertThat(third.body()).contains("\"case_number\":3,");
  }

  @Test
  void missingFieldsAreReportedInServerOrder() {
    Reply reply =
        fake.api()
            .post("/api/moderation-cases", "{\"guild_id\": 1, \"user_id\": 5, \"mod_id\": 6}");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Missing required field: action\"}");
  }

  @Test
  void listIsWrappedInCasesNewestFirst() {
    open(1, "ban");
    fake.clock().advance(Duration.ofSeconds(5));
    open(1, "mute");

    assertThat(fake.api().get("/api/moderation-cases").body()).startsWith("{\"cases\":[{\"id\":2,");
  }

  @Test
  void listBreaksTimestampTiesByLowerIdFirst() {
    open(1, "ban");
    fake.clock().advance(Duration.ofSeconds(5));
    open(1, "mute");
    open(2, "ban");
    fake.clock().advance(Duration.ofSeconds(-5));
    open(2, "mute");

    assertThat(fake.api().get("/api/moderation-cases").ids()).containsExactly(2L, 3L, 1L, 4L);
  }

  @Test
  void aGivenTimeListsBeforeTheSameSecondWrittenByTheDatabase() {
    open(1, "ban");
    fake.api()
        .post(
            "/api/moderation-cases",
            "{\"guild_id\": 1, \"user_id\": 5, \"mod_id\": 6, \"action\": \"mute\","
                + " \"created_at\": \"\"}");
    fake.api()
        .post(
            "/api/moderation-cases",
            "{\"guild_id\": 1, \"user_id\": 5, \"mod_id\": 6, \"action\": \"kick\","
                + " \"created_at\": \"2026-11-24T03:10:00\"}");

    assertThat(fake.api().get("/api/moderation-cases").ids()).containsExactly(3L, 1L, 2L);
  }

  @Test
  void listFiltersByAction() {
    open(1, "ban");
    open(1, "mute");

    assertThat(fake.api().get("/api/moderation-cases?action=mute").body())
        .contains("\"action\":\"mute\"")
        .doesNotContain("\"ban\"");
  }

  @Test
  void resolvedFilterSeparatesOpenAndResolvedCases() {
    open(1, "ban");
    open(1, "mute");
    fake.api().put("/api/moderation-cases/2", "{\"resolve\": true}");

    assertThat(fake.api().get("/api/moderation-cases?resolved=TRUE").body())
        .contains("\"id\":2,")
        .doesNotContain("\"id\":1,");
    assertThat(fake.api().get("/api/moderation-cases?resolved=false").body())
        .contains("\"id\":1,")
        .doesNotContain("\"id\":2,");
    assertThat(fake.api().get("/api/moderation-cases?resolved=maybe").body())
        .contains("\"id\":1,")
        .contains("\"id\":2,");
  }

  @Test
  void resolveTrueSetsResolvedAtToServerNowWithMicroseconds() {
    open(1, "ban");
    fake.clock().set(Instant.parse("2026-11-24T04:00:00.123456Z"));

    Reply reply = fake.api().put("/api/moderation-cases/1", "{\"resolve\": true}");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body()).contains("\"resolved_at\":\"2026-11-24T04:00:00.123456\"");
  }

  @Test
  void resolvedAtKeyWinsOverResolveTrue() {
    open(1, "ban");

    Reply reply =
        fake.api()
            .put(
                "/api/moderation-cases/1",
                "{\"resolve\": true, \"resolved_at\": \"2025-01-01T00:00:00\"}");

    assertThat(reply.body()).contains("\"resolved_at\":\"2025-01-01T00:00:00\"");
  }

  @Test
  void resolvedAtNullReopensTheCase() {
    open(1, "ban");
    fake.api().put("/api/moderation-cases/1", "{\"resolve\": true}");

    Reply reply = fake.api().put("/api/moderation-cases/1", "{\"resolved_at\": null}");

    assertThat(reply.body()).contains("\"resolved_at\":null");
  }

  @Test
  void resolutionNoteIsUpdatedWhenPresent() {
    open(1, "ban");

    Reply reply = fake.api().put("/api/moderation-cases/1", "{\"resolution_note\": \"appealed\"}");

    assertThat(reply.body()).endsWith("\"resolved_at\":null,\"resolution_note\":\"appealed\"}");
  }

  @Test
  void updateOfMissingCaseGives404() {
    Reply reply = fake.api().put("/api/moderation-cases/4", "{\"resolve\": true}");

    assertThat(reply.code()).isEqualTo(404);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Moderation case not found\"}");
  }

  @Test
  void detailOfMissingCaseGives404() {
    assertThat(fake.api().get("/api/moderation-cases/4").body())
        .isEqualTo("{\"error\":\"Moderation case not found\"}");
  }
}
