package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.bot.RecordedReplies.Reply;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.BytesConfigUpsert;
import dev.smarter.sdk.model.NewBytesRole;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.FakeTable;
import dev.smarter.testkit.Fault;
import dev.smarter.testkit.SeededUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BytesCommandsTest {
  private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
  private static final MutableClock clock = new MutableClock(START);
  private static final long HELPER = 7_001L;
  private static final long EXPERT = 7_002L;
  private static final long GHOST = 7_003L;

  @RegisterExtension
  static final FakeSmarterDevExtension fake =
      FakeSmarterDevExtension.create(FakeSmarterDevServer.builder().clock(clock));

  private final SmarterDevClient client;
  private final FakeSmarterDevServer server;
  private final GuildSynchronizer rows;
  private final BytesCommands bytes;
  private final RecordedReplies replies = new RecordedReplies();
  private final SimulatedRoles discordRoles = new SimulatedRoles(Set.of(HELPER, EXPERT));
  private final MemberSnapshot giver = TestMembers.human(1);
  private final MemberSnapshot receiver = TestMembers.human(2);

  BytesCommandsTest(SmarterDevClient client, FakeSmarterDevServer server) {
    this.client = client;
    this.server = server;
    this.rows = new GuildSynchronizer(client);
    this.bytes = new BytesCommands(rows, client, clock);
  }

  @BeforeEach
  void startTheClock() {
    clock.set(START);
  }

  private Invocation in(MemberSnapshot author) {
    return new Invocation(Optional.of(TestMembers.guild()), author, false, replies, discordRoles);
  }

  private long fund(MemberSnapshot member, long balance) {
    SeededUser user = server.seedUser(member.discordId(), member.username());
    server.setBytesBalance(user.id(), balance);
    return user.id();
  }

  private long guildRow() {
    return rows.ensureGuild(TestMembers.guild()).id();
  }

  private void role(long roleId, String name, long required) {
    client
        .bytes()
        .createRole(
            NewBytesRole.builder()
                .guildId(guildRow())
                .roleId(roleId)
                .roleName(name)
                .bytesRequired(required)
                .build())
        .execute();
  }

  private List<String> calls() {
    return server.recordedRequests().stream()
        .filter(r -> !r.path().equals("/api/auth/token"))
        .map(r -> r.method() + " " + r.path())
        .toList();
  }

  private void send(long amount) {
    bytes.send(in(giver), receiver, amount, Optional.empty());
  }

  @Test
  void sendMovesTheBytesConfirmsToTheGiverAndTellsTheChannel() {
    long giverRow = fund(giver, 500);

    bytes.send(in(giver), receiver, 40, Optional.of("  fixed the flaky build "));

    assertThat(replies.all())
        .containsExactly(
            Reply.hidden("You sent 40 bytes to user2. Your balance: 460 bytes."),
            Reply.shown(
                "<@1000002> received 40 bytes from user1 (balance: 40 bytes). Reason: fixed the"
                    + " flaky build"));
    assertThat(server.bytesBalance(giverRow)).isEqualTo(460);
    assertThat(client.bytes().list().execute())
        .singleElement()
        .satisfies(award -> assertThat(award.reason()).contains("fixed the flaky build"));
  }

  @Test
  void aBlankReasonIsNoReason() {
    fund(giver, 500);

    bytes.send(in(giver), receiver, 1, Optional.of("   "));

    assertThat(replies.texts())
        .containsExactly(
            "You sent 1 byte to user2. Your balance: 499 bytes.",
            "<@1000002> received 1 byte from user1 (balance: 1 byte).");
  }

  @Test
  void discordIdsBecomeRowIdsThroughTheCacheAndMissingUsersAreCreated() {
    fund(giver, 500);

    send(40);

    assertThat(calls())
        .containsExactly(
            "POST /api/guilds",
            "GET /api/bytes/config/1",
            "POST /api/users",
            "POST /api/users",
            "POST /api/bytes");
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(2);
    assertThat(rows.userRowId(receiver.discordId())).isPresent();

    server.clearRecordedRequests();
    bytes.send(in(receiver), giver, 10, Optional.empty());

    assertThat(calls()).containsExactly("POST /api/bytes");
    assertThat(replies.last()).startsWith("<@1000001> received 10 bytes from user2");
  }

  @Test
  void sendingToYourselfIsRefusedWithoutAnyRequest() {
    bytes.send(in(giver), giver, 5, Optional.empty());

    assertThat(replies.all())
        .containsExactly(
            Reply.hidden("You can't send bytes to yourself: pick someone who helped you."));
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void sendingToABotIsRefusedWithoutAnyRequest() {
    bytes.send(in(giver), TestMembers.bot(1), 5, Optional.empty());

    assertThat(replies.all())
        .containsExactly(Reply.hidden("Bots don't collect bytes: send them to a person."));
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void sendingOutsideAServerIsRefusedWithoutAnyRequest() {
    bytes.send(
        new Invocation(Optional.empty(), giver, false, replies, MemberRoles.NONE),
        receiver,
        5,
        Optional.empty());

    assertThat(replies.all()).containsExactly(Reply.hidden(BytesCommands.SERVER_ONLY));
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void anAmountBelowOneIsRefused() {
    send(0);
    send(-3);

    assertThat(replies.all()).containsOnly(Reply.hidden("Send at least 1 byte."));
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void anAmountAboveTheServersMaximumIsRefusedBeforeTheGive() {
    fund(giver, 500);
    client
        .bytes()
        .upsertConfig(BytesConfigUpsert.builder().guildId(guildRow()).maxGiveAmount(20).build())
        .execute();
    server.clearRecordedRequests();

    send(21);

    assertThat(replies.all())
        .containsExactly(Reply.hidden("You can send at most 20 bytes at a time in this server."));
    assertThat(calls()).containsExactly("GET /api/bytes/config/1");

    send(20);

    assertThat(replies.last())
        .isEqualTo("<@1000002> received 20 bytes from user1 (balance: 20 bytes).");
  }

  @Test
  void theDefaultMaximumIs50Bytes() {
    fund(giver, 500);

    send(51);

    assertThat(replies.texts())
        .containsExactly("You can send at most 50 bytes at a time in this server.");
  }

  @Test
  void duringTheCooldownTheReplyGivesTheHoursAndMinutesLeft() {
    fund(giver, 500);
    send(10);
    replies.clear();
    clock.advance(Duration.ofMinutes(90).plusSeconds(30));

    send(10);

    assertThat(replies.all())
        .containsExactly(
            Reply.hidden("You sent bytes recently: you can send again in 22 hours 29 minutes."));
    assertThat(server.rowCount(FakeTable.BYTES)).isEqualTo(1);
  }

  @Test
  void aCooldownWithZeroMinutesLeftSaysLessThanAMinute() {
    fund(giver, 500);
    client
        .bytes()
        .upsertConfig(BytesConfigUpsert.builder().guildId(guildRow()).cooldownMinutes(1).build())
        .execute();
    send(10);
    replies.clear();
    clock.advance(Duration.ofSeconds(59));

    send(10);

    assertThat(replies.texts())
        .containsExactly("You sent bytes recently: you can send again in less than a minute.");
  }

  @Test
  void aBalanceTooLowIsRefusedShowingTheBalanceWithoutRecomputingIt() {
    long giverRow = fund(giver, 30);

    send(35);

    assertThat(replies.all())
        .containsExactly(Reply.hidden("Your balance is 30 bytes: not enough to send 35 bytes."));
    assertThat(calls()).doesNotContain("GET /api/bytes/balance/" + giverRow);
    assertThat(server.bytesBalance(giverRow)).isEqualTo(30);
  }

  @Test
  void earnedRolesAreGivenInDiscordAndAnnouncedOnce() {
    fund(giver, 500);
    role(HELPER, "Helper", 30);
    role(EXPERT, "Expert", 60);

    send(40);

    assertThat(replies.all()).endsWith(Reply.shown("<@1000002> earned the Helper role!"));
    assertThat(discordRoles.heldBy(receiver.discordId())).containsExactly(HELPER);

    replies.clear();
    clock.advance(Duration.ofDays(1).plusMinutes(1));
    send(30);

    assertThat(replies.texts())
        .containsExactly(
            "You sent 30 bytes to user2. Your balance: 430 bytes.",
            "<@1000002> received 30 bytes from user1 (balance: 70 bytes).",
            "<@1000002> earned the Expert role!");
    assertThat(discordRoles.heldBy(receiver.discordId())).containsExactlyInAnyOrder(HELPER, EXPERT);
  }

  @Test
  void aRoleDiscordCannotGiveIsReportedForTheAdmins() {
    fund(giver, 500);
    role(HELPER, "Helper", 10);
    role(GHOST, "Ghost", 20);

    send(40);

    assertThat(replies.texts())
        .endsWith(
            "<@1000002> earned the Helper role!",
            "<@1000002> has earned the Ghost role, but I could not give it: a server admin should"
                + " check that my role may manage it.");
  }

  @Test
  void aTransferWhoseAnswerIsLostIsFoundByTheSdkAndClaimsNoBalance() {
    fund(giver, 500);
    server.faults().enqueue(Fault.dropAfterProcessing().onlyFor("POST", "/api/bytes"));

    send(40);

    assertThat(replies.texts().get(0))
        .endsWith("(the answer was lost, but the award is recorded).")
        .doesNotContain("balance:");
    assertThat(server.rowCount(FakeTable.BYTES)).isEqualTo(1);
    assertThat(calls()).filteredOn(call -> call.equals("POST /api/bytes")).hasSize(1);
  }

  @Test
  void aTransferWhoseAnswerIsLostAndCannotBeLookedUpIsReportedAsMaybeDone() {
    fund(giver, 500);
    client
        .bytes()
        .upsertConfig(BytesConfigUpsert.builder().guildId(guildRow()).cooldownMinutes(0).build())
        .execute();
    send(10);
    replies.clear();
    server.faults().enqueue(Fault.dropAfterProcessing().onlyFor("POST", "/api/bytes"));
    server.faults().enqueue(Fault.status(503).times(3).onlyFor("GET", "/api/bytes"));

    send(40);

    assertThat(replies.all()).containsExactly(Reply.hidden(BytesCommands.OUTCOME_UNKNOWN));
    assertThat(replies.last()).contains("may have gone through").contains("/bytes read");
    assertThat(server.rowCount(FakeTable.BYTES)).isEqualTo(2);
    assertThat(calls()).filteredOn(call -> call.equals("POST /api/bytes")).hasSize(2);
  }

  @Test
  void aGatewayErrorBeforeTheGiveIsLookedUpAndSentAgainSafely() {
    fund(giver, 500);
    server.faults().enqueue(Fault.status(502).onlyFor("POST", "/api/bytes"));

    send(40);

    assertThat(replies.texts().get(0)).startsWith("You sent 40 bytes");
    assertThat(server.rowCount(FakeTable.BYTES)).isEqualTo(1);
    assertThat(calls()).filteredOn(call -> call.equals("POST /api/bytes")).hasSize(2);
  }

  @Test
  void otherApiFailuresNeverShowTheServersText() {
    fund(giver, 500);
    server
        .faults()
        .enqueue(
            Fault.status(400)
                .body("{\"error\": \"database is locked\"}")
                .onlyFor("POST", "/api/bytes"));

    send(40);

    assertThat(replies.all()).containsExactly(Reply.hidden(BytesCommands.API_FAILED));
    assertThat(String.join("\n", replies.texts())).doesNotContain("database").doesNotContain("400");
  }

  @Test
  void theServersSettingsAreCachedForFiveMinutes() {
    fund(giver, 500);

    send(51);
    clock.advance(Duration.ofMinutes(4).plusSeconds(59));
    send(51);
    assertThat(calls()).filteredOn(call -> call.startsWith("GET /api/bytes/config")).hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    send(51);
    assertThat(calls()).filteredOn(call -> call.startsWith("GET /api/bytes/config")).hasSize(2);
  }

  @Test
  void readShowsBalanceTotalsEarnedRolesAndTheNextRole() {
    fund(giver, 2_000);
    role(HELPER, "Helper", 30);
    role(EXPERT, "Expert", 1_024);
    send(40);
    replies.clear();

    bytes.read(in(giver), Optional.of(receiver));

    assertThat(replies.all())
        .containsExactly(
            Reply.shown(
                "user2 has 40 bytes (received 40 bytes, sent 0 bytes in this server). Roles"
                    + " earned: Helper. Next role: Expert at 1.00 KB, 0.96 KB (984 bytes) to go."));
  }

  @Test
  void readDefaultsToTheAuthorAndSaysWhenNoRoleIsEarnedYet() {
    role(HELPER, "Helper", 30);

    bytes.read(in(giver), Optional.empty());

    assertThat(replies.texts())
        .containsExactly(
            "user1 has 0 bytes (received 0 bytes, sent 0 bytes in this server). Roles earned:"
                + " none yet. Next role: Helper at 30 bytes, 30 bytes to go.");
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(1);
  }

  @Test
  void readSaysWhenEveryRoleIsEarnedOrTheServerHasNone() {
    fund(giver, 500);
    send(40);
    replies.clear();

    bytes.read(in(giver), Optional.of(receiver));
    role(HELPER, "Helper", 30);
    bytes.read(in(giver), Optional.of(receiver));

    assertThat(replies.texts())
        .containsExactly(
            "user2 has 40 bytes (received 40 bytes, sent 0 bytes in this server). This server has"
                + " no bytes roles.",
            "user2 has 40 bytes (received 40 bytes, sent 0 bytes in this server). Roles earned:"
                + " Helper. Every role is earned.");
  }

  @Test
  void readRefusesBotsAndDirectMessages() {
    bytes.read(in(giver), Optional.of(TestMembers.bot(2)));
    bytes.read(
        new Invocation(Optional.empty(), giver, false, replies, MemberRoles.NONE),
        Optional.empty());

    assertThat(replies.all())
        .containsExactly(
            Reply.shown("bot2 is a bot: bots don't collect bytes."),
            Reply.shown(BytesCommands.SERVER_ONLY));
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void heapListsTheHighestBalancesFirstWithTheirAmounts() {
    fund(giver, 2_000);
    send(40);
    replies.clear();

    bytes.heap(in(receiver), BytesCommands.DEFAULT_HEAP_LIMIT);

    assertThat(replies.all())
        .containsExactly(
            Reply.shown(
                """
                Bytes leaderboard of Test Guild (top 2):
                1. user1: 1.91 KB (1,960 bytes)
                2. user2: 40 bytes"""));
    assertThat(server.recordedRequests())
        .filteredOn(r -> r.path().startsWith("/api/bytes/leaderboard"))
        .singleElement()
        .satisfies(r -> assertThat(r.query()).isEqualTo("limit=10"));
  }

  @Test
  void heapAcceptsLimitsFrom1To25AndRefusesTheOthersWithoutARequest() {
    fund(giver, 2_000);
    send(40);
    replies.clear();
    server.clearRecordedRequests();

    bytes.heap(in(giver), 0);
    bytes.heap(in(giver), 26);
    assertThat(replies.texts())
        .containsExactly(
            "The leaderboard shows 1 to 25 members, not 0.",
            "The leaderboard shows 1 to 25 members, not 26.");
    assertThat(server.requestCount()).isZero();

    bytes.heap(in(giver), 1);
    bytes.heap(in(giver), 25);
    assertThat(replies.last()).startsWith("Bytes leaderboard of Test Guild (top 2):");
    assertThat(replies.texts().get(2))
        .isEqualTo("Bytes leaderboard of Test Guild (top 1):\n1. user1: 1.91 KB (1,960 bytes)");
    assertThat(server.recordedRequests())
        .extracting(r -> r.query())
        .containsExactly("limit=1", "limit=25");
  }

  @Test
  void heapOfAGuildWithoutBytesSaysSo() {
    bytes.heap(in(giver), 10);

    assertThat(replies.texts())
        .containsExactly("Nobody in Test Guild has bytes yet: be the first with /bytes send.");
  }
}
