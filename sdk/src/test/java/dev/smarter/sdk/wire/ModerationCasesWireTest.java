package dev.smarter.sdk.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.model.CaseUpdate;
import dev.smarter.sdk.model.ModerationCase;
import dev.smarter.sdk.model.ModerationCaseQuery;
import dev.smarter.sdk.model.NewModerationCase;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The moderation case endpoints on the wire, per API.md. */
class ModerationCasesWireTest extends WireTest {
  static final String RESOLVED_CASE =
      "{'id':21,'case_number':4,'guild_id':1,'user_id':2,'mod_id':3,'action':'mute',"
          + "'reason':'Flooding #general','created_at':'2026-11-24T03:10:00',"
          + "'duration_sec':3600,'resolved_at':'2026-11-24T04:10:00.123456',"
          + "'resolution_note':'Served in full'}";
  static final String OPEN_CASE =
      "{'id':20,'case_number':3,'guild_id':1,'user_id':2,'mod_id':3,'action':'ban',"
          + "'reason':null,'created_at':'2026-11-24T03:10:00.000001','duration_sec':null,"
          + "'resolved_at':null,'resolution_note':null}";

  static void assertResolvedCase(ModerationCase c) {
    assertThat(c.id()).isEqualTo(21);
    assertThat(c.caseNumber()).isEqualTo(4);
    assertThat(c.guildId()).isEqualTo(1);
    assertThat(c.userId()).isEqualTo(2);
    assertThat(c.modId()).isEqualTo(3);
    assertThat(c.action()).isEqualTo("mute");
    assertThat(c.reason()).contains("Flooding #general");
    assertThat(c.createdAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00Z"));
    assertThat(c.durationSec()).contains(3600L);
    assertThat(c.resolvedAt()).contains(Instant.parse("2026-11-24T04:10:00.123456Z"));
    assertThat(c.resolutionNote()).contains("Served in full");
  }

  static void assertOpenCase(ModerationCase c) {
    assertThat(c.id()).isEqualTo(20);
    assertThat(c.caseNumber()).isEqualTo(3);
    assertThat(c.guildId()).isEqualTo(1);
    assertThat(c.userId()).isEqualTo(2);
    assertThat(c.modId()).isEqualTo(3);
    assertThat(c.action()).isEqualTo("ban");
    assertThat(c.reason()).isEmpty();
    assertThat(c.createdAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00.000001Z"));
    assertThat(c.durationSec()).isEmpty();
    assertThat(c.resolvedAt()).isEmpty();
    assertThat(c.resolutionNote()).isEmpty();
  }

  @Test
  void listsAllCasesFromEnvelope() throws Exception {
    wire.enqueueJson(200, "{'cases':[" + RESOLVED_CASE + "," + OPEN_CASE + "]}");

    List<ModerationCase> cases = client.moderationCases().list().execute();

    wire.assertGet("/api/moderation-cases");
    assertThat(cases).hasSize(2);
    assertResolvedCase(cases.get(0));
    assertOpenCase(cases.get(1));
  }

  @Test
  void listByQuerySendsEveryFilter() throws Exception {
    wire.enqueueJson(200, "{'cases':[" + OPEN_CASE + "]}");

    List<ModerationCase> cases =
        client
            .moderationCases()
            .list(
                ModerationCaseQuery.builder()
                    .guildId(1L)
                    .userId(2L)
                    .modId(3L)
                    .action("ban")
                    .resolved(false)
                    .build())
            .execute();

    wire.assertGet("/api/moderation-cases?guild_id=1&user_id=2&mod_id=3&action=ban&resolved=false");
    assertThat(cases).hasSize(1);
    assertOpenCase(cases.get(0));
  }

  @Test
  void listByQuerySendsOnlySetFilters() throws Exception {
    wire.enqueueJson(200, "{'cases':[" + RESOLVED_CASE + "]}");

    List<ModerationCase> cases =
        client
            .moderationCases()
            .list(ModerationCaseQuery.builder().guildId(1L).resolved(true).build())
            .execute();

    wire.assertGet("/api/moderation-cases?guild_id=1&resolved=true");
    assertResolvedCase(cases.get(0));
  }

  @Test
  void listEncodesActionInQuery() throws Exception {
    wire.enqueueJson(200, "{'cases':[]}");

    client
        .moderationCases()
        .list(ModerationCaseQuery.builder().action("temp ban&more").build())
        .execute();

    wire.assertGet("/api/moderation-cases?action=temp%20ban%26more");
  }

  @Test
  void listWithNullableArgumentsSkipsNulls() throws Exception {
    wire.enqueueJson(200, "{'cases':[]}");

    List<ModerationCase> cases =
        client.moderationCases().list(null, 2L, null, "softban", null).execute();

    wire.assertGet("/api/moderation-cases?user_id=2&action=softban");
    assertThat(cases).isEmpty();
  }

  @Test
  void queryRejectsBlankAction() {
    assertThatThrownBy(() -> ModerationCaseQuery.builder().action(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("action");
  }

  @Test
  void getsCaseById() throws Exception {
    wire.enqueueJson(200, RESOLVED_CASE);

    ModerationCase c = client.moderationCases().get(21).execute();

    wire.assertGet("/api/moderation-cases/21");
    assertResolvedCase(c);
  }

  @Test
  void getReadsNullsAsEmpty() throws Exception {
    wire.enqueueJson(200, OPEN_CASE);

    ModerationCase c = client.moderationCases().get(20).execute();

    wire.assertGet("/api/moderation-cases/20");
    assertOpenCase(c);
  }

  @Test
  void createCaseSendsOnlyRequiredFields() throws Exception {
    wire.enqueueJson(201, OPEN_CASE);

    ModerationCase c =
        client
            .moderationCases()
            .create(NewModerationCase.builder().guildId(1).userId(2).modId(3).action("ban").build())
            .execute();

    wire.assertJson(
        "POST", "/api/moderation-cases", "{'guild_id':1,'user_id':2,'mod_id':3,'action':'ban'}");
    assertOpenCase(c);
  }

  @Test
  void createCaseSendsEveryField() throws Exception {
    wire.enqueueJson(201, RESOLVED_CASE);

    ModerationCase c =
        client
            .moderationCases()
            .create(
                NewModerationCase.builder()
                    .guildId(1)
                    .userId(2)
                    .modId(3)
                    .action("mute")
                    .reason("Flooding #general")
                    .durationSec(3600L)
                    .createdAt(Instant.parse("2026-11-24T03:10:00Z"))
                    .resolvedAt(Instant.parse("2026-11-24T04:10:00.123456999Z"))
                    .resolutionNote("Served in full")
                    .build())
            .execute();

    wire.assertJson(
        "POST",
        "/api/moderation-cases",
        "{'guild_id':1,'user_id':2,'mod_id':3,'action':'mute','reason':'Flooding #general',"
            + "'duration_sec':3600,'created_at':'2026-11-24T03:10:00',"
            + "'resolved_at':'2026-11-24T04:10:00.123456','resolution_note':'Served in full'}");
    assertResolvedCase(c);
  }

  @Test
  void createCaseAsyncCompletesWithCase() throws Exception {
    wire.enqueueJson(201, OPEN_CASE);

    ModerationCase c =
        client
            .moderationCases()
            .create(NewModerationCase.builder().guildId(1).userId(2).modId(3).action("ban").build())
            .executeAsync()
            .get(10, TimeUnit.SECONDS);

    wire.assertJson(
        "POST", "/api/moderation-cases", "{'guild_id':1,'user_id':2,'mod_id':3,'action':'ban'}");
    assertOpenCase(c);
  }

  @Test
  void newCaseWithoutActionNamesTheMissingField() {
    assertThatThrownBy(() -> NewModerationCase.builder().guildId(1).userId(2).modId(3).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("action");
  }

  @Test
  void newCaseRejectsNegativeDuration() {
    assertThatThrownBy(
            () ->
                NewModerationCase.builder()
                    .guildId(1)
                    .userId(2)
                    .modId(3)
                    .action("mute")
                    .durationSec(-1L)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("durationSec");
  }

  @Test
  void reopenSendsExplicitNullResolvedAt() throws Exception {
    wire.enqueueJson(200, OPEN_CASE);

    ModerationCase c = client.moderationCases().update(20, CaseUpdate.reopen()).execute();

    wire.assertJson("PUT", "/api/moderation-cases/20", "{'resolved_at':null}");
    assertOpenCase(c);
  }

  @Test
  void updateSendsResolvedAtAndNote() throws Exception {
    wire.enqueueJson(200, RESOLVED_CASE);

    ModerationCase c =
        client
            .moderationCases()
            .update(
                21,
                CaseUpdate.builder()
                    .resolvedAt(Instant.parse("2026-11-24T04:10:00.123456Z"))
                    .resolutionNote("Served in full")
                    .build())
            .execute();

    wire.assertJson(
        "PUT",
        "/api/moderation-cases/21",
        "{'resolved_at':'2026-11-24T04:10:00.123456','resolution_note':'Served in full'}");
    assertResolvedCase(c);
  }

  @Test
  void updateSendsExplicitNullToClearNote() throws Exception {
    wire.enqueueJson(200, OPEN_CASE);

    client
        .moderationCases()
        .update(20, CaseUpdate.builder().resolutionNote(null).build())
        .execute();

    wire.assertJson("PUT", "/api/moderation-cases/20", "{'resolution_note':null}");
  }

  @Test
  void resolveSendsResolveTrueWithNote() throws Exception {
    wire.enqueueJson(200, RESOLVED_CASE);

    ModerationCase c = client.moderationCases().resolve(21, "Served in full").execute();

    wire.assertJson(
        "PUT", "/api/moderation-cases/21", "{'resolve':true,'resolution_note':'Served in full'}");
    assertResolvedCase(c);
  }

  @Test
  void resolveWithoutNoteSendsOnlyResolveTrue() throws Exception {
    wire.enqueueJson(200, RESOLVED_CASE);

    client.moderationCases().resolve(21, null).execute();

    wire.assertJson("PUT", "/api/moderation-cases/21", "{'resolve':true}");
  }

  @Test
  void resolveRejectsNegativeIdBeforeSending() {
    assertThatThrownBy(() -> client.moderationCases().resolve(-1, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void caseUpdateRefusesResolveNowWithResolvedAt() {
    assertThatThrownBy(() -> CaseUpdate.builder().resolveNow().resolvedAt(Instant.EPOCH).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void emptyCaseUpdateIsRejected() {
    assertThatThrownBy(() -> CaseUpdate.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CaseUpdate");
  }
}
