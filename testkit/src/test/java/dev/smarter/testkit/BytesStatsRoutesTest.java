package dev.smarter.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BytesStatsRoutesTest {
  @RegisterExtension static final FakeServerExtension fake = new FakeServerExtension();

  /** A system user (Discord id 0, whose balance the server never re-derives) gives bytes. */
  private SeededUser system() {
    SeededUser system = fake.server().seedUser(0, "System");
    fake.server().setBytesBalance(system.id(), 1_000);
    return system;
  }

  private Reply give(long giverId, long receiverId, long guildId, long amount) {
    return fake.api()
        .post(
            "/api/bytes",
            "{\"giver_id\": "
                + giverId
                + ", \"receiver_id\": "
                + receiverId
                + ", \"guild_id\": "
                + guildId
                + ", \"amount\": "
                + amount
                + "}");
  }

  @Test
  void cooldownOfAUserWhoNeverGaveGives404() {
    Reply reply = fake.api().get("/api/bytes/cooldown/1/1");

    assertThat(reply.code()).isEqualTo(404);
    assertThat(reply.body()).isEqualTo("{\"error\":\"Cooldown not found\"}");
  }

  @Test
  void cooldownShowsTheRowWithMinutesLeftAndActive() {
    SeededUser system = system();
    SeededUser user = fake.server().seedUser(5, "u");
    give(system.id(), user.id(), 1, 1);
    fake.clock().advance(Duration.ofMinutes(40));

    Reply reply = fake.api().get("/api/bytes/cooldown/" + system.id() + "/1");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body())
        .isEqualTo(
            "{\"id\":1,\"user_id\":1,\"guild_id\":1,\"last_given_at\":\"2026-11-24T03:10:00\","
                + "\"minutes_left\":1400,\"cooldown_active\":true}");
  }

  @Test
  void cooldownAfterTheWindowHasZeroMinutesAndIsInactive() {
    SeededUser system = system();
    give(system.id(), fake.server().seedUser(5, "u").id(), 1, 1);
    fake.clock().advance(Duration.ofDays(2));

    Reply reply = fake.api().get("/api/bytes/cooldown/" + system.id() + "/1");

    assertThat(reply.body()).endsWith("\"minutes_left\":0,\"cooldown_active\":false}");
  }

  @Test
  void cooldownWithLessThanAMinuteLeftIsActiveWithZeroMinutes() {
    SeededUser system = system();
    give(system.id(), fake.server().seedUser(5, "u").id(), 1, 1);
    fake.clock().advance(Duration.ofMinutes(1439).plusSeconds(30));

    Reply reply = fake.api().get("/api/bytes/cooldown/" + system.id() + "/1");

    assertThat(reply.body()).endsWith("\"minutes_left\":0,\"cooldown_active\":true}");
  }

  @Test
  void balanceShowsTotalsAndTheGuildsEarnedRoles() {
    SeededUser system = system();
    SeededUser user = fake.server().seedUser(5, "u");
    fake.api()
        .post(
            "/api/bytes/roles",
            "{\"guild_id\": 1, \"role_id\": 11, \"role_name\": \"Bronze\", \"bytes_required\": 5}");
    give(system.id(), user.id(), 1, 7);

    Reply reply = fake.api().get("/api/bytes/balance/" + user.id() + "?guild_id=1");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body())
        .startsWith(
            "{\"user_id\":2,\"username\":\"u\",\"bytes_balance\":7,\"bytes_received\":7,"
                + "\"bytes_given\":0,\"earned_roles\":[{\"id\":1,\"guild_id\":1,\"role_id\":11,");
  }

  @Test
  void balanceWithoutGuildIdHasNoEarnedRoles() {
    SeededUser user = fake.server().seedUser(5, "u");

    assertThat(fake.api().get("/api/bytes/balance/" + user.id()).body())
        .endsWith("\"earned_roles\":[]}");
  }

  @Test
  void balanceOfMissingUserGives404() {
    Reply reply = fake.api().get("/api/bytes/balance/9");

    assertThat(reply.code()).isEqualTo(404);
    assertThat(reply.body()).isEqualTo("{\"error\":\"User not found\"}");
  }

  @Test
  void balanceResetsAStoredBalanceToReceivedMinusGiven() {
    SeededUser user = fake.server().seedUser(5, "u");
    fake.server().setBytesBalance(user.id(), 100);

    Reply reply = fake.api().get("/api/bytes/balance/" + user.id());

    assertThat(reply.body()).contains("\"bytes_balance\":0,");
    assertThat(fake.server().bytesBalance(user.id())).isZero();
  }

  @Test
  void balanceRewritesOnlyTheRequestedUser() {
    SeededUser asked = fake.server().seedUser(5, "asked");
    SeededUser other = fake.server().seedUser(6, "other");
    fake.server().setBytesBalance(asked.id(), 40);
    fake.server().setBytesBalance(other.id(), 40);

    fake.api().get("/api/bytes/balance/" + asked.id());

    assertThat(fake.server().bytesBalance(asked.id())).isZero();
    assertThat(fake.server().bytesBalance(other.id())).isEqualTo(40);
  }

  @Test
  void readingABalanceCanDropAUserFromTheLeaderboard() {
    SeededUser system = system();
    SeededUser user = fake.server().seedUser(5, "u");
    give(system.id(), user.id(), 1, 3);
    fake.server().setBytesBalance(user.id(), 50);
    assertThat(fake.api().get("/api/bytes/leaderboard/1").values("bytes_balance"))
        .containsExactly(997L, 50L);

    fake.api().get("/api/bytes/balance/" + user.id());

    assertThat(fake.api().get("/api/bytes/leaderboard/1").values("bytes_balance"))
        .containsExactly(997L, 3L);
  }

  @Test
  void balanceKeepsTheSystemUsersBalance() {
    SeededUser system = system();

    assertThat(fake.api().get("/api/bytes/balance/" + system.id()).body())
        .contains("\"bytes_balance\":1000,");
  }

  @Test
  void leaderboardListsPositiveBalancesOfUsersActiveInTheGuildHighestFirst() {
    SeededUser system = system();
    SeededUser low = fake.server().seedUser(5, "low");
    SeededUser high = fake.server().seedUser(6, "high");
    SeededUser elsewhere = fake.server().seedUser(7, "elsewhere");
    give(system.id(), low.id(), 1, 3);
    give(system.id(), high.id(), 2, 1);
    fake.clock().advance(Duration.ofDays(1));
    give(system.id(), high.id(), 1, 8);
    give(system.id(), elsewhere.id(), 3, 50);

    Reply reply = fake.api().get("/api/bytes/leaderboard/1");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body())
        .isEqualTo(
            "{\"guild_id\":1,\"leaderboard\":["
                + "{\"user_id\":1,\"username\":\"System\",\"bytes_balance\":938,\"avatar_url\":null},"
                + "{\"user_id\":3,\"username\":\"high\",\"bytes_balance\":9,\"avatar_url\":null},"
                + "{\"user_id\":2,\"username\":\"low\",\"bytes_balance\":3,\"avatar_url\":null}]}");
  }

  @Test
  void leaderboardTiesKeepTheOrderOfFirstAppearanceInTheGuildsBytesRows() {
    SeededUser a = fake.server().seedUser(11, "a");
    SeededUser b = fake.server().seedUser(12, "b");
    SeededUser c = fake.server().seedUser(13, "c");
    SeededUser d = fake.server().seedUser(14, "d");
    fake.server().setBytesBalance(c.id(), 100);
    fake.server().setBytesBalance(d.id(), 100);
    give(d.id(), c.id(), 1, 1);
    give(c.id(), a.id(), 1, 1);
    fake.clock().advance(Duration.ofDays(1));
    give(d.id(), b.id(), 1, 1);
    for (SeededUser user : List.of(a, c, d)) {
      fake.server().setBytesBalance(user.id(), 7);
    }
    fake.server().setBytesBalance(b.id(), 9);

    Reply reply = fake.api().get("/api/bytes/leaderboard/1");

    assertThat(reply.values("user_id")).containsExactly(b.id(), c.id(), d.id(), a.id());
  }

  @Test
  void leaderboardLimitDefaultsToTen() {
    seedLeaderboard(12);

    assertThat(countEntries(fake.api().get("/api/bytes/leaderboard/1").body())).isEqualTo(10);
  }

  @Test
  void leaderboardNonNumericLimitMeansTen() {
    seedLeaderboard(12);

    assertThat(countEntries(fake.api().get("/api/bytes/leaderboard/1?limit=lots").body()))
        .isEqualTo(10);
  }

  @Test
  void leaderboardNegativeLimitDropsEntriesFromTheEnd() {
    seedLeaderboard(5);

    assertThat(countEntries(fake.api().get("/api/bytes/leaderboard/1?limit=-2").body()))
        .isEqualTo(3);
  }

  @Test
  void leaderboardZeroLimitIsEmpty() {
    seedLeaderboard(3);

    assertThat(fake.api().get("/api/bytes/leaderboard/1?limit=0").body())
        .isEqualTo("{\"guild_id\":1,\"leaderboard\":[]}");
  }

  /** The system user plus {@code receivers - 1} receivers: {@code receivers} positive entries. */
  private void seedLeaderboard(int receivers) {
    SeededUser system = system();
    for (int i = 1; i < receivers; i++) {
      SeededUser user = fake.server().seedUser(100 + i, "u" + i);
      fake.clock().advance(Duration.ofDays(1));
      give(system.id(), user.id(), 1, i);
    }
  }

  private static int countEntries(String body) {
    return body.split("\"user_id\"", -1).length - 1;
  }
}
