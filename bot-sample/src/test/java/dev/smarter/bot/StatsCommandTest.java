package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.micrometer.SmarterDevMetrics;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.Fault;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeSmarterDevExtension.class)
class StatsCommandTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
  private final ApiStats stats = ApiStats.create(clock);
  private final StatsCommand command = new StatsCommand(stats, clock);
  private final List<String> replies = new ArrayList<>();

  @Test
  void anyoneButTheOwnerIsRefusedAndNothingIsSent(FakeSmarterDevServer server) {
    command.run(false, replies::add);

    assertThat(replies).containsExactly(StatsCommand.OWNER_ONLY);
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void beforeAnyCallTheOwnerIsToldSo() {
    command.run(true, replies::add);

    assertThat(replies)
        .containsExactly("SDK calls since the bot started less than a minute ago: none yet.");
  }

  @Test
  void tableShowsCallsErrorsRetriesAndPercentilesPerRoute(FakeSmarterDevServer server) {
    try (SmarterDevClient client =
        stats.build(
            SmarterDevClient.builder()
                .baseUrl(server.url())
                .apiKey(server.apiKey())
                .sleeper(delay -> {}))) {
      server.faults().enqueue(Fault.status(503).onlyFor("GET", "/api/guilds"));
      client.guilds().list().execute();
      client.guilds().list().execute();
      server.faults().failNext(3, 503);
      try {
        client.users().list().execute();
      } catch (RuntimeException expected) {
        // a server error after two retries
      }
    }
    clock.advance(Duration.ofMinutes(125));

    command.run(true, replies::add);

    String latency = "\\d+(\\.\\d)? m?s";
    assertThat(replies)
        .singleElement()
        .asString()
        .startsWith("SDK calls since the bot started 2 hours 5 minutes ago:\n```\n")
        .containsPattern("\nroute +calls errors retries +p50 +p99\n")
        .containsPattern("\nGET /api/guilds +2 +0 +1 +" + latency + " +" + latency + "\n")
        .containsPattern("\nGET /api/users +1 +1 +2 +" + latency + " +" + latency + "\n")
        .containsPattern("\ntotal +3 +1 +3\n```\n")
        .endsWith("Requests in flight now: 0.");
  }

  @Test
  void aTableOfManyRoutesFitsOneDiscordMessage() {
    for (int i = 0; i < 80; i++) {
      Timer.builder(SmarterDevMetrics.CALLS)
          .tags(
              SmarterDevMetrics.METHOD, "GET",
              SmarterDevMetrics.URI, "/api/some/rather/long/route/number/" + i + "/{id}",
              SmarterDevMetrics.STATUS, "2xx",
              SmarterDevMetrics.OUTCOME, "SUCCESS")
          .register(stats.registry())
          .record(Duration.ofMillis(i + 1));
    }

    String report = command.report();

    assertThat(report.length()).isLessThanOrEqualTo(StatsCommand.MESSAGE_LIMIT);
    assertThat(report).containsPattern("\n\\((\\d+) more routes\\) +\\d+ +0 +0\n");
    assertThat(report).containsPattern("\ntotal +80 +0 +0\n");
  }
}
