package dev.smarter.bot;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.SmarterDevException;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code !ping}: replies with the Discord gateway latency and the round trip of a cheap API call
 * ({@code GET /api/guilds}, a short list: the guilds the bot is in). Thread-safe.
 */
public final class PingCommand {
  private static final Logger log = LoggerFactory.getLogger(PingCommand.class);

  private final SmarterDevClient client;

  /**
   * Creates the command.
   *
   * @param client the SDK client whose round trip is measured
   */
  public PingCommand(SmarterDevClient client) {
    this.client = Objects.requireNonNull(client, "client == null");
  }

  /**
   * Measures the API round trip and posts one reply naming both latencies. An API failure is
   * reported in the reply, not thrown.
   *
   * @param gatewayLatency the latest gateway heartbeat latency; zero or negative when Discord has
   *     not measured it yet
   * @param replies where the reply goes
   */
  public void run(Duration gatewayLatency, Replies replies) {
    Objects.requireNonNull(gatewayLatency, "gatewayLatency == null");
    Objects.requireNonNull(replies, "replies == null");
    String gateway =
        gatewayLatency.isNegative() || gatewayLatency.isZero()
            ? "not measured yet"
            : Texts.millis(gatewayLatency);
    String api;
    long start = System.nanoTime();
    try {
      client.guilds().list().execute();
      api = Texts.millis(Duration.ofNanos(System.nanoTime() - start));
    } catch (SmarterDevException e) {
      log.warn("Ping could not reach the API: {}", e.getMessage());
      api = "failed (" + e.getMessage() + ")";
    }
    replies.post("Pong! Gateway latency: " + gateway + ", API round trip: " + api + ".");
  }
}
