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
  /**
   * Javacord 3.8's daemon threads that outlive a closed client by design: they wait up to 60 s on
   * their queues before they notice the shutdown. They do not keep the JVM alive.
   */
  private static final Set<String> JAVACORD_LINGERING_DAEMONS =
      Set.of(
          "Javacord - Request Server Members Queue Consumer",
          "Javacord - Web Socket Frame Sender",
          "Javacord - Central Daemon Scheduler");

  @RegisterExtension final EndToEnd e2e = new EndToEnd();

  @Test
  void closingTheBotEndsTheSessionWithANormalCloseAndLeavesNoThreadOfItsOwn() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeChannel general = discord.createGuild("Smarter Dev", List.of(alice)).general();
    Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    EndToEnd.RunningBot bot = e2e.startBot();
    general.send(discord.owner(), "!sync");
    general.invoke(alice, "ping").awaitResponse(TIMEOUT);
    discord.messages().await(message -> message.content().startsWith("Sync complete"), TIMEOUT);

    bot.close();

    assertThat(discord.gatewayClosures().await(closure -> true, TIMEOUT))
        .isEqualTo(new GatewayClosure(1000, "", true));
    assertThat(discord.connectedSessions()).isZero();
    Await.until(
        () -> botThreadsStartedSince(before).isEmpty(),
        TIMEOUT,
        () -> "the bot's threads to end; still running: " + botThreadsStartedSince(before));
  }

  /**
   * Threads started since {@code before} that still run and belong to the bot: every non-daemon
   * thread (it would keep the JVM alive), and the bot's and Javacord's daemon threads but the
   * lingering ones above. The fakes' server threads and the JVM's shared daemon pools (OkHttp,
   * Okio, the common pool) are not the bot's.
   */
  private static List<String> botThreadsStartedSince(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread) && thread.isAlive())
        .filter(thread -> !thread.getName().startsWith("MockWebServer"))
        .filter(thread -> !thread.getName().startsWith("fake-smarter-dev"))
        .filter(thread -> !thread.isDaemon() || isBotOrJavacord(thread.getName()))
        .map(thread -> thread.getName() + (thread.isDaemon() ? " (daemon)" : ""))
        .sorted()
        .toList();
  }

  private static boolean isBotOrJavacord(String name) {
    if (JAVACORD_LINGERING_DAEMONS.stream().anyMatch(name::startsWith)) {
      return false;
    }
    return name.startsWith("Javacord") || name.startsWith("bot-");
  }
}
