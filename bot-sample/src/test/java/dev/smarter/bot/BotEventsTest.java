package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.BadRequestException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.NewBytesRole;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.FakeTable;
import dev.smarter.testkit.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeSmarterDevExtension.class)
class BotEventsTest {
  private final SmarterDevClient client;
  private final FakeSmarterDevServer server;
  private final List<String> replies = new ArrayList<>();
  private BotEvents events;

  BotEventsTest(SmarterDevClient client, FakeSmarterDevServer server) {
    this.client = client;
    this.server = server;
  }

  @BeforeEach
  void start() {
    events = BotEvents.start(client, ApiStats.create());
  }

  private CommandContext context(boolean owner) {
    return new CommandContext(
        Optional.of(TestMembers.guild()),
        owner,
        () -> TestMembers.members(5, 1),
        () -> Duration.ofMillis(30),
        replies::add);
  }

  @Test
  void prefixCommandsAreRecognisedAndOtherMessagesIgnored() {
    assertThat(Command.fromMessage("!ping")).contains(Command.PING);
    assertThat(Command.fromMessage("  !SYNC now please")).contains(Command.SYNC);
    assertThat(Command.fromMessage("!pingpong")).isEmpty();
    assertThat(Command.fromMessage("ping")).isEmpty();
    assertThat(Command.fromMessage("!")).isEmpty();
    assertThat(Command.fromName("sync")).contains(Command.SYNC);

    assertThat(events.message("hello there", context(true))).isFalse();
    assertThat(replies).isEmpty();
  }

  @Test
  void pingMessageRepliesWithBothLatencies() {
    assertThat(events.message("!ping", context(false))).isTrue();

    assertThat(replies)
        .singleElement()
        .asString()
        .matches("Pong! Gateway latency: 30 ms, API round trip: \\d+ ms\\.");
  }

  @Test
  void statsMessageShowsTheOwnerTheCallsOfTheClientBuiltByTheStats() {
    ApiStats stats = ApiStats.create();
    try (SmarterDevClient instrumented =
        stats.build(SmarterDevClient.builder().baseUrl(server.url()).apiKey(server.apiKey()))) {
      BotEvents withStats = BotEvents.start(instrumented, stats);

      assertThat(withStats.message("!stats", context(false))).isTrue();
      assertThat(withStats.message("!stats", context(true))).isTrue();
    }

    assertThat(Command.fromName("STATS")).contains(Command.STATS);
    assertThat(replies).hasSize(2);
    assertThat(replies.get(0)).isEqualTo(StatsCommand.OWNER_ONLY);
    assertThat(replies.get(1))
        .startsWith("SDK calls since the bot started less than a minute ago:")
        .containsPattern("\\nGET /api/guilds +1 +0 +0 ")
        .containsPattern("\\nGET /api/users +1 +0 +0 ");
  }

  @Test
  void slashSyncBehavesLikeTheMessage() {
    events.run(Command.SYNC, context(true));

    assertThat(replies.get(0))
        .isEqualTo("Syncing Test Guild and its 5 members in batches of 100...");
    assertThat(replies.get(replies.size() - 1)).contains(": 5 members, 5 created,");
  }

  @Test
  void joiningAGuildSyncsItAndItsMembers() {
    Optional<GuildSyncReport> report =
        events.joinedGuild(TestMembers.guild(), TestMembers.members(230, 2));

    assertThat(report)
        .hasValueSatisfying(
            r -> {
              assertThat(r.members().created()).isEqualTo(230);
              assertThat(r.botsSkipped()).isEqualTo(2);
            });
  }

  @Test
  void aGuildNewToTheApiThatBecomesAvailableWasJoinedOfflineAndIsSyncedWithItsMembers() {
    Optional<SyncOutcome> outcome =
        events.guildAvailable(TestMembers.guild(), () -> TestMembers.members(230, 2));

    assertThat(outcome).contains(SyncOutcome.CREATED);
    assertThat(server.rowCount(FakeTable.GUILDS)).isEqualTo(1);
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(230);
  }

