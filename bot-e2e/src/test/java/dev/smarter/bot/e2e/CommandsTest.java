package dev.smarter.bot.e2e;

import static dev.smarter.bot.e2e.EndToEnd.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.bot.SyncCommand;
import dev.smarter.bot.e2e.discord.BotMessage;
import dev.smarter.bot.e2e.discord.FakeChannel;
import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.bot.e2e.discord.FakeInteraction;
import dev.smarter.bot.e2e.discord.FakeUser;
import dev.smarter.bot.e2e.discord.InteractionCallback;
import dev.smarter.testkit.FakeTable;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code !ping}, {@code /ping}, {@code !sync} and {@code /sync} as members of a guild use them. */
class CommandsTest {
  private static final Pattern PONG =
      Pattern.compile("Pong! Gateway latency: \\d+ ms, API round trip: \\d+ ms\\.");

  @RegisterExtension final EndToEnd e2e = new EndToEnd();

  /**
   * The API knows the guild, as after an earlier sync: the bot does not sync it at start (it syncs
   * guilds the API does not know), so a test's commands are the only syncs.
   */
  private void knownToTheApi(FakeChannel channel) {
    e2e.api().seedGuild(channel.guild().id(), channel.guild().name());
  }

  @Test
  void bangPingRepliesInTheChannelWithTheGatewayLatencyAndTheApiRoundTrip() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeChannel general = discord.createGuild("Smarter Dev", List.of(alice)).general();
    e2e.startBot();

    general.send(alice, "!ping");

    BotMessage reply = discord.messages().await(message -> true, TIMEOUT);
    assertThat(reply.kind()).isEqualTo(BotMessage.Kind.CHANNEL_MESSAGE);
    assertThat(reply.channelId()).isEqualTo(general.id());
    assertThat(reply.content()).matches(PONG);
  }

  @Test
  void slashPingIsAcknowledgedAtOnceThenAnsweredInTheOriginalResponse() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeChannel general = discord.createGuild("Smarter Dev", List.of(alice)).general();
    e2e.startBot();

    FakeInteraction ping = general.invoke(alice, "ping");

    InteractionCallback ack = ping.awaitCallback(TIMEOUT);
    assertThat(ack.type()).isEqualTo(InteractionCallback.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE);
    assertThat(ack.isEphemeral()).isFalse();
    assertThat(ack.afterCreate()).isLessThan(FakeDiscord.INTERACTION_DEADLINE);
    BotMessage response = ping.awaitResponse(TIMEOUT);
    assertThat(response.kind()).isEqualTo(BotMessage.Kind.ORIGINAL_RESPONSE_EDIT);
    assertThat(response.content()).matches(PONG);
    assertThat(ping.messages()).containsExactly(response);
  }

  @Test
  void bangSyncByTheOwnerSyncsTheGuildWithProgressEveryFiveBatchesAndASummary() throws Exception {
    FakeDiscord discord = e2e.discord();
    List<FakeUser> members = discord.createUsers("member", 598);
    FakeChannel general = discord.createGuild("Smarter Dev", members).general();
    knownToTheApi(general);
    e2e.startBot();

    general.send(discord.owner(), "!sync");

    List<BotMessage> replies = discord.messages().awaitCount(message -> true, 4, TIMEOUT);
    assertThat(replies).extracting(BotMessage::channelId).containsOnly(general.id());
    assertThat(replies.get(0).content())
        .isEqualTo("Syncing Smarter Dev and its 599 members in batches of 100...");
    assertThat(replies.get(1).content()).isEqualTo("Batch 5/6 done: 500/599 users sent.");
    assertThat(replies.get(2).content()).isEqualTo("Batch 6/6 done: 599/599 users sent.");
    assertThat(replies.get(3).content())
        .startsWith("Sync complete for Smarter Dev in ")
        .endsWith(
            ": 599 members, 599 created, 0 updated, 0 unchanged, 0 failed"
                + " (guild unchanged, 1 bots skipped).");
    assertThat(e2e.api().rowCount(FakeTable.USERS)).isEqualTo(599);
    assertThat(e2e.apiRequests("POST", "/api/users/batch")).hasSize(6);
  }

  @Test
  void bangSyncByAnyoneButTheOwnerIsRefusedAndChangesNothing() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeChannel general = discord.createGuild("Smarter Dev", List.of(alice)).general();
    knownToTheApi(general);
    e2e.startBot();

    general.send(alice, "!sync");

    BotMessage reply = discord.messages().await(message -> true, TIMEOUT);
    assertThat(reply.content()).isEqualTo(SyncCommand.OWNER_ONLY);
    assertThat(e2e.apiWrites()).isEmpty();
  }

  @Test
  void slashSyncByTheOwnerAnswersInTheOriginalResponseThenInFollowUps() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeChannel general = discord.createGuild("Smarter Dev", List.of(alice)).general();
    knownToTheApi(general);
    e2e.startBot();

    FakeInteraction sync = general.invoke(discord.owner(), "sync");

    assertThat(sync.awaitCallback(TIMEOUT).type())
        .isEqualTo(InteractionCallback.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE);
    assertThat(sync.awaitResponse(TIMEOUT).content())
        .isEqualTo("Syncing Smarter Dev and its 2 members in batches of 100...");
    List<BotMessage> followups = sync.awaitFollowups(2, TIMEOUT);
    assertThat(followups.get(0).content()).isEqualTo("Batch 1/1 done: 2/2 users sent.");
    assertThat(followups.get(1).content())
        .startsWith("Sync complete for Smarter Dev in ")
        .endsWith(
            ": 2 members, 2 created, 0 updated, 0 unchanged, 0 failed (guild unchanged, 1 bots"
                + " skipped).");
    assertThat(followups).noneMatch(BotMessage::isEphemeral);
    assertThat(e2e.api().rowCount(FakeTable.USERS)).isEqualTo(2);
  }

  @Test
  void slashSyncByAnyoneButTheOwnerIsRefusedInTheOriginalResponse() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeChannel general = discord.createGuild("Smarter Dev", List.of(alice)).general();
    knownToTheApi(general);
    e2e.startBot();

    FakeInteraction sync = general.invoke(alice, "sync");

    assertThat(sync.awaitResponse(TIMEOUT).content()).isEqualTo(SyncCommand.OWNER_ONLY);
    assertThat(e2e.apiWrites()).isEmpty();
  }

  @Test
  void messagesFromOtherBotsAreNotCommands() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeUser otherBot = discord.createBotUser("otherbot");
    FakeChannel general = discord.createGuild("Smarter Dev", List.of(alice, otherBot)).general();
    e2e.startBot();

    general.send(otherBot, "!ping");
    general.send(alice, "!ping");
    general.send(alice, "!sync");

    // Javacord hands a guild's events to the listeners one at a time, in order, and !ping answers
    // inside the listener: once the answer to the last message is posted, both !ping were handled.
    discord.messages().await(message -> message.content().equals(SyncCommand.OWNER_ONLY), TIMEOUT);
    assertThat(discord.messages().all())
        .extracting(BotMessage::content)
        .hasSize(2)
        .first()
        .matches(PONG.asPredicate());
  }
}
