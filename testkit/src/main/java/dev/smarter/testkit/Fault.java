package dev.smarter.testkit;

import dev.smarter.testkit.internal.ReasonPhrases;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A fault to inject into the next matching requests: an HTTP error status instead of processing, a
 * dropped connection (before or after processing), or a delayed response. Immutable; the {@code
 * with}-style methods return modified copies. Arm it with {@link Faults#enqueue(Fault)}.
 *
 * <p>Which requests a fault can hit: by default every request except the token exchange ({@code
 * POST /api/auth/token}), so that a fault reaches the API call a test makes rather than the token
 * exchange a client does first. A fault limited with {@link #onlyPathPrefix(String)} (or {@link
 * #onlyFor(String, String)}) hits whatever matches that prefix, the token exchange included; {@link
 * #onTokenExchange()} targets the exchange alone.
 *
 * <pre>{@code
 * server.faults().enqueue(Fault.status(503).retryAfter(Duration.ofSeconds(2)).times(2));
 * server.faults().enqueue(Fault.dropAfterProcessing().onlyFor("POST", "/api/warnings"));
 * server.faults().enqueue(Fault.status(503).onTokenExchange());
 * }</pre>
 */
public final class Fault {
  /** The path of the token exchange, which a fault skips unless a path prefix targets it. */
  public static final String TOKEN_EXCHANGE_PATH = "/api/auth/token";

  /** What happens to a request the fault applies to. */
  public enum Kind {
    /** Answered with {@link #status()} without being processed: nothing is stored. */
    STATUS,
    /** The connection is closed before the request is processed: nothing is stored. */
    DROP_BEFORE_PROCESSING,
    /** Processed (changes are stored), then the connection is closed without a response. */
    DROP_AFTER_PROCESSING,
    /** Processed normally, and the response is written after {@link #delay()}. */
    DELAY,
    /**
     * Processed (changes are stored), then answered with {@link #status()} instead of the real
     * response: a gateway that lost the server's answer.
     */
    STATUS_AFTER_PROCESSING,
    /**
     * Held for {@link #delay()} before it is processed, then processed and answered: a request
     * queued at a busy server, which a client that gives up meanwhile has not seen stored.
     */
    DELAY_BEFORE_PROCESSING
  }

  private final Kind kind;
  private final int status;
  private final @Nullable String retryAfter;
  private final @Nullable String body;
  private final Duration delay;
  private final int times;
  private final @Nullable String method;
  private final @Nullable String pathPrefix;

  private Fault(
      Kind kind,
      int status,
      @Nullable String retryAfter,
      @Nullable String body,
      Duration delay,
      int times,
      @Nullable String method,
      @Nullable String pathPrefix) {
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
    this.body = body;
    this.delay = delay;
    this.times = times;
    this.method = method;
    this.pathPrefix = pathPrefix;
  }

  private static Fault of(Kind kind, int status, Duration delay) {
    return new Fault(kind, status, null, null, delay, 1, null, null);
  }

  /**
   * Answers with {@code status} (and a JSON {@code {"error": "<reason phrase>"}} body unless {@link
   * #body(String)} is set) without processing the request.
   *
   * @param status the HTTP status to answer with, in 100..599
   * @return a new {@link Kind#STATUS} fault for one request, matching every method and every path
   *     but the token exchange
   * @throws IllegalArgumentException if {@code status} is not in 100..599
   */
  public static Fault status(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status out of range: " + status);
    }
    return of(Kind.STATUS, status, Duration.ZERO);
  }

  /**
   * Closes the connection before the request is processed (nothing is stored).
   *
   * @return a new {@link Kind#DROP_BEFORE_PROCESSING} fault for one request, matching every method
   *     and every path but the token exchange
   */
  public static Fault dropBeforeProcessing() {
    return of(Kind.DROP_BEFORE_PROCESSING, 0, Duration.ZERO);
  }

  /**
   * Processes the request (its changes are stored), then closes the connection unanswered.
   *
   * @return a new {@link Kind#DROP_AFTER_PROCESSING} fault for one request, matching every method
   *     and every path but the token exchange
   */
  public static Fault dropAfterProcessing() {
    return of(Kind.DROP_AFTER_PROCESSING, 0, Duration.ZERO);
  }

  /**
   * Processes the request, then waits {@code delay} before writing the response.
   *
   * @param delay how long to hold the response back; zero or positive
   * @return a new {@link Kind#DELAY} fault for one request, matching every method and every path
   *     but the token exchange
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public static Fault delay(Duration delay) {
    Objects.requireNonNull(delay, "delay == null");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay < 0: " + delay);
    }
    return of(Kind.DELAY, 0, delay);
  }

  /**
   * Processes the request (its changes are stored), then answers with {@code status} (and a JSON
   * {@code {"error": "<reason phrase>"}} body unless {@link #body(String)} is set) instead of the
   * real response, as a gateway that lost the server's answer would (a 502, typically).
   *
   * @param status the HTTP status to answer with, in 100..599
   * @return a new {@link Kind#STATUS_AFTER_PROCESSING} fault for one request, matching every method
   *     and every path but the token exchange
   * @throws IllegalArgumentException if {@code status} is not in 100..599
   */
  public static Fault statusAfterProcessing(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status out of range: " + status);
    }
    return of(Kind.STATUS_AFTER_PROCESSING, status, Duration.ZERO);
  }

  /**
   * Holds the request for {@code delay} before processing it, then processes and answers it, even
   * when the client has given up meanwhile (as a real server would): the race of a create that
   * times out at the client and is stored later.
   *
   * @param delay how long the request waits before it is processed; zero or positive
   * @return a new {@link Kind#DELAY_BEFORE_PROCESSING} fault for one request, matching every method
   *     and every path but the token exchange
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public static Fault delayBeforeProcessing(Duration delay) {
    Objects.requireNonNull(delay, "delay == null");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay < 0: " + delay);
    }
    return of(Kind.DELAY_BEFORE_PROCESSING, 0, delay);
  }

  /**
   * Applies to the next {@code times} matching requests (default 1).
   *
   * @param times how many matching requests the fault hits, at least 1
   * @return a copy with the new count; this fault is unchanged
   * @throws IllegalArgumentException if {@code times < 1}
   */
  public Fault times(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times < 1: " + times);
    }
    return new Fault(kind, status, retryAfter, body, delay, times, method, pathPrefix);
  }

  /**
   * Adds a {@code Retry-After} header with this exact value (seconds or an HTTP date) to a {@link
   * Kind#STATUS} fault.
   *
   * @param value the header value, sent as is (not validated)
   * @return a copy with the header; this fault is unchanged
   * @throws IllegalStateException if this is not a {@link Kind#STATUS} fault
   */
  public Fault retryAfter(String value) {
    Objects.requireNonNull(value, "value == null");
    requireStatusKind("retryAfter");
    return new Fault(kind, status, value, body, delay, times, method, pathPrefix);
  }

  /**
   * Adds {@code Retry-After: <whole seconds>} to a {@link Kind#STATUS} fault.
   *
   * @param after the delay to announce; fractions of a second are truncated
   * @return a copy with the header; this fault is unchanged
   * @throws IllegalStateException if this is not a {@link Kind#STATUS} fault
   */
  public Fault retryAfter(Duration after) {
    Objects.requireNonNull(after, "after == null");
    return retryAfter(Long.toString(after.toSeconds()));
  }

  /**
   * Uses {@code body} as the response body of a {@link Kind#STATUS} fault; sent as {@code
   * application/json} if it starts with an opening brace or bracket, else as {@code text/plain}.
   *
   * @param body the exact response body, replacing the default JSON error body
   * @return a copy with the body; this fault is unchanged
   * @throws IllegalStateException if this is not a {@link Kind#STATUS} fault
   */
  public Fault body(String body) {
    Objects.requireNonNull(body, "body == null");
    requireStatusKind("body");
    return new Fault(kind, status, retryAfter, body, delay, times, method, pathPrefix);
  }

  /**
   * Applies only to requests with this HTTP method (case-insensitive).
   *
   * @param method the HTTP method, such as {@code POST}
   * @return a copy limited to {@code method}; this fault is unchanged
   */
  public Fault onlyMethod(String method) {
    Objects.requireNonNull(method, "method == null");
    return new Fault(
        kind, status, retryAfter, body, delay, times, method.toUpperCase(Locale.ROOT), pathPrefix);
  }

  /**
   * Applies only to requests whose path starts with {@code pathPrefix}, e.g. {@code /api/users}.
   * Such a fault also hits the token exchange when the prefix matches its path ({@code /} or {@code
   * /api/auth} do).
   *
   * @param pathPrefix the prefix the decoded request path must start with (a plain string
   *     comparison, so {@code /api/user} also matches {@code /api/users})
   * @return a copy limited to {@code pathPrefix}; this fault is unchanged
   */
  public Fault onlyPathPrefix(String pathPrefix) {
    Objects.requireNonNull(pathPrefix, "pathPrefix == null");
    return new Fault(kind, status, retryAfter, body, delay, times, method, pathPrefix);
  }

  /**
   * Applies only to the token exchange, {@code POST /api/auth/token}: shorthand for {@code
   * onlyFor("POST", TOKEN_EXCHANGE_PATH)}.
   *
   * @return a copy limited to the token exchange; this fault is unchanged
   */
  public Fault onTokenExchange() {
    return onlyFor("POST", TOKEN_EXCHANGE_PATH);
  }

  /**
   * Shorthand for {@code onlyMethod(method).onlyPathPrefix(pathPrefix)}.
   *
   * @param method the HTTP method, such as {@code POST} (case-insensitive)
   * @param pathPrefix the prefix the request path must start with
   * @return a copy limited to both; this fault is unchanged
   */
  public Fault onlyFor(String method, String pathPrefix) {
    return onlyMethod(method).onlyPathPrefix(pathPrefix);
  }

  /**
   * The kind of fault.
   *
   * @return what happens to a request this fault applies to
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The injected status of a {@link Kind#STATUS} fault, else 0.
   *
   * @return the status in 100..599, or 0 for other kinds
   */
  public int status() {
    return status;
  }

  /**
   * The {@code Retry-After} value, if set.
   *
   * @return the header value, or empty if none was set
   */
  public Optional<String> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * The response body of a {@link Kind#STATUS} fault.
   *
   * @return the body set with {@link #body(String)}, else {@code {"error":"<reason phrase>"}} for
   *     {@link #status()}
   */
  public String responseBody() {
    if (body != null) {
      return body;
    }
    return "{\"error\":\"" + reasonPhrase(status) + "\"}";
  }

  /**
   * The content type of {@link #responseBody()}.
   *
   * @return {@code application/json} if the body starts with an opening brace or bracket (after
   *     leading whitespace), else {@code text/plain; charset=utf-8}
   */
  public String contentType() {
    String text = responseBody().stripLeading();
    return text.startsWith("{") || text.startsWith("[")
        ? "application/json"
        : "text/plain; charset=utf-8";
  }

  /**
   * The delay of a {@link Kind#DELAY} fault, else zero.
   *
   * @return the delay, never negative
   */
  public Duration delay() {
    return delay;
  }

  /**
   * How many matching requests this fault applies to.
   *
   * @return the count set with {@link #times(int)}, at least 1 (not decreased as requests hit it)
   */
  public int times() {
    return times;
  }

  /**
   * The method this fault is limited to, if any.
   *
   * @return the method in upper case, or empty if the fault matches every method
   */
  public Optional<String> method() {
    return Optional.ofNullable(method);
  }

  /**
   * The path prefix this fault is limited to, if any.
   *
   * @return the prefix set with {@link #onlyPathPrefix(String)}, or empty if the fault matches
   *     every path but the token exchange ({@value #TOKEN_EXCHANGE_PATH})
   */
  public Optional<String> pathPrefix() {
    return Optional.ofNullable(pathPrefix);
  }

  /**
   * Whether a request {@code method path} is one this fault applies to.
   *
   * @param method the request's HTTP method (compared case-insensitively)
   * @param path the request's decoded path, without the query
   * @return {@code true} if the method matches and the path starts with the fault's prefix or, for
   *     a fault without one, is not the token exchange's
   */
  public boolean matches(String method, String path) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    boolean pathMatches =
        pathPrefix == null ? !path.equals(TOKEN_EXCHANGE_PATH) : path.startsWith(pathPrefix);
    return (this.method == null || this.method.equalsIgnoreCase(method)) && pathMatches;
  }

  private void requireStatusKind(String option) {
    if (kind != Kind.STATUS) {
      throw new IllegalStateException(option + " applies only to status faults, not " + kind);
    }
  }

  private static String reasonPhrase(int status) {
    String phrase = ReasonPhrases.of(status);
    return phrase.isEmpty() ? "Injected fault " + status : phrase;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Fault[").append(kind);
    if (kind == Kind.STATUS) {
      out.append(' ').append(status);
    } else if (kind == Kind.DELAY) {
      out.append(' ').append(delay);
    }
    out.append(" x").append(times);
    if (method != null) {
      out.append(' ').append(method);
    }
    out.append(' ').append(pathPrefix == null ? "all but " + TOKEN_EXCHANGE_PATH : pathPrefix);
    return out.append(']').toString();
  }
}
