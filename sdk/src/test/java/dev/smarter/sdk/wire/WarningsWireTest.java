package dev.smarter.sdk.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.model.NewWarning;
import dev.smarter.sdk.model.UserWarning;
import dev.smarter.sdk.model.WarningQuery;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The warning endpoints on the wire, per API.md. */
class WarningsWireTest extends WireTest {
  static final String WARNING =
      "{'id':11,'user_id':2,'mod_id':3,'guild_id':1,'reason':'Spamming the help channel',"
          + "'warned_at':'2026-11-24T03:10:00.123456'}";
  static final String BARE_WARNING =
      "{'id':10,'user_id':999999,'mod_id':3,'guild_id':1,'reason':null,"
          + "'warned_at':'2026-11-24T03:10:00'}";

  static void assertWarning(UserWarning warning) {
    assertThat(warning.id()).isEqualTo(11);
    assertThat(warning.userId()).isEqualTo(2);
    assertThat(warning.modId()).isEqualTo(3);
    assertThat(warning.guildId()).isEqualTo(1);
    assertThat(warning.reason()).contains("Spamming the help channel");
    assertThat(warning.warnedAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00.123456Z"));
  }

  static void assertBareWarning(UserWarning warning) {
    assertThat(warning.id()).isEqualTo(10);
    assertThat(warning.userId()).isEqualTo(999999);
    assertThat(warning.modId()).isEqualTo(3);
    assertThat(warning.guildId()).isEqualTo(1);
    assertThat(warning.reason()).isEmpty();
    assertThat(warning.warnedAt()).isEqualTo(Instant.parse("2026-11-24T03:10:00Z"));
  }

  @Test
  void listsAllWarningsFromEnvelope() throws Exception {
    wire.enqueueJson(200, "{'warnings':[" + WARNING + "," + BARE_WARNING + "]}");

    List<UserWarning> warnings = client.warnings().list().execute();

    wire.assertGet("/api/warnings");
    assertThat(warnings).hasSize(2);
    assertWarning(warnings.get(0));
    assertBareWarning(warnings.get(1));
  }

  @Test
  void listByQuerySendsEveryFilter() throws Exception {
    wire.enqueueJson(200, "{'warnings':[" + WARNING + "]}");

    List<UserWarning> warnings =
        client
            .warnings()
            .list(WarningQuery.builder().guildId(1L).userId(2L).modId(3L).build())
            .execute();

    wire.assertGet("/api/warnings?guild_id=1&user_id=2&mod_id=3");
    assertThat(warnings).hasSize(1);
    assertWarning(warnings.get(0));
  }

  @Test
  void listByQuerySendsOnlySetFilters() throws Exception {
    wire.enqueueJson(200, "{'warnings':[]}");

    List<UserWarning> warnings =
        client.warnings().list(WarningQuery.builder().userId(2L).build()).execute();

    wire.assertGet("/api/warnings?user_id=2");
    assertThat(warnings).isEmpty();
  }

  @Test
  void listByEmptyQuerySendsNoQueryString() throws Exception {
    wire.enqueueJson(200, "{'warnings':[]}");

    client.warnings().list(WarningQuery.builder().build()).execute();

    wire.assertGet("/api/warnings");
  }

  @Test
  void listWithNullableArgumentsSkipsNulls() throws Exception {
    wire.enqueueJson(200, "{'warnings':[" + BARE_WARNING + "]}");

    List<UserWarning> warnings = client.warnings().list(1L, null, 3L).execute();

    wire.assertGet("/api/warnings?guild_id=1&mod_id=3");
    assertBareWarning(warnings.get(0));
  }

  @Test
  void listRejectsNegativeFilterBeforeSending() {
    assertThatThrownBy(() -> client.warnings().list(-1L, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void warningQueryRejectsNegativeId() {
    assertThatThrownBy(() -> WarningQuery.builder().guildId(-1L).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("guildId");
  }

  @Test
  void getsWarningById() throws Exception {
    wire.enqueueJson(200, WARNING);

    UserWarning warning = client.warnings().get(11).execute();

    wire.assertGet("/api/warnings/11");
    assertWarning(warning);
  }

  @Test
  void getReadsNullReasonAsEmpty() throws Exception {
    wire.enqueueJson(200, BARE_WARNING);

    UserWarning warning = client.warnings().get(10).execute();

    wire.assertGet("/api/warnings/10");
    assertBareWarning(warning);
  }

  @Test
  void createWarningSendsOnlySetFields() throws Exception {
    wire.enqueueJson(201, BARE_WARNING);

    UserWarning warning =
        client
            .warnings()
            .create(NewWarning.builder().userId(999999).modId(3).guildId(1).build())
            .execute();

    wire.assertJson("POST", "/api/warnings", "{'user_id':999999,'mod_id':3,'guild_id':1}");
    assertBareWarning(warning);
  }

  @Test
  void createWarningSendsReasonAndWarnedAt() throws Exception {
    wire.enqueueJson(201, WARNING);

    UserWarning warning =
        client
            .warnings()
            .create(
                NewWarning.builder()
                    .userId(2)
                    .modId(3)
                    .guildId(1)
                    .reason("Spamming the help channel")
                    .warnedAt(Instant.parse("2026-11-24T03:10:00.123456Z"))
                    .build())
            .execute();

    wire.assertJson(
        "POST",
        "/api/warnings",
        "{'user_id':2,'mod_id':3,'guild_id':1,'reason':'Spamming the help channel',"
            + "'warned_at':'2026-11-24T03:10:00.123456'}");
    assertWarning(warning);
  }

  @Test
  void createWarningSendsWholeSecondWithoutFraction() throws Exception {
    wire.enqueueJson(201, BARE_WARNING);

    client
        .warnings()
        .create(
            NewWarning.builder()
                .userId(2)
                .modId(3)
                .guildId(1)
                .warnedAt(Instant.parse("2026-11-24T03:10:00Z"))
                .build())
        .execute();

    wire.assertJson(
        "POST",
        "/api/warnings",
        "{'user_id':2,'mod_id':3,'guild_id':1,'warned_at':'2026-11-24T03:10:00'}");
  }

  @Test
  void createWarningAsyncCompletesWithWarning() throws Exception {
    wire.enqueueJson(201, WARNING);

    UserWarning warning =
        client
            .warnings()
            .create(
                NewWarning.builder()
                    .userId(2)
                    .modId(3)
                    .guildId(1)
                    .reason("Spamming the help channel")
                    .build())
            .executeAsync()
            .get(10, TimeUnit.SECONDS);

    wire.assertJson(
        "POST",
        "/api/warnings",
        "{'user_id':2,'mod_id':3,'guild_id':1,'reason':'Spamming the help channel'}");
    assertWarning(warning);
  }

  @Test
  void newWarningWithoutGuildNamesTheMissingField() {
    assertThatThrownBy(() -> NewWarning.builder().userId(2).modId(3).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("guildId");
    assertThat(server.getRequestCount()).isZero();
  }
}
