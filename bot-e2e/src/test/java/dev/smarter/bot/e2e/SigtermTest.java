package dev.smarter.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.bot.BotConfig;
import dev.smarter.bot.e2e.discord.FakeChannel;
import dev.smarter.bot.e2e.discord.FakeDiscord;
import dev.smarter.bot.e2e.discord.FakeUser;
import dev.smarter.bot.e2e.discord.GatewayClosure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot in a JVM of its own, stopped with SIGTERM as {@code docker stop} or systemd stop it: the
 * JVM's shutdown hook stops the bot gracefully and the process exits with 143, well within Docker's
 * 10 s before SIGKILL.
 */
class SigtermTest {
  /** A JVM's start, on two busy cores, comes on top of the login. */
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  @RegisterExtension final EndToEnd e2e = new EndToEnd();

  @TempDir Path logs;

  private Process process;

  @AfterEach
  void killTheBotIfTheTestFailed() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }

  @Test
  void sigtermStopsTheBotGracefullyAndTheJvmExitsWith143() throws Exception {
    FakeDiscord discord = e2e.discord();
    FakeUser alice = discord.createUser("alice");
    FakeChannel general = discord.createGuild("Smarter Dev", List.of(alice)).general();
    e2e.api().seedGuild(general.guild().id(), "Smarter Dev");
    Path out = logs.resolve("out.txt");
    Path err = logs.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                BotProcess.class.getName())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("SMARTER_DEV_"));
    environment.put(BotConfig.BOT_TOKEN, discord.botToken());
    environment.put(BotConfig.API_URL, e2e.api().url());
    environment.put(BotConfig.API_KEY, e2e.api().apiKey());
    environment.put(
        BotProcess.PROXY_PORT,
        Integer.toString(((InetSocketAddress) discord.proxy().address()).getPort()));
    process = builder.start();

    Await.until(
        () -> read(out).contains("Logged in as "),
        START_TIMEOUT,
        () -> "the startup line; output:\n" + read(out) + read(err));
    general.send(alice, "!ping");
    discord.messages().await(message -> message.content().startsWith("Pong!"), EndToEnd.TIMEOUT);

    process.destroy();

    assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("exited within 10 s").isTrue();
    assertThat(process.exitValue()).isEqualTo(143);
    assertThat(read(out))
        .contains("Shutting down: syncs stop between batches, commands finish")
        .contains("Running syncs and commands finished")
        .contains("Shut down cleanly")
        .doesNotContain(discord.botToken());
    assertThat(read(err)).isEmpty();
    assertThat(discord.gatewayClosures().all()).containsExactly(new GatewayClosure(1000, "", true));
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
