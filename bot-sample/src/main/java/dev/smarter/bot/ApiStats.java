package dev.smarter.bot;

import dev.smarter.micrometer.CallOutcome;
import dev.smarter.micrometer.SmarterDevMetrics;
import dev.smarter.sdk.SmarterDevClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The SDK's metrics of this bot since it started: a {@link SimpleMeterRegistry} fed by the {@code
 * smarter-dev-micrometer} binding of the bot's SDK client, read back per route for {@code /stats}.
 *
 * <p>Percentiles: the call timers get fixed bucket boundaries ({@link #bucketBoundaries()}, each
 * 1.25 times the one before, from 0.25 ms to {@link #HIGHEST_BUCKET}) that count since start. The
 * p50 and p99 of a route are estimated from the bucket counts of all its timers (one per status and
 * outcome) added up, by linear interpolation inside the bucket that holds the percentile, so they
 * are within a quarter of the true value. Two simpler settings would not do: Micrometer's
 * percentile histograms are not kept by a {@code SimpleMeterRegistry} (they serve backends that
 * aggregate them), and the percentiles a timer publishes itself cannot be combined across the
 * timers of a route; both also forget what is older than two minutes by default. Thread-safe.
 */
public final class ApiStats {
  /** The highest bucket boundary: longer calls count as longer than this. */
  public static final Duration HIGHEST_BUCKET = Duration.ofSeconds(60);

  private static final Duration LOWEST_BUCKET = Duration.ofNanos(250_000);
  private static final double BUCKET_GROWTH = 1.25;
  private static final Duration SINCE_START = Duration.ofDays(36_500);
  private static final double[] BOUNDARIES_NANOS = boundaries();

  private final SimpleMeterRegistry registry;
  private final SmarterDevMetrics metrics;
  private final Instant started;

  private ApiStats(Clock clock, io.micrometer.core.instrument.Clock meterClock) {
    this.registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, meterClock);
    registry.config().meterFilter(new CallBuckets());
    this.metrics = SmarterDevMetrics.create(registry);
    this.started = clock.instant();
  }

  /**
   * Creates empty stats, started now.
   *
   * @return stats that no client reports to yet
   */
  public static ApiStats create() {
    return create(Clock.systemUTC());
  }

  /**
   * Creates empty stats, started at {@code clock}'s now.
   *
   * @param clock the clock whose now is the start
   * @return stats that no client reports to yet
   */
  public static ApiStats create(Clock clock) {
    return create(clock, io.micrometer.core.instrument.Clock.SYSTEM);
  }

  /** For tests: with the clock the meters age by. */
  static ApiStats create(Clock clock, io.micrometer.core.instrument.Clock meterClock) {
    return new ApiStats(
        Objects.requireNonNull(clock, "clock == null"),
        Objects.requireNonNull(meterClock, "meterClock == null"));
  }

  /**
   * Builds the SDK client whose calls these stats count: the builder gets the metrics listener, and
   * the client's requests in flight are watched. Call it once.
   *
   * @param builder the configured builder
   * @return the client
   * @throws IllegalStateException if a client was built already, or by {@link
   *     SmarterDevClient.Builder#build()}
   */
  public SmarterDevClient build(SmarterDevClient.Builder builder) {
    SmarterDevClient client = builder.listener(metrics).build();
    metrics.monitor(client);
    return client;
  }

  /**
   * Returns when the stats started.
   *
   * @return the start
   */
  public Instant started() {
    return started;
  }

  /**
   * Returns the registry the binding records into.
   *
   * @return the registry
   */
  public MeterRegistry registry() {
    return registry;
  }

  /**
   * Returns the requests the client has in flight now.
   *
   * @return 0 when no client was built yet
   */
  public long requestsInFlight() {
    Gauge gauge = registry.find(SmarterDevMetrics.REQUESTS_IN_FLIGHT).gauge();
    return gauge == null ? 0 : Math.round(gauge.value());
  }

  /**
   * Reads every route called so far, busiest first.
   *
   * @return one entry per route with at least one call
   */
  public List<RouteStats> routes() {
    Map<String, Route> routes = new TreeMap<>();
    for (Timer timer : registry.find(SmarterDevMetrics.CALLS).timers()) {
      routes.computeIfAbsent(route(timer), Route::new).add(timer);
    }
    for (Counter counter : registry.find(SmarterDevMetrics.RETRIES).counters()) {
      Route route = routes.get(route(counter));
      if (route != null) {
        route.retries += (long) counter.count();
      }
    }
    List<RouteStats> result = new ArrayList<>();
    for (Route route : routes.values()) {
      if (route.calls > 0) {
        result.add(route.stats());
      }
    }
    result.sort(Comparator.comparingLong(RouteStats::calls).reversed());
    return result;
  }

  /**
   * Returns the bucket boundaries of the call timers.
   *
   * @return the boundaries, ascending
   */
  static List<Duration> bucketBoundaries() {
    List<Duration> result = new ArrayList<>();
    for (double nanos : BOUNDARIES_NANOS) {
      result.add(Duration.ofNanos((long) nanos));
    }
    return result;
  }

  private static double[] boundaries() {
    List<Double> nanos = new ArrayList<>();
    double boundary = LOWEST_BUCKET.toNanos();
    while (boundary < HIGHEST_BUCKET.toNanos()) {
      nanos.add((double) TimeUnit.MICROSECONDS.toNanos(Math.round(boundary / 1_000)));
      boundary *= BUCKET_GROWTH;
    }
    nanos.add((double) HIGHEST_BUCKET.toNanos());
    return nanos.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static String route(Meter meter) {
    return meter.getId().getTag(SmarterDevMetrics.METHOD)
        + " "
        + meter.getId().getTag(SmarterDevMetrics.URI);
  }

  /**
   * Estimates the {@code q} quantile of {@code total} values from cumulative bucket counts, by
   * linear interpolation in the bucket that holds it.
   *
   * @return empty when the quantile is above the highest boundary
   */
  static Optional<Duration> quantile(double q, long total, double[] cumulative) {
    double rank = q * total;
    double lowerBound = 0;
    double lowerCount = 0;
    for (int i = 0; i < BOUNDARIES_NANOS.length; i++) {
      if (cumulative[i] >= rank && cumulative[i] > lowerCount) {
        double fraction = (rank - lowerCount) / (cumulative[i] - lowerCount);
        double nanos = lowerBound + (BOUNDARIES_NANOS[i] - lowerBound) * fraction;
        return Optional.of(Duration.ofNanos(Math.round(nanos)));
      }
      lowerBound = BOUNDARIES_NANOS[i];
      lowerCount = cumulative[i];
    }
    return Optional.empty();
  }

  /** The sums of one route's timers. */
  private static final class Route {
    final String name;
    final double[] cumulative = new double[BOUNDARIES_NANOS.length];
    long calls;
    long errors;
    long retries;

    Route(String name) {
      this.name = name;
    }

    void add(Timer timer) {
      HistogramSnapshot snapshot = timer.takeSnapshot();
      calls += snapshot.count();
      if (!CallOutcome.SUCCESS.name().equals(timer.getId().getTag(SmarterDevMetrics.OUTCOME))) {
        errors += snapshot.count();
      }
      for (CountAtBucket bucket : snapshot.histogramCounts()) {
        int index = Arrays.binarySearch(BOUNDARIES_NANOS, bucket.bucket());
        if (index >= 0) {
          cumulative[index] += bucket.count();
        }
      }
    }

    RouteStats stats() {
      return new RouteStats(
          name,
          calls,
          errors,
          retries,
          quantile(0.5, calls, cumulative),
          quantile(0.99, calls, cumulative));
    }
  }

  /** Gives the call timers the bucket boundaries, counting since start. */
  private static final class CallBuckets implements MeterFilter {
    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
      if (!id.getName().equals(SmarterDevMetrics.CALLS)) {
        return config;
      }
      return DistributionStatisticConfig.builder()
          .serviceLevelObjectives(BOUNDARIES_NANOS)
          .expiry(SINCE_START)
          .bufferLength(1)
          .build()
          .merge(config);
    }
  }
}
