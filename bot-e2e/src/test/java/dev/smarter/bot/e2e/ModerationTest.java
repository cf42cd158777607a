package dev.smarter.bot.e2e;

import static dev.smarter.bot.e2e.EndToEnd.TIMEOUT;
import static dev.smarter.bot.e2e.discord.SlashOption.bool;
import static dev.smarter.bot.e2e.discord.SlashOption.integer;
import static dev.smarter.bot.e2e.discord.SlashOption.string;
import static dev.smarter.bot.e2e.discord.SlashOption.subcommand;
import static dev.smarter.bot.e2e.discord.SlashOption.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.bot.ModerationCommands;
import dev.smarter.bot.e2e.discord.BotMessage;
import dev.smarter.bot.e2e.discord.FakeChannel;
import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.bot.e2e.discord.FakeGuild;
import dev.smarter.bot.e2e.discord.FakeInteraction;
import dev.smarter.bot.e2e.discord.FakeUser;
import dev.smarter.bot.e2e.discord.InteractionCallback;
import dev.smarter.bot.e2e.discord.Permission;
import dev.smarter.testkit.FakeTable;
import dev.smarter.testkit.Fault;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /warn}, {@code /cases} and {@code /case resolve}: for members whose roles grant Timeout
 * Members or Administrator (or the server owner), as Javacord's cache of the guild's roles tells
 * the bot; every answer is ephemeral. mod holds a Moderator role (Timeout Members), admin an Admin
 * role (Administrator), alice and bob none.
 */
class ModerationTest {
  @RegisterExtension final EndToEnd e2e = new EndToEnd();

  private FakeDiscord discord;
  private FakeUser mod;
  private FakeUser admin;
  private FakeUser alice;
  private FakeUser bob;
  private FakeGuild guild;
  private FakeChannel general;
  private long moderatorRole;

  @BeforeEach
  void startTheBotInAGuildWithAModeratorAndAnAdmin() throws Exception {
    discord = e2e.discord();
    mod = discord.createUser("mod");
    admin = discord.createUser("admin");
    alice = discord.createUser("alice");
    bob = discord.createUser("bob");
    guild = discord.createGuild("Smarter Dev", List.of(mod, admin, alice, bob));
    general = guild.general();
    moderatorRole = guild.createRole("Moderator", Permission.MODERATE_MEMBERS);
    guild.giveRole(mod, moderatorRole);
    guild.giveRole(admin, guild.createRole("Admin", Permission.ADMINISTRATOR));
    guild.giveRole(alice, guild.createRole("Helper", Permission.KICK_MEMBERS));
    e2e.api().seedGuild(guild.id(), "Smarter Dev");
    e2e.startBot();
  }

  private FakeInteraction warn(FakeUser moderator, FakeUser target, String reason) {
    return general.invoke(moderator, "warn", user("user", target), string("reason", reason));
  }

  private BotMessage answer(FakeInteraction interaction) throws InterruptedException {
    BotMessage answer = interaction.awaitResponse(TIMEOUT);
    assertThat(answer.isEphemeral()).as("ephemeral: %s", answer).isTrue();
    return answer;
  }

  @Test
  void aModeratorsWarningIsStoredWithItsCaseAndConfirmedOnlyToThem() throws Exception {
    FakeInteraction warning = warn(mod, bob, "posting invite links");

    InteractionCallback ack = warning.awaitCallback(TIMEOUT);
    assertThat(ack.type()).isEqualTo(InteractionCallback.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE);
    assertThat(ack.isEphemeral()).isTrue();
    assertThat(answer(warning).content())
        .isEqualTo("Warned bob: posting invite links (case #1). bob now has 1 warning here.");
    assertThat(warning.messages()).hasSize(1);
    assertThat(e2e.api().rowCount(FakeTable.WARNINGS)).isEqualTo(1);
    assertThat(e2e.apiClient().moderationCases().list().execute())
        .singleElement()
        .satisfies(
            opened -> {
              assertThat(opened.action()).isEqualTo(ModerationCommands.WARN_ACTION);
              assertThat(opened.reason()).contains("posting invite links");
            });
  }

