package dev.smarter.bot.e2e;

import static dev.smarter.bot.e2e.EndToEnd.TIMEOUT;
import static dev.smarter.bot.e2e.discord.SlashOption.integer;
import static dev.smarter.bot.e2e.discord.SlashOption.string;
import static dev.smarter.bot.e2e.discord.SlashOption.subcommand;
import static dev.smarter.bot.e2e.discord.SlashOption.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.bot.e2e.discord.BotMessage;
import dev.smarter.bot.e2e.discord.FakeChannel;
import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.bot.e2e.discord.FakeGuild;
import dev.smarter.bot.e2e.discord.FakeInteraction;
import dev.smarter.bot.e2e.discord.FakeUser;
import dev.smarter.bot.e2e.discord.InteractionCallback;
import dev.smarter.bot.e2e.discord.RoleChange;
import dev.smarter.bot.e2e.discord.SlashOption;
import dev.smarter.sdk.model.NewBytesRole;
import dev.smarter.testkit.FakeTable;
import dev.smarter.testkit.SeededGuild;
import dev.smarter.testkit.SeededUser;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /bytes send}, {@code read} and {@code heap} as members use them: the giver's answers are
 * ephemeral, the channel sees the transfer, earned roles are given in Discord with the role {@code
 * PUT}. The API knows the guild, and alice has 500 bytes to give.
 */
class BytesTest {
  private static final String AUDIT_REASON = "Earned with bytes (Smarter Dev)";

  @RegisterExtension final EndToEnd e2e = new EndToEnd();

  private FakeDiscord discord;
  private FakeUser alice;
  private FakeUser bob;
  private FakeUser carol;
  private FakeGuild guild;
  private FakeChannel general;
  private SeededGuild guildRow;
  private SeededUser aliceRow;

  @BeforeEach
  void startTheBotWithAliceFunded() throws Exception {
    discord = e2e.discord();
    alice = discord.createUser("alice");
    bob = discord.createUser("bob");
    carol = discord.createUser("carol");
    guild = discord.createGuild("Smarter Dev", List.of(alice, bob, carol));
    general = guild.general();
    guildRow = e2e.api().seedGuild(guild.id(), "Smarter Dev");
    aliceRow = e2e.api().seedUser(alice.id(), "alice");
    e2e.api().setBytesBalance(aliceRow.id(), 500);
    e2e.startBot();
  }

  private FakeInteraction send(FakeUser giver, FakeUser receiver, long amount, String... reason) {
    SlashOption[] options =
        reason.length == 0
            ? new SlashOption[] {user("user", receiver), integer("amount", amount)}
            : new SlashOption[] {
              user("user", receiver), integer("amount", amount), string("reason", reason[0])
            };
    return general.invoke(giver, "bytes", subcommand("send", options));
  }

  private void bytesRole(long discordRoleId, String name, long required) {
    e2e.apiClient()
        .bytes()
        .createRole(
            NewBytesRole.builder()
                .guildId(guildRow.id())
                .roleId(discordRoleId)
                .roleName(name)
                .bytesRequired(required)
                .build())
        .execute();
  }

  @Test
  void sendConfirmsToTheGiverPrivatelyAndTellsTheChannelWithTheReason() throws Exception {
    FakeInteraction send = send(alice, bob, 40, "fixed the flaky build");

    InteractionCallback ack = send.awaitCallback(TIMEOUT);
    assertThat(ack.type()).isEqualTo(InteractionCallback.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE);
    assertThat(ack.isEphemeral()).isTrue();
    BotMessage confirmation = send.awaitResponse(TIMEOUT);
    assertThat(confirmation.isEphemeral()).isTrue();
    assertThat(confirmation.content())
        .isEqualTo("You sent 40 bytes to bob. Your balance: 460 bytes.");
    BotMessage announcement = send.awaitFollowups(1, TIMEOUT).get(0);
    assertThat(announcement.isEphemeral()).isFalse();
    assertThat(announcement.channelId()).isEqualTo(general.id());
    assertThat(announcement.content())
        .isEqualTo(
            bob.mention()
                + " received 40 bytes from alice (balance: 40 bytes). Reason: fixed the flaky"
                + " build");
    assertThat(e2e.api().bytesBalance(aliceRow.id())).isEqualTo(460);
    assertThat(e2e.apiClient().bytes().list().execute())
        .singleElement()
        .satisfies(
            award -> {
              assertThat(award.amount()).isEqualTo(40);
              assertThat(award.reason()).contains("fixed the flaky build");
            });
  }

