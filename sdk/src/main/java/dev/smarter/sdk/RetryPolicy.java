package dev.smarter.sdk;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When and how often the client retries a failed request.
 *
 * <p>What is retried: connection failures that happen before the request is sent; 408 and 429 for
 * every request; 500, 502, 503 and 504 and failures after sending only for idempotent requests
 * (GET, PUT, DELETE, and POSTs marked {@link Idempotent}). A warning, moderation case or bytes
 * award that may have reached the server is never sent again: the call fails with {@link
 * OutcomeUnknownException} instead.
 *
 * <p>How long it waits: exponential backoff with full jitter, a random delay between zero and
 * {@code min(maxBackoff, baseBackoff * 2^attempt)}; a {@code Retry-After} header (seconds or an
 * HTTP date) on a 429 or 503 replaces that delay, but one longer than {@link #maxRetryAfter()} ends
 * the retries at once (a 429 then surfaces as {@link RateLimitException} carrying the server's
 * delay). No retry starts that would end after the call's deadline ({@link
 * SmarterDevClient.Builder#callTimeout}).
 *
 * <p>Immutable and thread-safe.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(
          2,
          Duration.ofMillis(500),
          Duration.ofSeconds(8),
          Duration.ofSeconds(30),
          Duration.ofMillis(500));

  private final int maxRetries;
  private final Duration baseBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Duration lookupDelay;

  private RetryPolicy(
      int maxRetries,
      Duration baseBackoff,
      Duration maxBackoff,
      Duration maxRetryAfter,
      Duration lookupDelay) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0 but was " + maxRetries);
    }
    this.maxRetries = maxRetries;
    this.baseBackoff = nonNegative(baseBackoff, "baseBackoff");
    this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
    this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
    this.lookupDelay = nonNegative(lookupDelay, "lookupDelay");
  }

  /**
   * Returns the default policy: 2 retries, backoff base 0.5 s capped at 8 s, {@code Retry-After}
   * honoured up to 30 s.
   *
   * @return the defaults
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy that never retries.
   *
   * @return a policy with 0 retries
   */
  public static RetryPolicy none() {
    return DEFAULTS.withMaxRetries(0);
  }

  /**
   * Returns how many times a request may be sent again after its first attempt.
   *
   * @return the retries, {@code >= 0}
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the backoff of the first retry, doubled for each further one.
   *
   * @return the base delay
   */
  public Duration baseBackoff() {
    return baseBackoff;
  }

  /**
   * Returns the cap of the exponential backoff.
   *
   * @return the longest backoff
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * Returns the longest {@code Retry-After} the client waits for.
   *
   * @return the cap
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Returns a copy with another retry count.
   *
   * @param maxRetries the retries after the first attempt, {@code >= 0}; 0 disables retries
   * @return the new policy
   * @throws IllegalArgumentException if negative
   */
  public RetryPolicy withMaxRetries(int maxRetries) {
    return new RetryPolicy(maxRetries, baseBackoff, maxBackoff, maxRetryAfter, lookupDelay);
  }

  /**
   * Returns a copy with other backoff bounds.
   *
   * @param baseBackoff the first retry's backoff cap, not negative
   * @param maxBackoff the cap of every backoff, not negative
   * @return the new policy
   * @throws IllegalArgumentException if a duration is negative
   */
  public RetryPolicy withBackoff(Duration baseBackoff, Duration maxBackoff) {
    return new RetryPolicy(maxRetries, baseBackoff, maxBackoff, maxRetryAfter, lookupDelay);
  }

  /**
   * Returns a copy with another {@code Retry-After} cap.
   *
   * @param maxRetryAfter the longest server-requested delay to wait for, not negative
   * @return the new policy
   * @throws IllegalArgumentException if negative
   */
  public RetryPolicy withMaxRetryAfter(Duration maxRetryAfter) {
    return new RetryPolicy(maxRetries, baseBackoff, maxBackoff, maxRetryAfter, lookupDelay);
  }

  /**
   * Returns how long the SDK waits, after a create's connection was dropped or a gateway answered
   * 502 or 503, before it looks for the create: the time a server that had already received the
   * request gets to finish storing it. Only after such a wait may a lookup that does not find the
   * create lead to sending it again. See {@link OutcomeUnknownException}.
   *
   * @return the delay (default 500 ms)
   */
  public Duration lookupDelay() {
    return lookupDelay;
  }

  /**
   * Returns a copy with another {@link #lookupDelay()}.
   *
   * @param lookupDelay the wait before looking for a create that failed ambiguously, not negative
   * @return the new policy
   * @throws IllegalArgumentException if negative
   */
  public RetryPolicy withLookupDelay(Duration lookupDelay) {
    return new RetryPolicy(maxRetries, baseBackoff, maxBackoff, maxRetryAfter, lookupDelay);
  }

  private static Duration nonNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name + " == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative but was " + duration);
    }
    return duration;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy that = (RetryPolicy) other;
    return maxRetries == that.maxRetries
        && baseBackoff.equals(that.baseBackoff)
        && maxBackoff.equals(that.maxBackoff)
        && maxRetryAfter.equals(that.maxRetryAfter)
        && lookupDelay.equals(that.lookupDelay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, baseBackoff, maxBackoff, maxRetryAfter, lookupDelay);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries="
        + maxRetries
        + ", baseBackoff="
        + baseBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", lookupDelay="
        + lookupDelay
        + "}";
  }
}
