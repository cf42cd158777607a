package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BytesGiveTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  private SeededUser giver;
  private SeededUser receiver;

  @BeforeEach
  void fundAGiver() {
    giver = fake.server().seedUser(1001, "giver");
    receiver = fake.server().seedUser(1002, "receiver");
    fake.server().setBytesBalance(giver.id(), 100);
  }

  private Reply give(String extra) {
    return fake.api()
        .post(
            "/api/bytes",
            "{\"giver_id\": "
                + giver.id()
                + ", \"receiver_id\": "
                + receiver.id()
                + ", \"guild_id\": 1"
                + extra
                + "}");
  }

  @Test
  void successfulGiveReturns201WithTransactionBalancesAndRoles() {
    Reply reply = give(", \"amount\": 10, \"reason\": \"thanks\"");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body())
        .isEqualTo(
            "{\"bytes\":{\"id\":1,\"giver_id\":1,\"receiver_id\":2,\"guild_id\":1,\"amount\":10,"
                + "\"reason\":\"thanks\",\"awarded_at\":\"2026-11-24T03:10:00\"},"
                + "\"giver_balance\":90,\"receiver_balance\":10,\"earned_roles\":[]}");
  }

  @Test
  void giveMovesTheStoredBalances() {
    give(", \"amount\": 30");

    assertThat(fake.server().bytesBalance(giver.id())).isEqualTo(70);
    assertThat(fake.server().bytesBalance(receiver.id())).isEqualTo(30);
  }

  @Test
  void amountDefaultsToOne() {
    assertThat(give("").body()).contains("\"amount\":1,").contains("\"giver_balance\":99,");
  }

  @Test
  void zeroAndNegativeAmountsAreAccepted() {
    Reply reply = give(", \"amount\": -5");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body()).contains("\"giver_balance\":105,\"receiver_balance\":-5");
  }

  @Test
  void aZeroAmountIsAcceptedAndMovesNothing() {
    Reply reply = give(", \"amount\": 0");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body())
        .contains("\"amount\":0,")
        .contains("\"giver_balance\":100,\"receiver_balance\":0");
  }

  @Test
  void aNegativeAmountNeedsNoBalanceAndMovesBytesToTheGiver() {
    Reply reply =
        fake.api()
            .post(
                "/api/bytes",
                "{\"giver_id\": "
                    + receiver.id()
                    + ", \"receiver_id\": "
                    + giver.id()
                    + ", \"guild_id\": 1, \"amount\": -30}");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(fake.server().bytesBalance(receiver.id())).isEqualTo(30);
    assertThat(fake.server().bytesBalance(giver.id())).isEqualTo(70);
  }

  @Test
  void aNumericStringGiverIdFindsTheUserAndIsStoredAsANumber() {
    Reply reply =
        fake.api()
            .post(
                "/api/bytes",
                "{\"giver_id\": \""
                    + giver.id()
                    + "\", \"receiver_id\": "
                    + receiver.id()
                    + ", \"guild_id\": \"1\"}");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body())
        .startsWith("{\"bytes\":{\"id\":1,\"giver_id\":1,\"receiver_id\":2,\"guild_id\":1,");
  }

  @Test
  void givingToYourselfLeavesTheBalanceUnchanged() {
    Reply reply =
        fake.api()
            .post(
                "/api/bytes",
                "{\"giver_id\": "
                    + giver.id()
                    + ", \"receiver_id\": "
                    + giver.id()
                    + ", \"guild_id\": 1, \"amount\": 10}");

    assertThat(reply.code()).isEqualTo(201);
    assertThat(reply.body()).contains("\"giver_balance\":100,\"receiver_balance\":100,");
  }

  @Test
  void nullGuildIdFailsWhenTheConfigRowIsCreated() {
    Reply reply = give(", \"guild_id\": null");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body())
        .isEqualTo(
            "{\"error\":\"(sqlite3.IntegrityError) NOT NULL constraint failed:"
                + " bytes_config.guild_id\\n"
                + "[SQL: INSERT INTO bytes_config (guild_id, starting_balance, daily_earning,"
                + " max_give_amount, cooldown_minutes, created_at, updated_at) VALUES (?, ?, ?, ?, ?,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP) RETURNING id, created_at, updated_at]\\n"
                + "[parameters: (None, 100, 10, 50, 1440)]"
                + "\\n(Background on this error at: https://sqlalche.me/e/20/gkpj)\"}");
    assertThat(fake.server().rowCount(FakeTable.BYTES)).isZero();
  }

  @Test
  void aNanAmountPassesTheBalanceCheckAndFailsOnTheGiversBalanceWritingNothing() {
    // Python: 100 < nan is False; SQLite stores NaN as NULL, and the users' UPDATE flushes first.
    Reply reply = give(", \"amount\": NaN");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body())
        .isEqualTo(
            "{\"error\":\"(sqlite3.IntegrityError) NOT NULL constraint failed:"
                + " discord_users.bytes_balance\\n"
                + "[SQL: UPDATE discord_users SET bytes_balance=? WHERE discord_users.id = ?]\\n"
                + "[parameters: [(nan, 1), (nan, 2)]]"
                + "\\n(Background on this error at: https://sqlalche.me/e/20/gkpj)\"}");
    assertThat(fake.server().rowCount(FakeTable.BYTES)).isZero();
    assertThat(fake.server().rowCount(FakeTable.BYTES_COOLDOWNS)).isZero();
    assertThat(fake.server().bytesBalance(giver.id())).isEqualTo(100);
    assertThat(fake.server().bytesBalance(receiver.id())).isZero();
    // The default config is committed before the give, as the server does.
    assertThat(fake.server().rowCount(FakeTable.BYTES_CONFIGS)).isEqualTo(1);
  }

  @Test
  void unknownReceiverGives404() {
    Reply reply =
        fake.api().post("/api/bytes", "{\"giver_id\": 1, \"receiver_id\": 99, \"guild_id\": 1}");

    assertThat(reply.code()).isEqualTo(404);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Giver or receiver not found\"}");
  }

  @Test
  void insufficientBalanceGives400AndWritesNothing() {
    fake.server().setBytesBalance(giver.id(), 5);

    Reply reply = give(", \"amount\": 6");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Insufficient bytes balance\"}");
    assertThat(fake.server().rowCount(FakeTable.BYTES)).isZero();
    assertThat(fake.server().rowCount(FakeTable.BYTES_CONFIGS)).isZero();
  }

  @Test
  void aNewUsersFirstGiveFailsWithInsufficientBalance() {
    Reply reply =
        fake.api().post("/api/bytes", "{\"giver_id\": 2, \"receiver_id\": 1, \"guild_id\": 1}");

    assertThat(reply.body()).isEqualTo("{\"error\":\"Insufficient bytes balance\"}");
  }

  @Test
  void missingFieldsAreReportedInServerOrder() {
    Reply reply = fake.api().post("/api/bytes", "{\"giver_id\": 1, \"guild_id\": 1}");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Missing required field: receiver_id\"}");
  }

  @Test
  void giveCreatesTheCooldownRowAndTheDefaultConfig() {
    give("");

    assertThat(fake.server().rowCount(FakeTable.BYTES_COOLDOWNS)).isEqualTo(1);
    assertThat(fake.api().get("/api/bytes/config/1").body()).contains("\"cooldown_minutes\":1440,");
  }

  @Test
  void secondGiveInsideTheCooldownGives400WithMinutesLeft() {
    give("");
    fake.clock().advance(Duration.ofSeconds(30));

    Reply reply = give("");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.body())
        .isEqualTo(
            "{\"error\":\"Cooldown still active. Try again in 1439 minutes.\",\"minutes_left\":1439}");
    assertThat(fake.server().rowCount(FakeTable.BYTES)).isEqualTo(1);
  }

  @Test
  void lessThanAMinuteOfCooldownLeftSaysZeroMinutes() {
    give("");
    fake.clock().advance(Duration.ofMinutes(1439).plusSeconds(30));

    Reply reply = give("");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.body())
        .isEqualTo(
            "{\"error\":\"Cooldown still active. Try again in 0 minutes.\",\"minutes_left\":0}");
  }

  @Test
  void anEmptyAwardedAtTakesTheServersLocalNow() {
    fake.clock().advance(Duration.ofMillis(500));

    assertThat(give(", \"awarded_at\": \"\"").body())
        .contains("\"awarded_at\":\"2026-11-24T03:10:00.500000\"");
  }

  @Test
  void cooldownIsPerGuild() {
    give("");

    Reply otherGuild =
        fake.api()
            .post(
                "/api/bytes",
                "{\"giver_id\": "
                    + giver.id()
                    + ", \"receiver_id\": "
                    + receiver.id()
                    + ", \"guild_id\": 2}");

    assertThat(otherGuild.code()).isEqualTo(201);
  }

  @Test
  void cooldownUsesTheGuildsConfiguredMinutes() {
    fake.api().post("/api/bytes/config", "{\"guild_id\": 1, \"cooldown_minutes\": 5}");
    give("");
    fake.clock().advance(Duration.ofMinutes(5));

    assertThat(give("").code()).isEqualTo(201);
  }

  @Test
  void giveAfterTheCooldownResetsItsTimestamp() {
    fake.api().post("/api/bytes/config", "{\"guild_id\": 1, \"cooldown_minutes\": 5}");
    give("");
    fake.clock().advance(Duration.ofMinutes(6));
    give("");

    Reply cooldown = fake.api().get("/api/bytes/cooldown/" + giver.id() + "/1");

    assertThat(cooldown.body()).contains("\"last_given_at\":\"2026-11-24T03:16:00\"");
    assertThat(fake.server().rowCount(FakeTable.BYTES_COOLDOWNS)).isEqualTo(1);
  }

  @Test
  void earnedRolesAreTheGuildsRolesAtOrBelowTheNewBalanceHighestFirst() {
    fake.api()
        .post(
            "/api/bytes/roles",
            "{\"guild_id\": 1, \"role_id\": 11, \"role_name\": \"Bronze\", \"bytes_required\": 5}");
    fake.api()
        .post(
            "/api/bytes/roles",
            "{\"guild_id\": 1, \"role_id\": 12, \"role_name\": \"Silver\", \"bytes_required\": 10}");
    fake.api()
        .post(
            "/api/bytes/roles",
            "{\"guild_id\": 1, \"role_id\": 13, \"role_name\": \"Gold\", \"bytes_required\": 50}");
    fake.api()
        .post(
            "/api/bytes/roles",
            "{\"guild_id\": 2, \"role_id\": 14, \"role_name\": \"Other\", \"bytes_required\": 1}");

    Reply reply = give(", \"amount\": 10");

    assertThat(reply.body())
        .endsWith(
            "\"earned_roles\":[{\"id\":2,\"guild_id\":1,\"role_id\":12,\"role_name\":\"Silver\","
                + "\"bytes_required\":10,\"created_at\":\"2026-11-24T03:10:00\","
                + "\"updated_at\":\"2026-11-24T03:10:00\"},{\"id\":1,\"guild_id\":1,\"role_id\":11,"
                + "\"role_name\":\"Bronze\",\"bytes_required\":5,\"created_at\":\"2026-11-24T03:10:00\","
                + "\"updated_at\":\"2026-11-24T03:10:00\"}]}");
  }

  @Test
  void listIsWrappedInBytesAndFiltersByUserAsGiverOrReceiver() {
    SeededUser third = fake.server().seedUser(1003, "third");
    give("");
    fake.clock().advance(Duration.ofSeconds(1));
    fake.server().setBytesBalance(third.id(), 10);
    fake.api()
        .post(
            "/api/bytes",
            "{\"giver_id\": "
                + third.id()
                + ", \"receiver_id\": "
                + giver.id()
                + ", \"guild_id\": 1}");

    assertThat(fake.api().get("/api/bytes?user_id=" + giver.id()).body())
        .startsWith("{\"bytes\":[{\"id\":2,")
        .contains("{\"id\":1,");
    assertThat(fake.api().get("/api/bytes?user_id=" + receiver.id()).body())
        .contains("{\"id\":1,")
        .doesNotContain("{\"id\":2,");
    assertThat(fake.api().get("/api/bytes?giver_id=" + third.id()).body())
        .contains("{\"id\":2,")
        .doesNotContain("{\"id\":1,");
  }

  @Test
  void listBreaksTimestampTiesByLowerIdFirst() {
    String early = "\"2026-11-24T03:00:00\"";
    String late = "\"2026-11-24T03:05:00\"";
    for (String awardedAt : new String[] {early, late, early, late}) {
      assertThat(give(", \"awarded_at\": " + awardedAt).code()).isEqualTo(201);
      fake.clock().advance(Duration.ofDays(1));
    }

    assertThat(fake.api().get("/api/bytes").ids()).containsExactly(2L, 4L, 1L, 3L);
  }

  @Test
  void detailOfMissingTransactionGives404() {
    Reply reply = fake.api().get("/api/bytes/5");

    assertThat(reply.code()).isEqualTo(404);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Bytes not found\"}");
  }

  @Test
  void stringAmountGives500TypeError() {
    Reply reply = give(", \"amount\": \"5\"");

    assertThat(reply.code()).isEqualTo(500);
    assertThat(reply.body())
        .isEqualTo("{\"error\":\"'<' not supported between instances of 'int' and 'str'\"}");
  }
}
