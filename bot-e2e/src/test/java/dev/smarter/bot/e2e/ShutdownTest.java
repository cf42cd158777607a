package dev.smarter.bot.e2e;

import static dev.smarter.bot.e2e.EndToEnd.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.bot.e2e.discord.FakeChannel;
import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.bot.e2e.discord.FakeUser;
import dev.smarter.bot.e2e.discord.GatewayClosure;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Closing the bot, as its shutdown hook does, ends the gateway session and the bot's threads. */
class ShutdownTest {
  @RegisterExtension final EndToEnd e2e = new EndToEnd();

  @Test
  void closingTheBotEndsTheSessionWithANormalCloseAndLeavesNoThreadOfItsOwn() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeChannel general = discord.createGuild("Smarter Dev", List.of(alice)).general();
    Set<Thread> before = BotThreads.snapshot();
    EndToEnd.RunningBot bot = e2e.startBot();
    general.send(discord.owner(), "!sync");
    general.invoke(alice, "ping").awaitResponse(TIMEOUT);
    discord.messages().await(message -> message.content().startsWith("Sync complete"), TIMEOUT);

    bot.close();

    assertThat(discord.gatewayClosures().await(closure -> true, TIMEOUT))
        .isEqualTo(new GatewayClosure(1000, "", true));
    assertThat(discord.connectedSessions()).isZero();
    BotThreads.awaitNoneLeftSince(before, TIMEOUT);
  }
}