  @Test
  void earnedRolesAreAddedToTheMemberInDiscordAndAnnouncedOnce() throws Exception {
    long helper = guild.createRole("Helper");
    long expert = guild.createRole("Expert");
    bytesRole(helper, "Helper", 30);
    bytesRole(expert, "Expert", 60);
    SeededUser carolRow = e2e.api().seedUser(carol.id(), "carol");
    e2e.api().setBytesBalance(carolRow.id(), 500);

    List<BotMessage> first = send(alice, bob, 40).awaitFollowups(2, TIMEOUT);

    assertThat(first.get(1).content()).isEqualTo(bob.mention() + " earned the Helper role!");
    assertThat(first.get(1).isEphemeral()).isFalse();
    assertThat(discord.roleChanges().all())
        .containsExactly(new RoleChange(guild.id(), bob.id(), helper, true, AUDIT_REASON));
    assertThat(guild.roles(bob)).containsExactly(helper);

    List<BotMessage> second = send(carol, bob, 30).awaitFollowups(2, TIMEOUT);

    assertThat(second.get(0).content())
        .isEqualTo(bob.mention() + " received 30 bytes from carol (balance: 70 bytes).");
    assertThat(second.get(1).content())
        .as("Helper, held since the first send, is neither given nor announced again")
        .isEqualTo(bob.mention() + " earned the Expert role!");
    assertThat(discord.roleChanges().all())
        .extracting(RoleChange::roleId)
        .containsExactly(helper, expert);
    assertThat(guild.roles(bob)).containsExactlyInAnyOrder(helper, expert);
  }

  @Test
  void sendsToYourselfToABotAboveTheMaximumOrBeyondTheBalanceAreRefusedPrivately()
      throws Exception {
    SeededUser carolRow = e2e.api().seedUser(carol.id(), "carol");
    e2e.api().setBytesBalance(carolRow.id(), 30);

    BotMessage self = send(alice, alice, 5).awaitResponse(TIMEOUT);
    BotMessage toTheBot = send(alice, discord.bot(), 5).awaitResponse(TIMEOUT);
    BotMessage aboveMaximum = send(alice, bob, 51).awaitResponse(TIMEOUT);
    BotMessage beyondBalance = send(carol, bob, 35).awaitResponse(TIMEOUT);

    assertThat(List.of(self, toTheBot, aboveMaximum, beyondBalance))
        .allMatch(BotMessage::isEphemeral)
        .extracting(BotMessage::content)
        .containsExactly(
            "You can't send bytes to yourself: pick someone who helped you.",
            "Bots don't collect bytes: send them to a person.",
            "You can send at most 50 bytes at a time in this server.",
            "Your balance is 30 bytes: not enough to send 35 bytes.");
    assertThat(e2e.apiRequests("POST", "/api/bytes"))
        .as("only the send within the limits reached the give endpoint")
        .singleElement()
        .satisfies(give -> assertThat(give.body()).contains("\"amount\":35"));
    assertThat(e2e.api().rowCount(FakeTable.BYTES)).isZero();
    assertThat(discord.messages().matching(message -> !message.isEphemeral())).isEmpty();
  }

  @Test
  void aSecondSendDuringTheCooldownSaysWhenInHoursAndMinutes() throws Exception {
    send(alice, bob, 10).awaitFollowups(1, TIMEOUT);

    BotMessage refusal = send(alice, carol, 10).awaitResponse(TIMEOUT);

    assertThat(refusal.isEphemeral()).isTrue();
    assertThat(refusal.content())
        .isEqualTo("You sent bytes recently: you can send again in 23 hours 59 minutes.");
    assertThat(e2e.api().rowCount(FakeTable.BYTES)).isEqualTo(1);
  }

  @Test
  void readShowsAMembersBalanceEarnedRolesAndTheNextRolePublicly() throws Exception {
    long helper = guild.createRole("Helper");
    long expert = guild.createRole("Expert");
    bytesRole(helper, "Helper", 30);
    bytesRole(expert, "Expert", 100);
    send(alice, bob, 40).awaitFollowups(2, TIMEOUT);

    FakeInteraction read = general.invoke(carol, "bytes", subcommand("read", user("user", bob)));
    FakeInteraction own = general.invoke(carol, "bytes", subcommand("read"));

    assertThat(read.awaitCallback(TIMEOUT).isEphemeral()).isFalse();
    BotMessage bobs = read.awaitResponse(TIMEOUT);
    assertThat(bobs.isEphemeral()).isFalse();
    assertThat(bobs.content())
        .isEqualTo(
            "bob has 40 bytes (received 40 bytes, sent 0 bytes in this server). Roles earned:"
                + " Helper. Next role: Expert at 100 bytes, 60 bytes to go.");
    assertThat(own.awaitResponse(TIMEOUT).content())
        .isEqualTo(
            "carol has 0 bytes (received 0 bytes, sent 0 bytes in this server). Roles earned:"
                + " none yet. Next role: Helper at 30 bytes, 30 bytes to go.");
  }

  @Test
  void heapShowsTheLeaderboardHighestBalanceFirst() throws Exception {
    send(alice, bob, 40).awaitFollowups(1, TIMEOUT);

    FakeInteraction heap = general.invoke(carol, "bytes", subcommand("heap"));
    FakeInteraction top1 = general.invoke(carol, "bytes", subcommand("heap", integer("limit", 1)));

    BotMessage board = heap.awaitResponse(TIMEOUT);
    assertThat(board.isEphemeral()).isFalse();
    assertThat(board.content())
        .isEqualTo(
            "Bytes leaderboard of Smarter Dev (top 2):\n1. alice: 460 bytes\n2. bob: 40 bytes");
    assertThat(top1.awaitResponse(TIMEOUT).content())
        .isEqualTo("Bytes leaderboard of Smarter Dev (top 1):\n1. alice: 460 bytes");
  }
}
