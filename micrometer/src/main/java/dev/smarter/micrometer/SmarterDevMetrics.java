package dev.smarter.micrometer;

import dev.smarter.sdk.CallInfo;
import dev.smarter.sdk.CallListener;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.RetryReason;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.SmarterDevException;
import dev.smarter.sdk.TokenExchangeReason;
import dev.smarter.sdk.UpsertProgress;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Records what a {@link SmarterDevClient} does as Micrometer meters: register it as the client's
 * {@link CallListener}, then let it watch the client's requests in flight.
 *
 * <pre>{@code
 * SmarterDevMetrics metrics = SmarterDevMetrics.create(registry);
 * SmarterDevClient client = SmarterDevClient.builder().apiKey(key).listener(metrics).build();
 * metrics.monitor(client);
 * }</pre>
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@value #CALLS}</td><td>timer</td><td>uri, method, status, outcome</td>
 *       <td>each call, from {@code execute()} or {@code executeAsync()} to its result, token
 *       exchange, waits and retries included</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td><td>uri, method, reason</td>
 *       <td>each retry scheduled, by {@link RetryReason}</td></tr>
 *   <tr><td>{@value #TOKEN_EXCHANGES}</td><td>timer</td><td>reason, outcome</td>
 *       <td>each exchange of the API key for a token, by {@link TokenExchangeReason}, with outcome
 *       {@code SUCCESS} or {@code FAILURE}</td></tr>
 *   <tr><td>{@value #OUTCOME_UNKNOWN}</td><td>counter</td><td>uri, method</td>
 *       <td>each create that ended with {@code OutcomeUnknownException}</td></tr>
 *   <tr><td>{@value #LOOKUPS}</td><td>counter</td><td>uri, method, found</td>
 *       <td>each lookup of a create whose outcome was unknown ({@code found} is {@code true} or
 *       {@code false})</td></tr>
 *   <tr><td>{@value #PERMIT_WAITS}</td><td>timer</td><td></td>
 *       <td>each wait for a free request slot (calls that found one at once are not counted)</td></tr>
 *   <tr><td>{@value #UPSERT_BATCHES}</td><td>counter</td><td>outcome</td>
 *       <td>each batch of {@code users().upsertAll(...)}, {@code SUCCESS} or {@code FAILURE}</td></tr>
 *   <tr><td>{@value #REQUESTS_IN_FLIGHT}</td><td>gauge</td><td></td>
 *       <td>requests holding one of the client's {@code maxConcurrentRequests} slots, once {@link
 *       #monitor} was called</td></tr>
 * </table>
 *
 * <p>Tags: {@code uri} is the endpoint's path template as declared in the SDK ({@code
 * /api/guilds/{id}}), never the real path, and {@code method} its HTTP method, as in Micrometer's
 * own HTTP client instrumentation; {@code status} is the class of the response that decided the
 * call ({@code 2xx}, {@code 4xx}, {@code 5xx}...) or {@value #NO_STATUS} when none did; {@code
 * outcome} is a {@link CallOutcome}. Every tag takes values from a small fixed set, so the number
 * of meters is bounded by the SDK's endpoints whatever ids are called: metrics stay cheap in any
 * backend. Tags given to {@link #create(MeterRegistry, Iterable)} are added to every meter.
 *
 * <p>Percentiles and histograms are off, as Micrometer's default: turn them on with a {@link
 * io.micrometer.core.instrument.config.MeterFilter} on the registry (for example {@code
 * percentilesHistogram} for {@value #CALLS} in Spring Boot's {@code
 * management.metrics.distribution} settings).
 *
 * <p>Thread-safe. Events arrive on the threads that run the calls, and each records into meters of
 * the registry, which are thread-safe.
 */
public final class SmarterDevMetrics implements CallListener {
  /** The timer of calls. */
  public static final String CALLS = "smarter.dev.client.calls";

  /** The counter of retries. */
  public static final String RETRIES = "smarter.dev.client.retries";

  /** The timer of token exchanges. */
  public static final String TOKEN_EXCHANGES = "smarter.dev.client.token.exchanges";

  /** The counter of creates whose outcome is unknown. */
  public static final String OUTCOME_UNKNOWN = "smarter.dev.client.outcome.unknown";

  /** The counter of lookups of creates whose outcome was unknown. */
  public static final String LOOKUPS = "smarter.dev.client.lookups";

  /** The timer of waits for a free request slot. */
  public static final String PERMIT_WAITS = "smarter.dev.client.permit.waits";

  /** The counter of {@code upsertAll} batches. */
  public static final String UPSERT_BATCHES = "smarter.dev.client.upsert.batches";

  /** The gauge of requests in flight. */
  public static final String REQUESTS_IN_FLIGHT = "smarter.dev.client.requests.in.flight";

  /** The tag holding the endpoint's path template. */
  public static final String URI = "uri";

  /** The tag holding the HTTP method. */
  public static final String METHOD = "method";

  /** The tag holding the status class of the response that decided a call. */
  public static final String STATUS = "status";

  /** The tag holding how a call, token exchange or batch ended. */
  public static final String OUTCOME = "outcome";

  /** The tag holding why a retry or token exchange happened. */
  public static final String REASON = "reason";

  /** The tag saying whether a lookup found the create. */
  public static final String FOUND = "found";

  /** The {@value #STATUS} of a call that no response decided (no answer, cancelled). */
  public static final String NO_STATUS = "NONE";

  private static final String SUCCESS = "SUCCESS";
  private static final String FAILURE = "FAILURE";

  private final MeterRegistry registry;
  private final Tags tags;
  private final Meter.MeterProvider<Timer> calls;
  private final Meter.MeterProvider<Counter> retries;
  private final Meter.MeterProvider<Timer> tokenExchanges;
  private final Meter.MeterProvider<Counter> outcomeUnknown;
  private final Meter.MeterProvider<Counter> lookups;
  private final Timer permitWaits;
  private final Meter.MeterProvider<Counter> upsertBatches;
  private final AtomicBoolean monitoring = new AtomicBoolean();

  private SmarterDevMetrics(MeterRegistry registry, Tags tags) {
    this.registry = registry;
    this.tags = tags;
    this.calls =
        Timer.builder(CALLS)
            .description("Calls of the Smarter Dev API, retries and waits included")
            .tags(tags)
            .withRegistry(registry);
    this.retries =
        Counter.builder(RETRIES)
            .description("Requests to the Smarter Dev API sent again")
            .tags(tags)
            .withRegistry(registry);
    this.tokenExchanges =
        Timer.builder(TOKEN_EXCHANGES)
            .description("Exchanges of the API key for a bearer token")
            .tags(tags)
            .withRegistry(registry);
    this.outcomeUnknown =
        Counter.builder(OUTCOME_UNKNOWN)
            .description("Creates that may or may not have been stored")
            .tags(tags)
            .withRegistry(registry);
    this.lookups =
        Counter.builder(LOOKUPS)
            .description("Lookups of creates whose outcome was unknown")
            .tags(tags)
            .withRegistry(registry);
    this.permitWaits =
        Timer.builder(PERMIT_WAITS)
            .description("Waits for a free request slot of the client's concurrency limit")
            .tags(tags)
            .register(registry);
    this.upsertBatches =
        Counter.builder(UPSERT_BATCHES)
            .description("Batches of users().upsertAll(...)")
            .tags(tags)
            .withRegistry(registry);
  }

  /**
   * Creates the binding for one client.
   *
   * @param registry where the meters are registered
   * @return a listener to give to {@link SmarterDevClient.Builder#listener(CallListener)}
   */
  public static SmarterDevMetrics create(MeterRegistry registry) {
    return create(registry, Tags.empty());
  }

  /**
   * Creates the binding for one client, adding {@code tags} to every meter. Give each client its
   * own binding with a tag that tells them apart (such as {@code client=bot}) when one registry
   * watches several.
   *
   * @param registry where the meters are registered
   * @param tags tags for every meter, such as {@code Tags.of("client", "bot")}
   * @return a listener to give to {@link SmarterDevClient.Builder#listener(CallListener)}
   */
  public static SmarterDevMetrics create(MeterRegistry registry, Iterable<Tag> tags) {
    Objects.requireNonNull(registry, "registry == null");
    Objects.requireNonNull(tags, "tags == null");
    return new SmarterDevMetrics(registry, Tags.of(tags));
  }

  /**
   * Registers the gauge {@value #REQUESTS_IN_FLIGHT} of {@code client}, the client this binding
   * listens to. The registry holds the client weakly, as Micrometer gauges do: the gauge does not
   * keep a discarded client alive.
   *
   * @param client the client built with this listener
   * @return this binding
   * @throws IllegalStateException if this binding already monitors a client
   */
  public SmarterDevMetrics monitor(SmarterDevClient client) {
    Objects.requireNonNull(client, "client == null");
    if (!monitoring.compareAndSet(false, true)) {
      throw new IllegalStateException(
          "this SmarterDevMetrics already monitors a client: create one per client");
    }
    Gauge.builder(REQUESTS_IN_FLIGHT, client, SmarterDevClient::requestsInFlight)
        .description("Requests holding a slot of the client's concurrency limit")
        .tags(tags)
        .register(registry);
    return this;
  }

  @Override
  public void callEnd(CallInfo call, @Nullable Throwable failure, Duration duration) {
    calls
        .withTags(
            URI,
            uri(call),
            METHOD,
            call.method(),
            STATUS,
            CallOutcome.statusClass(failure),
            OUTCOME,
            CallOutcome.of(failure).name())
        .record(duration);
  }

  @Override
  public void retryScheduled(CallInfo call, int nextAttempt, RetryReason reason, Duration delay) {
    retries.withTags(URI, uri(call), METHOD, call.method(), REASON, reason.name()).increment();
  }

  @Override
  public void tokenExchangeEnd(
      TokenExchangeReason reason, @Nullable Throwable failure, Duration duration) {
    tokenExchanges
        .withTags(REASON, reason.name(), OUTCOME, failure == null ? SUCCESS : FAILURE)
        .record(duration);
  }

  @Override
  public void outcomeUnknown(CallInfo call, OutcomeUnknownException exception) {
    outcomeUnknown.withTags(URI, uri(call), METHOD, call.method()).increment();
  }

  @Override
  public void lookup(CallInfo call, boolean found) {
    lookups
        .withTags(URI, uri(call), METHOD, call.method(), FOUND, Boolean.toString(found))
        .increment();
  }

  @Override
  public void permitWait(CallInfo call, Duration waited) {
    permitWaits.record(waited);
  }

  @Override
  public void upsertBatch(UpsertProgress progress, @Nullable SmarterDevException failure) {
    upsertBatches.withTags(OUTCOME, failure == null ? SUCCESS : FAILURE).increment();
  }

  /** {@code GET /api/guilds/{id}} → {@code /api/guilds/{id}}. */
  private static String uri(CallInfo call) {
    String route = call.route();
    return route.substring(route.indexOf(' ') + 1);
  }

  @Override
  public String toString() {
    return "SmarterDevMetrics{registry="
        + registry.getClass().getSimpleName()
        + ", tags="
        + tags
        + "}";
  }
}
