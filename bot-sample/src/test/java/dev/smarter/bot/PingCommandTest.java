package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeSmarterDevExtension.class)
class PingCommandTest {
  private final FakeSmarterDevServer server;
  private final PingCommand ping;
  private final List<String> replies = new ArrayList<>();

  PingCommandTest(SmarterDevClient client, FakeSmarterDevServer server) {
    this.server = server;
    this.ping = new PingCommand(client);
  }

  @Test
  void replyNamesTheGatewayLatencyAndTheApiRoundTrip() {
    ping.run(Duration.ofMillis(42), replies::add);

    assertThat(replies)
        .singleElement()
        .asString()
        .matches("Pong! Gateway latency: 42 ms, API round trip: \\d+ ms\\.");
    assertThat(server.recordedRequests())
        .extracting(r -> r.method() + " " + r.path())
        .endsWith("GET /api/guilds");
  }

  @Test
  void gatewayLatencyNotYetMeasuredIsSaidSo() {
    ping.run(Duration.ofMillis(-1), replies::add);

    assertThat(replies).singleElement().asString().contains("Gateway latency: not measured yet,");
  }

  @Test
  void anApiFailureIsReportedInTheReply() {
    server.faults().enqueue(Fault.status(400).onlyFor("GET", "/api/guilds"));

    ping.run(Duration.ofMillis(42), replies::add);

    assertThat(replies)
        .singleElement()
        .asString()
        .startsWith("Pong! Gateway latency: 42 ms, API round trip: failed (")
        .contains("GET /api/guilds failed: HTTP 400");
  }
}
