package dev.smarter.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.sdk.NotFoundException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.testkit.FakeSmarterDevServer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Metrics are tagged by route template: the ids a bot calls never multiply the meters. */
class CardinalityTest {
  @Test
  void tenThousandCallsToTenThousandIdsCreateOneTimer() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    int notFound = 0;
    try (FakeSmarterDevServer server = FakeSmarterDevServer.builder().build().start();
        SmarterDevClient client =
            SmarterDevClient.builder()
                .baseUrl(server.url())
                .apiKey(server.apiKey())
                .listener(SmarterDevMetrics.create(registry))
                .build()) {
      for (long id = 1; id <= 10_000; id++) {
        try {
          client.guilds().get(id).execute();
        } catch (NotFoundException e) {
          notFound++;
        }
      }
    }

    assertThat(notFound).isEqualTo(10_000);
    assertThat(registry.find(SmarterDevMetrics.CALLS).timers()).hasSize(1);
    Timer timer = registry.get(SmarterDevMetrics.CALLS).timer();
    assertThat(timer.count()).isEqualTo(10_000);
    assertThat(timer.getId().getTag("uri")).isEqualTo("/api/guilds/{id}");
    assertThat(
            registry.getMeters().stream()
                .map(Meter::getId)
                .map(Meter.Id::getName)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            SmarterDevMetrics.CALLS,
            SmarterDevMetrics.TOKEN_EXCHANGES,
            SmarterDevMetrics.PERMIT_WAITS);
  }
}
