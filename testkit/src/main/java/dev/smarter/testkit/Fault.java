package dev.smarter.testkit;

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
 * <pre>{@code
 * server.faults().enqueue(Fault.status(503).retryAfter(Duration.ofSeconds(2)).times(2));
 * server.faults().enqueue(Fault.dropAfterProcessing().onlyFor("POST", "/api/warnings"));
 * }</pre>
 */
public final class Fault {
  /** What happens to a request the fault applies to. */
  public enum Kind {
    /** Answered with {@link #status()} without being processed: nothing is stored. */
    STATUS,
    /** The connection is closed before the request is processed: nothing is stored. */
    DROP_BEFORE_PROCESSING,
    /** Processed (changes are stored), then the connection is closed without a response. */
    DROP_AFTER_PROCESSING,
    /** Processed normally, and the response is written after {@link #delay()}. */
    DELAY
  }

  private final Kind kind;
  private final int status;
  private final @Nullable String retryAfter;
  private final @Nullable String body;
  private final Duration delay;
  private final int times;
  private final @Nullable String method;
  private final String pathPrefix;

  private Fault(
      Kind kind,
      int status,
      @Nullable String retryAfter,
      @Nullable String body,
      Duration delay,
      int times,
      @Nullable String method,
      String pathPrefix) {
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
    return new Fault(kind, status, null, null, delay, 1, null, "/");
  }

  /**
   * Answers with {@code status} (and a JSON {@code {"error": "<reason phrase>"}} body unless {@link
   * #body(String)} is set) without processing the request.
   *
   * @throws IllegalArgumentException if {@code status} is not in 100..599
   */
  public static Fault status(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status out of range: " + status);
    }
    return of(Kind.STATUS, status, Duration.ZERO);
  }

  /** Closes the connection before the request is processed (nothing is stored). */
  public static Fault dropBeforeProcessing() {
    return of(Kind.DROP_BEFORE_PROCESSING, 0, Duration.ZERO);
  }

  /** Processes the request (its changes are stored), then closes the connection unanswered. */
  public static Fault dropAfterProcessing() {
    return of(Kind.DROP_AFTER_PROCESSING, 0, Duration.ZERO);
  }

  /**
   * Processes the request, then waits {@code delay} before writing the response.
   *
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
   * Applies to the next {@code times} matching requests (default 1).
   *
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
   */
  public Fault retryAfter(String value) {
    Objects.requireNonNull(value, "value == null");
    requireStatusKind("retryAfter");
    return new Fault(kind, status, value, body, delay, times, method, pathPrefix);
  }

  /** Adds {@code Retry-After: <whole seconds>} to a {@link Kind#STATUS} fault. */
  public Fault retryAfter(Duration after) {
    Objects.requireNonNull(after, "after == null");
    return retryAfter(Long.toString(after.toSeconds()));
  }

  /**
   * Uses {@code body} as the response body of a {@link Kind#STATUS} fault; sent as {@code
   * application/json} if it starts with an opening brace or bracket, else as {@code text/plain}.
   */
  public Fault body(String body) {
    Objects.requireNonNull(body, "body == null");
    requireStatusKind("body");
    return new Fault(kind, status, retryAfter, body, delay, times, method, pathPrefix);
  }

  /** Applies only to requests with this HTTP method (case-insensitive). */
  public Fault onlyMethod(String method) {
    Objects.requireNonNull(method, "method == null");
    return new Fault(
        kind, status, retryAfter, body, delay, times, method.toUpperCase(Locale.ROOT), pathPrefix);
  }

  /**
   * Applies only to requests whose path starts with {@code pathPrefix}, e.g. {@code /api/users}.
   */
  public Fault onlyPathPrefix(String pathPrefix) {
    Objects.requireNonNull(pathPrefix, "pathPrefix == null");
    return new Fault(kind, status, retryAfter, body, delay, times, method, pathPrefix);
  }

  /** Shorthand for {@code onlyMethod(method).onlyPathPrefix(pathPrefix)}. */
  public Fault onlyFor(String method, String pathPrefix) {
    return onlyMethod(method).onlyPathPrefix(pathPrefix);
  }

  /** The kind of fault. */
  public Kind kind() {
    return kind;
  }

  /** The injected status of a {@link Kind#STATUS} fault, else 0. */
  public int status() {
    return status;
  }

  /** The {@code Retry-After} value, if set. */
  public Optional<String> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The response body of a {@link Kind#STATUS} fault. */
  public String responseBody() {
    if (body != null) {
      return body;
    }
    return "{\"error\":\"" + reasonPhrase(status) + "\"}";
  }

  /** The content type of {@link #responseBody()}. */
  public String contentType() {
    String text = responseBody().stripLeading();
    return text.startsWith("{") || text.startsWith("[")
        ? "application/json"
        : "text/plain; charset=utf-8";
  }

  /** The delay of a {@link Kind#DELAY} fault, else zero. */
  public Duration delay() {
    return delay;
  }

  /** How many matching requests this fault applies to. */
  public int times() {
    return times;
  }

  /** The method this fault is limited to, if any. */
  public Optional<String> method() {
    return Optional.ofNullable(method);
  }

  /** The path prefix this fault is limited to ({@code /} matches every path). */
  public String pathPrefix() {
    return pathPrefix;
  }

  /** Whether a request {@code method path} is one this fault applies to. */
  public boolean matches(String method, String path) {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    return (this.method == null || this.method.equalsIgnoreCase(method))
        && path.startsWith(pathPrefix);
  }

  private void requireStatusKind(String option) {
    if (kind != Kind.STATUS) {
      throw new IllegalStateException(option + " applies only to status faults, not " + kind);
    }
  }

  private static String reasonPhrase(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 408:
        return "Request Timeout";
      case 409:
        return "Conflict";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return "Injected fault " + status;
    }
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
    return out.append(' ').append(pathPrefix).append(']').toString();
  }
}
