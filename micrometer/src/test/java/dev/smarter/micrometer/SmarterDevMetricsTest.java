package dev.smarter.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.smarter.sdk.NotFoundException;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.ServerException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.UpsertOptions;
import dev.smarter.sdk.model.Guild;
import dev.smarter.sdk.model.NewGuild;
import dev.smarter.sdk.model.NewUser;
import dev.smarter.sdk.model.NewWarning;
import dev.smarter.testkit.FakeSmarterDevServer;
import dev.smarter.testkit.Fault;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The meters and tags after a scripted run against the testkit's fake server with faults. */
class SmarterDevMetricsTest {
  private static final Tag CLIENT = Tag.of("client", "test");

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private FakeSmarterDevServer server;
  private SmarterDevClient client;

  @BeforeEach
  void start() {
    server = FakeSmarterDevServer.builder().build().start();
    SmarterDevMetrics metrics = SmarterDevMetrics.create(registry, Tags.of(CLIENT));
    client =
        SmarterDevClient.builder()
            .baseUrl(server.url())
            .apiKey(server.apiKey())
            .sleeper(delay -> {})
            .listener(metrics)
            .build();
    metrics.monitor(client);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void scriptedRunRecordsEveryCallRetryExchangeAndUnknownOutcome() throws Exception {
    Guild guild = client.guilds().create(NewGuild.of(1_160_000_000_000_000_001L, "G")).execute();
    server.faults().failNext(1, 503);
    client.guilds().get(guild.id()).execute();
    server.faults().enqueue(Fault.status(429).retryAfter(Duration.ofSeconds(1)));
    client.guilds().list().execute();
    assertThatThrownBy(() -> client.guilds().get(guild.id() + 1000).execute())
        .isInstanceOf(NotFoundException.class);
    server.faults().expireTokens();
    client.guilds().get(guild.id()).execute();
    server.faults().enqueue(Fault.dropAfterProcessing().onlyFor("POST", "/api/warnings"));
    client.warnings().create(warning()).execute();
    server.faults().enqueue(Fault.status(502).onlyFor("POST", "/api/warnings"));
    client.warnings().create(warning()).execute();
    server.faults().enqueue(Fault.dropAfterProcessing().onlyFor("POST", "/api/warnings"));
    server.faults().enqueue(Fault.status(503).times(3).onlyFor("GET", "/api/warnings"));
    assertThatThrownBy(() -> client.warnings().create(warning()).execute())
        .isInstanceOf(OutcomeUnknownException.class);
    server.faults().enqueue(Fault.dropBeforeProcessing());
    client.guilds().list().execute();
    server.faults().failNext(3, 503);
    assertThatThrownBy(() -> client.guilds().get(guild.id()).execute())
        .isInstanceOf(ServerException.class);
    client.users().upsertAll(users(5), UpsertOptions.defaults().withBatchSize(2));
    server.faults().enqueue(Fault.delay(Duration.ofSeconds(1)).onlyFor("GET", "/api/guilds"));
    CompletableFuture<List<Guild>> cancelled = client.guilds().list().executeAsync();
    await(() -> client.requestsInFlight() == 1);
    cancelled.cancel(true);
    assertThatThrownBy(cancelled::join).isInstanceOf(CancellationException.class);

    assertThat(calls())
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("GET /api/guilds 2xx SUCCESS", 2L),
                Map.entry("GET /api/guilds NONE CANCELLED", 1L),
                Map.entry("GET /api/guilds/{id} 2xx SUCCESS", 2L),
                Map.entry("GET /api/guilds/{id} 4xx CLIENT_ERROR", 1L),
                Map.entry("GET /api/guilds/{id} 5xx SERVER_ERROR", 1L),
                Map.entry("POST /api/guilds 2xx SUCCESS", 1L),
                Map.entry("POST /api/warnings 2xx SUCCESS", 2L),
                Map.entry("POST /api/warnings NONE OUTCOME_UNKNOWN", 1L),
                Map.entry("GET /api/warnings 2xx SUCCESS", 2L),
                Map.entry("GET /api/warnings 5xx SERVER_ERROR", 1L),
                Map.entry("GET /api/users 2xx SUCCESS", 1L),
                Map.entry("POST /api/users/batch 2xx SUCCESS", 3L)));
    assertThat(counters(SmarterDevMetrics.RETRIES, "method", "uri", "reason"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "GET /api/guilds/{id} SERVER_ERROR", 3L,
                "GET /api/guilds RATE_LIMITED", 1L,
                "GET /api/guilds CONNECTION_FAILED", 1L,
                "POST /api/warnings NOT_STORED", 1L,
                "GET /api/warnings SERVER_ERROR", 2L));
    assertThat(timerCounts(SmarterDevMetrics.TOKEN_EXCHANGES, "reason", "outcome"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("FIRST SUCCESS", 1L, "REFUSED SUCCESS", 1L));
    assertThat(counters(SmarterDevMetrics.OUTCOME_UNKNOWN, "method", "uri"))
        .containsExactly(Map.entry("POST /api/warnings", 1L));
    assertThat(counters(SmarterDevMetrics.UPSERT_BATCHES, "outcome"))
        .containsExactly(Map.entry("SUCCESS", 3L));
    assertThat(counters(SmarterDevMetrics.LOOKUPS, "method", "uri", "found"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("POST /api/warnings true", 1L, "POST /api/warnings false", 1L));
    await(() -> client.requestsInFlight() == 0);
    assertThat(inFlight().value()).isZero();
    assertThat(registry.getMeters())
        .allSatisfy(meter -> assertThat(meter.getId().getTags()).contains(CLIENT));
  }

  @Test
  void callTimerMeasuresTheWholeCall() {
    server.faults().enqueue(Fault.delay(Duration.ofMillis(50)).onlyFor("GET", "/api/guilds"));

    client.guilds().list().execute();

    Timer timer =
        registry
            .get(SmarterDevMetrics.CALLS)
            .tags("method", "GET", "uri", "/api/guilds", "status", "2xx", "outcome", "SUCCESS")
            .timer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(50);
  }

  @Test
  void gaugeShowsTheRequestsInFlight() {
    server.faults().enqueue(Fault.delay(Duration.ofMillis(300)).onlyFor("GET", "/api/guilds"));
    assertThat(inFlight().value()).isZero();

    CompletableFuture<List<Guild>> call = client.guilds().list().executeAsync();
    await(() -> inFlight().value() == 1);
    call.join();

    await(() -> inFlight().value() == 0);
  }

  @Test
  void aBindingMonitorsOneClient() {
    SmarterDevMetrics metrics = SmarterDevMetrics.create(registry);
    metrics.monitor(client);

    assertThatThrownBy(() -> metrics.monitor(client))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one per client");
  }

  @Test
  void beforeTheFirstCallOnlyTheWaitTimerAndTheGaugeExist() {
    assertThat(registry.getMeters().stream().map(m -> m.getId().getName()))
        .containsExactlyInAnyOrder(
            SmarterDevMetrics.PERMIT_WAITS, SmarterDevMetrics.REQUESTS_IN_FLIGHT);
  }

  private Gauge inFlight() {
    return registry.get(SmarterDevMetrics.REQUESTS_IN_FLIGHT).tags(Tags.of(CLIENT)).gauge();
  }

  /** Each call timer as "METHOD uri status outcome" and its count. */
  private Map<String, Long> calls() {
    return timerCounts(SmarterDevMetrics.CALLS, "method", "uri", "status", "outcome");
  }

  private Map<String, Long> timerCounts(String name, String... keys) {
    return registry.find(name).timers().stream()
        .collect(
            Collectors.toMap(timer -> key(timer, keys), Timer::count, Long::sum, TreeMap::new));
  }

  private Map<String, Long> counters(String name, String... keys) {
    return registry.find(name).counters().stream()
        .collect(
            Collectors.toMap(
                counter -> key(counter, keys),
                counter -> (long) counter.count(),
                Long::sum,
                TreeMap::new));
  }

  private static String key(Meter meter, String... keys) {
    return Arrays.stream(keys).map(meter.getId()::getTag).collect(Collectors.joining(" "));
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    assertThat(condition.getAsBoolean()).isTrue();
  }

  private static NewWarning warning() {
    return NewWarning.builder().userId(2).modId(3).guildId(1).reason("spam").build();
  }

  private static List<NewUser> users(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            i ->
                NewUser.builder()
                    .discordId(1_170_000_000_000_000_000L + i)
                    .username("u" + i)
                    .build())
        .collect(Collectors.toList());
  }
}
