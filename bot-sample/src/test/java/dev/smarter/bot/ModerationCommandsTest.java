package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.bot.RecordedReplies.Reply;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.NewModerationCase;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.FakeTable;
import dev.smarter.testkit.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ModerationCommandsTest {
  private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
  private static final MutableClock clock = new MutableClock(START);

  @RegisterExtension
  static final FakeSmarterDevExtension fake =
      FakeSmarterDevExtension.create(FakeSmarterDevServer.builder().clock(clock));

  private final SmarterDevClient client;
  private final FakeSmarterDevServer server;
  private final GuildSynchronizer rows;
  private final ModerationCommands moderation;
  private final RecordedReplies replies = new RecordedReplies();
  private final MemberSnapshot moderator = TestMembers.human(1);
  private final MemberSnapshot member = TestMembers.human(2);
  private final MemberSnapshot target = TestMembers.human(3);

  ModerationCommandsTest(SmarterDevClient client, FakeSmarterDevServer server) {
    this.client = client;
    this.server = server;
    this.rows = new GuildSynchronizer(client);
    this.moderation = new ModerationCommands(rows, client);
  }

  @BeforeEach
  void startTheClock() {
    clock.set(START);
  }

  private Invocation asModerator() {
    return new Invocation(
        Optional.of(TestMembers.guild()), moderator, true, replies, MemberRoles.NONE);
  }

  private Invocation asMember() {
    return new Invocation(
        Optional.of(TestMembers.guild()), member, false, replies, MemberRoles.NONE);
  }

  /** Warns with a distinct time per warning, so "newest first" has a single answer. */
  private void warn(String reason) {
    clock.advance(Duration.ofMinutes(1));
    moderation.warn(asModerator(), target, reason);
  }

  @Test
  void warnRecordsAWarningOpensACaseAndCountsTheWarnings() {
    warn("spam");
    warn("posting invite links");

    assertThat(replies.all())
        .containsExactly(
            Reply.hidden("Warned user3: spam (case #1). user3 now has 1 warning here."),
            Reply.hidden(
                "Warned user3: posting invite links (case #2). user3 now has 2 warnings here."));
    assertThat(server.rowCount(FakeTable.WARNINGS)).isEqualTo(2);
    assertThat(server.rowCount(FakeTable.MODERATION_CASES)).isEqualTo(2);
    assertThat(server.rowCount(FakeTable.USERS)).isEqualTo(2);
    long targetRow = rows.userRowId(target.discordId()).orElseThrow();
    long modRow = rows.userRowId(moderator.discordId()).orElseThrow();
    assertThat(client.moderationCases().list().execute())
        .allSatisfy(
            c -> {
              assertThat(c.userId()).isEqualTo(targetRow);
              assertThat(c.modId()).isEqualTo(modRow);
              assertThat(c.action()).isEqualTo(ModerationCommands.WARN_ACTION);
            });
  }

  @Test
  void membersWithoutThePermissionAreRefusedPrivatelyWithoutAnyRequest() {
    moderation.warn(asMember(), target, "spam");
    moderation.cases(asMember(), target, false);
    moderation.resolve(asMember(), 1, "done");

    assertThat(replies.all())
        .hasSize(3)
        .containsOnly(Reply.hidden(ModerationCommands.NOT_A_MODERATOR));
    assertThat(ModerationCommands.NOT_A_MODERATOR).contains("MODERATE_MEMBERS");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void moderationOutsideAServerIsRefused() {
    Invocation direct =
        new Invocation(Optional.empty(), moderator, true, replies, MemberRoles.NONE);

    moderation.warn(direct, target, "spam");
    moderation.cases(direct, target, true);
    moderation.resolve(direct, 1, "done");

    assertThat(replies.all()).containsOnly(Reply.hidden(ModerationCommands.SERVER_ONLY));
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void botsAndOneselfCannotBeWarnedAndAReasonIsNeeded() {
    moderation.warn(asModerator(), TestMembers.bot(1), "spam");
    moderation.warn(asModerator(), moderator, "spam");
    moderation.warn(asModerator(), target, "  ");

    assertThat(replies.texts())
        .containsExactly(
            "bot1 is a bot: the bot records people only.",
            "You can't warn yourself.",
            "Give a reason: it is stored with the warning.");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void aWarningWhoseAnswerIsLostIsFoundByTheSdkAndAnsweredAsUsual() {
    server.faults().enqueue(Fault.dropAfterProcessing().onlyFor("POST", "/api/warnings"));

    warn("spam");

    assertThat(replies.texts())
        .containsExactly("Warned user3: spam (case #1). user3 now has 1 warning here.");
    assertThat(server.rowCount(FakeTable.WARNINGS)).isEqualTo(1);
  }

  @Test
  void aWarningWhoseAnswerIsLostAndCannotBeLookedUpIsReportedAsMaybeRecorded() {
    server.faults().enqueue(Fault.dropAfterProcessing().onlyFor("POST", "/api/warnings"));
    server.faults().enqueue(Fault.status(503).times(3).onlyFor("GET", "/api/warnings"));

    warn("spam");

    assertThat(replies.all())
        .containsExactly(
            Reply.hidden(
                "The Smarter Dev API did not confirm the warning for user3: it may have been"
                    + " recorded. Check /cases user3 before warning again."));
    assertThat(server.rowCount(FakeTable.WARNINGS)).isEqualTo(1);
    assertThat(server.rowCount(FakeTable.MODERATION_CASES)).isZero();
  }

  @Test
  void aCaseWhoseAnswerIsLostIsReportedWithTheRecordedWarning() {
    server.faults().enqueue(Fault.dropAfterProcessing().onlyFor("POST", "/api/moderation-cases"));
    server.faults().enqueue(Fault.status(503).times(3).onlyFor("GET", "/api/moderation-cases"));

    warn("spam");

    assertThat(replies.texts())
        .containsExactly(
            "Warned user3: spam (its case may have been opened or not: check /cases before"
                + " opening another). user3 now has 1 warning here.");
    assertThat(server.rowCount(FakeTable.MODERATION_CASES)).isEqualTo(1);
  }

  @Test
  void aWarningTheApiRefusesIsReportedAsNotRecordedWithoutTheServersText() {
    server
        .faults()
        .enqueue(
            Fault.status(400)
                .body("{\"error\": \"Missing required field: user_id\"}")
                .onlyFor("POST", "/api/warnings"));

    warn("spam");

    assertThat(replies.texts())
        .containsExactly(
            "The Smarter Dev API did not answer as expected: no warning was recorded. Try again"
                + " in a moment.");
    assertThat(server.rowCount(FakeTable.WARNINGS)).isZero();
  }

  @Test
  void casesListNumberActionReasonAndStateNewestFirst() {
    warn("spam");
    warn("posting invite links");
    moderation.resolve(asModerator(), 1, "apologised");
    replies.clear();

    moderation.cases(asModerator(), target, false);

    assertThat(replies.all())
        .containsExactly(
            Reply.hidden(
                """
                user3 has 2 warnings and 2 cases here:
                #2 warn: posting invite links (open)
                #1 warn: spam (resolved: apologised)"""));
  }

  @Test
  void casesCanListOnlyTheOpenOnes() {
    warn("spam");
    warn("posting invite links");
    moderation.resolve(asModerator(), 2, "apologised");
    replies.clear();

    moderation.cases(asModerator(), target, true);

    assertThat(replies.texts())
        .containsExactly("user3 has 2 warnings and 1 open case here:\n#1 warn: spam (open)");
  }

  @Test
  void casesOfSomeoneTheApiDoesNotKnowCreatesNoRow() {
    moderation.cases(asModerator(), target, false);

    assertThat(replies.texts()).containsExactly("user3 has no warnings and no cases here.");
    assertThat(server.rowCount(FakeTable.USERS)).isZero();
    assertThat(server.recordedRequests())
        .extracting(r -> r.method() + " " + r.target())
        .contains("GET /api/users?discord_id=" + target.discordId());
  }

  @Test
  void casesListsAtMost15() {
    warn("first");
    long guildRow = rows.guildRowId(TestMembers.GUILD_ID).orElseThrow();
    long targetRow = rows.userRowId(target.discordId()).orElseThrow();
    long modRow = rows.userRowId(moderator.discordId()).orElseThrow();
    for (int i = 0; i < 16; i++) {
      clock.advance(Duration.ofMinutes(1));
      client
          .moderationCases()
          .create(
              NewModerationCase.builder()
                  .guildId(guildRow)
                  .userId(targetRow)
                  .modId(modRow)
                  .action("mute")
                  .reason("noise " + i)
                  .build())
          .execute();
    }
    replies.clear();

    moderation.cases(asModerator(), target, false);

    String text = replies.last();
    assertThat(text.lines()).hasSize(1 + ModerationCommands.CASES_LISTED + 1);
    assertThat(text)
        .startsWith("user3 has 1 warning and 17 cases here:\n#17 mute: noise 15 (open)")
        .endsWith("\n...and 2 older.");
  }

  @Test
  void resolveResolvesTheGuildsCaseByItsNumber() {
    warn("spam");
    replies.clear();

    moderation.resolve(asModerator(), 1, " apologised in #general ");

    assertThat(replies.all())
        .containsExactly(Reply.hidden("Case #1 resolved: apologised in #general."));
    assertThat(client.moderationCases().list().execute())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.resolvedAt()).isPresent();
              assertThat(c.resolutionNote()).contains("apologised in #general");
            });
  }

  @Test
  void resolveSaysWhenTheCaseIsUnknownOrAlreadyResolved() {
    warn("spam");
    moderation.resolve(asModerator(), 1, "apologised");
    replies.clear();

    moderation.resolve(asModerator(), 7, "done");
    moderation.resolve(asModerator(), 1, "again");
    moderation.resolve(asModerator(), 1, " ");

    assertThat(replies.texts())
        .containsExactly(
            "There is no case #7 in this server.",
            "Case #1 is already resolved: apologised.",
            "Give a note: it is stored with the case.");
  }
}
