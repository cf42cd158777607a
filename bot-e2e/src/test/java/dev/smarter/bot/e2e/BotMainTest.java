package dev.smarter.bot.e2e;

import static dev.smarter.bot.e2e.EndToEnd.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.bot.BotConfig;
import dev.smarter.bot.BotMain;
import dev.smarter.bot.e2e.discord.BotMessage;
import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.bot.e2e.discord.FakeGuild;
import dev.smarter.bot.e2e.discord.FakeUser;
import dev.smarter.bot.e2e.discord.GatewayClosure;
import dev.smarter.bot.e2e.discord.GatewayCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real entry point, {@link BotMain#run}, with its settings from environment variables, on a
 * {@link BotMain.Platform} whose only differences from a normal process are the proxy to the fake
 * and that the test, not the JVM, starts the graceful stop that SIGTERM starts.
 */
class BotMainTest {
  @RegisterExtension final EndToEnd e2e = new EndToEnd();

  @Test
  void runReadsItsShardFromTheEnvironmentAnswersThenStopsGracefullyAndReturnsZero()
      throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeGuild shardOne = discord.createGuildOnShard("Shard One", List.of(alice), 1, 2);
    FakeGuild shardZero = discord.createGuildOnShard("Shard Zero", List.of(alice), 0, 2);
    e2e.api().seedGuild(shardOne.id(), "Shard One");
    e2e.api().seedGuild(shardZero.id(), "Shard Zero");
    Map<String, String> environment =
        Map.of(
            BotConfig.BOT_TOKEN, discord.botToken(),
            BotConfig.API_URL, e2e.api().url(),
            BotConfig.API_KEY, e2e.api().apiKey(),
            BotConfig.SHARDS, "2",
            BotConfig.SHARD, "1");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<Thread> stops = new CopyOnWriteArrayList<>();
    Set<Thread> before = BotThreads.snapshot();
    FutureTask<Integer> main =
        new FutureTask<>(
            () ->
                BotMain.run(
                    new String[0],
                    environment,
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    new BotMain.Platform(discord.javacordCustomizer(), stops::add)));
    new Thread(main, "main-under-test").start();

    Await.until(() -> !text(out).isEmpty(), TIMEOUT, () -> "the startup line, error: " + text(err));
    assertThat(text(out))
        .isEqualTo(
            "Logged in as "
                + discord.bot().username()
                + "#"
                + discord.bot().discriminator()
                + " in 1 servers (shard 1 of 2). Stop with Ctrl+C or SIGTERM: the bot shuts down"
                + " gracefully."
                + System.lineSeparator());
    assertThat(discord.gatewayCommands().matching(c -> c.op() == GatewayCommand.IDENTIFY))
        .singleElement()
        .satisfies(
            identify -> assertThat(identify.fields()).containsEntry("shard", List.of(1.0, 2.0)));
    assertThat(discord.commandRegistrations().all())
        .as("the process running shard 0 registers the slash commands")
        .isEmpty();
    shardOne.general().send(alice, "!ping");
    BotMessage pong = discord.messages().await(message -> true, TIMEOUT);
    assertThat(pong.channelId()).isEqualTo(shardOne.general().id());
    assertThat(pong.content()).startsWith("Pong! Gateway latency: ");
    assertThat(stops)
        .singleElement()
        .satisfies(
            stop -> {
              assertThat(stop.getName()).isEqualTo(BotMain.SHUTDOWN_THREAD);
              assertThat(stop.getState()).isEqualTo(Thread.State.NEW);
            });
    assertThat(main.isDone()).isFalse();

    stops.get(0).start();

    assertThat(main.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(BotMain.EXIT_OK);
    assertThat(discord.gatewayClosures().all()).containsExactly(new GatewayClosure(1000, "", true));
    assertThat(text(err)).isEmpty();
    BotThreads.awaitNoneLeftSince(before, TIMEOUT);
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}
