package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smarter.micrometer.SmarterDevMetrics;
import dev.smarter.sdk.NotFoundException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.testkit.FakeSmarterDevExtension;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.Fault;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeSmarterDevExtension.class)
class ApiStatsTest {
  private final MockClock meterClock = new MockClock();
  private final ApiStats stats = ApiStats.create(Clock.systemUTC(), meterClock);

  /** Records one call the way the SDK's binding does. */
  private void record(String method, String uri, String outcome, Duration duration) {
    Timer.builder(SmarterDevMetrics.CALLS)
        .tags(
            SmarterDevMetrics.METHOD, method,
            SmarterDevMetrics.URI, uri,
            SmarterDevMetrics.STATUS, outcome.equals("SUCCESS") ? "2xx" : "4xx",
            SmarterDevMetrics.OUTCOME, outcome)
        .register(stats.registry())
        .record(duration);
  }

  @Test
  void countsEachRouteOfTheClientItBuilt(FakeSmarterDevServer server) {
    try (SmarterDevClient client =
        stats.build(
            SmarterDevClient.builder()
                .baseUrl(server.url())
                .apiKey(server.apiKey())
                .sleeper(delay -> {}))) {
      server.faults().enqueue(Fault.status(503).onlyFor("GET", "/api/guilds"));
      client.guilds().list().execute();
      client.guilds().list().execute();
      for (long id = 1; id <= 3; id++) {
        try {
          client.guilds().get(id).execute();
        } catch (NotFoundException expected) {
          // counted as an error
        }
      }
    }

    List<RouteStats> routes = stats.routes();
    assertThat(routes)
        .extracting(RouteStats::route, RouteStats::calls, RouteStats::errors, RouteStats::retries)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GET /api/guilds/{id}", 3L, 3L, 0L),
            org.assertj.core.groups.Tuple.tuple("GET /api/guilds", 2L, 0L, 1L));
    assertThat(routes).allSatisfy(r -> assertThat(r.p50()).isPresent());
    assertThat(stats.requestsInFlight()).isZero();
  }

  @Test
  void percentilesOfARouteCoverAllItsTimers() {
    for (int millis = 1; millis <= 100; millis++) {
      record(
          "GET",
          "/api/guilds/{id}",
          millis % 2 == 0 ? "SUCCESS" : "CLIENT_ERROR",
          Duration.ofMillis(millis));
    }

    RouteStats route = stats.routes().get(0);

    assertThat(route.calls()).isEqualTo(100);
    assertThat(route.errors()).isEqualTo(50);
    assertThat(route.p50().orElseThrow().toNanos())
        .isCloseTo(Duration.ofMillis(50).toNanos(), Percentage.withPercentage(25));
    assertThat(route.p99().orElseThrow().toNanos())
        .isCloseTo(Duration.ofMillis(99).toNanos(), Percentage.withPercentage(25));
  }

  @Test
  void percentilesCountSinceStartNotTheLastMinutes() {
    for (int i = 0; i < 10; i++) {
      record("GET", "/api/users", "SUCCESS", Duration.ofMillis(20));
    }
    meterClock.add(Duration.ofHours(6));

    RouteStats route = stats.routes().get(0);

    assertThat(route.p50().orElseThrow().toNanos())
        .isCloseTo(Duration.ofMillis(20).toNanos(), Percentage.withPercentage(25));
  }

  @Test
  void callsLongerThanTheHighestBucketHaveNoEstimate() {
    record("POST", "/api/users/batch", "SUCCESS", Duration.ofMillis(5));
    record("POST", "/api/users/batch", "SUCCESS", Duration.ofMinutes(2));

    RouteStats route = stats.routes().get(0);

    assertThat(route.p50()).isPresent();
    assertThat(route.p99()).isEmpty();
  }

  @Test
  void routesComeBusiestFirst() {
    record("GET", "/api/users", "SUCCESS", Duration.ofMillis(1));
    record("GET", "/api/guilds", "SUCCESS", Duration.ofMillis(1));
    record("GET", "/api/guilds", "SUCCESS", Duration.ofMillis(1));

    assertThat(stats.routes())
        .extracting(RouteStats::route)
        .containsExactly("GET /api/guilds", "GET /api/users");
  }

  @Test
  void bucketsGrowByAQuarterFromAQuarterMillisecondToAMinute() {
    List<Duration> buckets = ApiStats.bucketBoundaries();

    assertThat(buckets.get(0)).isEqualTo(Duration.ofNanos(250_000));
    assertThat(buckets.get(buckets.size() - 1)).isEqualTo(ApiStats.HIGHEST_BUCKET);
    for (int i = 1; i < buckets.size() - 1; i++) {
      assertThat((double) buckets.get(i).toNanos() / buckets.get(i - 1).toNanos())
          .isCloseTo(1.25, org.assertj.core.data.Offset.offset(0.01));
    }
    assertThat(TimeUnit.NANOSECONDS.toSeconds(buckets.get(buckets.size() - 2).toNanos()))
        .isLessThan(60);
  }
}