  @Test
  void aKnownGuildThatBecomesAvailableAgainCostsNoRequestAndNoMemberList() {
    events.guildChanged(TestMembers.guild());
    server.clearRecordedRequests();

    Optional<SyncOutcome> outcome =
        events.guildAvailable(
            TestMembers.guild(),
            () -> {
              throw new AssertionError("the members of a known guild were asked for");
            });

    assertThat(outcome).contains(SyncOutcome.UNCHANGED);
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void aKnownGuildRenamedWhileTheBotWasAwayIsUpdatedWithoutSyncingItsMembers() {
    long row = events.synchronizer().ensureGuild(TestMembers.guild()).id();
    server.clearRecordedRequests();

    Optional<SyncOutcome> outcome =
        events.guildAvailable(
            TestMembers.guild().withName("Renamed Guild"),
            () -> {
              throw new AssertionError("the members of a known guild were asked for");
            });

    assertThat(outcome).contains(SyncOutcome.UPDATED);
    assertThat(server.recordedRequests())
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly("PUT /api/guilds/" + row);
    assertThat(client.guilds().get(row).execute().name()).isEqualTo("Renamed Guild");
  }

  @Test
  void aGuildThatBecomesAvailableWhileTheApiFailsIsLoggedNotThrown() {
    server.faults().enqueue(Fault.status(400).onlyFor("POST", "/api/guilds"));

    assertThat(events.guildAvailable(TestMembers.guild(), () -> TestMembers.members(3, 0)))
        .isEmpty();
    assertThat(events.guildAvailable(TestMembers.guild(), () -> TestMembers.members(3, 0)))
        .contains(SyncOutcome.CREATED);
  }

  @Test
  void aFailingEventIsLoggedAndTheNextOneStillWorks() {
    server.faults().enqueue(Fault.status(400).onlyFor("POST", "/api/users"));

    assertThat(events.memberJoined(TestMembers.human(1))).isEmpty();
    assertThat(events.memberJoined(TestMembers.human(2))).contains(SyncOutcome.CREATED);
    assertThat(events.userChanged(TestMembers.human(2).withUsername("x")))
        .contains(SyncOutcome.UPDATED);
  }

  @Test
  void aFailedGuildJoinSyncIsLoggedNotThrown() {
    server.faults().enqueue(Fault.status(400).onlyFor("POST", "/api/guilds"));

    assertThat(events.joinedGuild(TestMembers.guild(), TestMembers.members(3, 0))).isEmpty();
    assertThat(events.guildChanged(TestMembers.guild())).contains(SyncOutcome.CREATED);
  }

  @Test
  void startFailsWhenTheApiCannotBeListed() {
    server.faults().enqueue(Fault.status(400).onlyFor("GET", "/api/guilds"));

    assertThatThrownBy(() -> BotEvents.start(client, ApiStats.create()))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void afterStopCommandsAnswerThatTheBotIsRestartingAndSendNothing() {
    RecordedReplies answers = new RecordedReplies();
    Invocation invocation =
        new Invocation(
            Optional.of(TestMembers.guild()),
            TestMembers.human(1),
            true,
            answers,
            MemberRoles.NONE);
    events.stop();
    server.clearRecordedRequests();

    events.run(Command.PING, context(false));
    events.bytesSend(invocation, TestMembers.human(2), 5, Optional.empty());
    events.bytesHeap(invocation, 10);
    events.warn(invocation, TestMembers.human(2), "spam");

    assertThat(replies).containsExactly(BotEvents.SHUTTING_DOWN);
    assertThat(answers.all())
        .containsExactly(
            RecordedReplies.Reply.hidden(BotEvents.SHUTTING_DOWN),
            RecordedReplies.Reply.shown(BotEvents.SHUTTING_DOWN),
            RecordedReplies.Reply.hidden(BotEvents.SHUTTING_DOWN));
    assertThat(server.requestCount()).isZero();
    assertThat(events.joinedGuild(TestMembers.guild(), TestMembers.members(3, 0))).isEmpty();
  }

  @Test
  void aFailingDiscordPortIsAnsweredWithoutItsDetailsAndTheBotGoesOn() {
    RecordedReplies answers = new RecordedReplies();
    MemberRoles broken =
        (guild, user, roles) -> {
          throw new IllegalStateException("secret internals");
        };
    Invocation invocation =
        new Invocation(
            Optional.of(TestMembers.guild()), TestMembers.human(1), false, answers, broken);
    long giver = server.seedUser(TestMembers.human(1).discordId(), "user1").id();
    server.setBytesBalance(giver, 100);
    long guild = events.synchronizer().ensureGuild(TestMembers.guild()).id();
    client
        .bytes()
        .createRole(
            NewBytesRole.builder()
                .guildId(guild)
                .roleId(1L)
                .roleName("Helper")
                .bytesRequired(1)
                .build())
        .execute();

    events.bytesSend(invocation, TestMembers.human(2), 5, Optional.empty());

    assertThat(answers.last()).isEqualTo(BotEvents.UNEXPECTED_FAILURE);
    assertThat(answers.texts()).noneMatch(text -> text.contains("secret"));
  }
}