  @Test
  void timeoutMembersOrAdministratorIsWhatCountsAndARoleGivenLaterCountsAtOnce() throws Exception {
    assertThat(answer(warn(admin, bob, "spam")).content()).startsWith("Warned bob: spam");
    assertThat(answer(warn(discord.owner(), bob, "spam again")).content())
        .as("the server owner has every permission")
        .startsWith("Warned bob: spam again");
    assertThat(answer(warn(alice, bob, "flooding")).content())
        .as("Kick Members is not enough")
        .isEqualTo(ModerationCommands.NOT_A_MODERATOR);

    guild.giveRole(alice, moderatorRole);

    assertThat(answer(warn(alice, bob, "flooding")).content())
        .isEqualTo("Warned bob: flooding (case #3). bob now has 3 warnings here.");
  }

  @Test
  void membersWithoutThePermissionAreRefusedPrivatelyAndNothingReachesTheApi() throws Exception {
    e2e.api().clearRecordedRequests();

    BotMessage warning = answer(warn(bob, alice, "spam"));
    BotMessage cases = answer(general.invoke(bob, "cases", user("user", alice)));
    BotMessage resolve =
        answer(
            general.invoke(
                bob, "case", subcommand("resolve", integer("number", 1), string("note", "done"))));

    assertThat(List.of(warning, cases, resolve))
        .extracting(BotMessage::content)
        .containsOnly(ModerationCommands.NOT_A_MODERATOR);
    assertThat(e2e.api().recordedRequests()).isEmpty();
  }

  @Test
  void casesListsTheWarningsCasesAndCaseResolveClosesOne() throws Exception {
    answer(warn(mod, bob, "spam"));
    answer(warn(mod, bob, "posting invite links"));

    BotMessage resolved =
        answer(
            general.invoke(
                mod,
                "case",
                subcommand("resolve", integer("number", 1), string("note", "apologised"))));
    BotMessage open =
        answer(general.invoke(mod, "cases", user("user", bob), bool("open-only", true)));
    BotMessage all = answer(general.invoke(mod, "cases", user("user", bob)));
    BotMessage again =
        answer(
            general.invoke(
                mod, "case", subcommand("resolve", integer("number", 1), string("note", "twice"))));

    assertThat(resolved.content()).isEqualTo("Case #1 resolved: apologised.");
    assertThat(open.content())
        .isEqualTo(
            "bob has 2 warnings and 1 open case here:\n#2 warn: posting invite links (open)");
    assertThat(all.content().lines()).first().isEqualTo("bob has 2 warnings and 2 cases here:");
    assertThat(all.content().lines().skip(1))
        .containsExactlyInAnyOrder(
            "#2 warn: posting invite links (open)", "#1 warn: spam (resolved: apologised)");
    assertThat(again.content()).isEqualTo("Case #1 is already resolved: apologised.");
    assertThat(discord.messages().matching(message -> !message.isEphemeral())).isEmpty();
  }

  @Test
  void aWarningStoredByTheApiWhoseAnswerIsLostStillGetsTheNormalAnswer() throws Exception {
    e2e.api().faults().enqueue(Fault.dropAfterProcessing().onlyFor("POST", "/api/warnings"));

    BotMessage answer = answer(warn(mod, bob, "spam"));

    assertThat(answer.content())
        .isEqualTo("Warned bob: spam (case #1). bob now has 1 warning here.");
    assertThat(e2e.apiRequests("POST", "/api/warnings"))
        .as("the SDK looked the warning up instead of sending it again")
        .hasSize(1);
    assertThat(e2e.apiRequests("GET", "/api/warnings")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(e2e.api().rowCount(FakeTable.WARNINGS)).isEqualTo(1);
  }
}
