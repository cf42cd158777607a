package dev.smarter.bot.e2e;

import static dev.smarter.bot.e2e.EndToEnd.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.bot.StatsCommand;
import dev.smarter.bot.e2e.discord.BotMessage;
import dev.smarter.bot.e2e.discord.FakeChannel;
import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.bot.e2e.discord.FakeInteraction;
import dev.smarter.bot.e2e.discord.FakeUser;
import dev.smarter.bot.e2e.discord.InteractionCallback;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code !stats} and {@code /stats}: the SDK's calls per API route, for the bot owner only. */
class StatsTest {
  private static final String SINCE = "SDK calls since the bot started less than a minute ago:";

  @RegisterExtension final EndToEnd e2e = new EndToEnd();

  private FakeDiscord discord;
  private FakeUser alice;
  private FakeChannel general;

  @BeforeEach
  void startTheBotInAGuildTheApiKnows() throws Exception {
    discord = e2e.discord();
    alice = discord.createUser("alice");
    general = discord.createGuild("Smarter Dev", List.of(alice)).general();
    e2e.api().seedGuild(general.guild().id(), "Smarter Dev");
    e2e.startBot();
    e2e.api().clearRecordedRequests();
  }

  @Test
  void bangStatsShowsTheOwnerTheCallsPerRouteWithoutCallingTheApiAndRefusesOthers()
      throws Exception {
    general.send(alice, "!stats");
    general.send(discord.owner(), "!stats");

    List<BotMessage> replies = discord.messages().awaitCount(message -> true, 2, TIMEOUT);
    assertThat(replies).extracting(BotMessage::channelId).containsOnly(general.id());
    assertThat(replies.get(0).content()).isEqualTo(StatsCommand.OWNER_ONLY);
    assertThat(replies.get(1).content())
        .startsWith(SINCE + "\n```\nroute ")
        .containsPattern("\\nGET /api/guilds +1 +0 +0 ")
        .containsPattern("\\nGET /api/users +1 +0 +0 ")
        .containsPattern("\\ntotal +[0-9]+ +0 +0\\n```\\n")
        .endsWith("Requests in flight now: 0.");
    assertThat(e2e.api().recordedRequests()).isEmpty();
  }

  @Test
  void slashStatsAnswersTheOwnerInTheOriginalResponseAndRefusesOthers() throws Exception {
    FakeInteraction owners = general.invoke(discord.owner(), "stats");
    FakeInteraction alices = general.invoke(alice, "stats");

    InteractionCallback ack = owners.awaitCallback(TIMEOUT);
    assertThat(ack.type()).isEqualTo(InteractionCallback.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE);
    assertThat(owners.awaitResponse(TIMEOUT).content())
        .startsWith(SINCE)
        .containsPattern("\\nGET /api/guilds +1 +0 +0 ");
    assertThat(alices.awaitResponse(TIMEOUT).content()).isEqualTo(StatsCommand.OWNER_ONLY);
    assertThat(e2e.api().recordedRequests()).isEmpty();
  }
}
