package dev.smarter.sdk;

import dev.smarter.sdk.internal.Timeouts;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Settings for one call that override the client's: its deadline and how often it may be retried.
 *
 * <pre>{@code
 * // a bot's !ping: two seconds, no retries, whatever the client's defaults
 * client.guilds().list()
 *     .withOptions(RequestOptions.defaults().withTimeout(Duration.ofSeconds(2)).withMaxRetries(0))
 *     .execute();
 * }</pre>
 *
 * <p>An unset setting keeps the client's value ({@link SmarterDevClient.Builder#callTimeout},
 * {@link SmarterDevClient.Builder#retryPolicy}). Immutable and thread-safe.
 */
public final class RequestOptions {
  private static final RequestOptions DEFAULTS = new RequestOptions(null, null);

  private final @Nullable Duration timeout;
  private final @Nullable Integer maxRetries;

  private RequestOptions(@Nullable Duration timeout, @Nullable Integer maxRetries) {
    this.timeout = timeout;
    this.maxRetries = maxRetries;
  }

  /**
   * Returns options that override nothing.
   *
   * @return the empty options
   */
  public static RequestOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another deadline for the whole call: every attempt, the waits between them,
   * the token exchange and, for creates, the lookups that find out whether a failed create was
   * stored.
   *
   * @param timeout between 1 ms and {@code Integer.MAX_VALUE} ms, OkHttp's range
   * @return the new options
   * @throws IllegalArgumentException if {@code timeout} is out of range
   */
  public RequestOptions withTimeout(Duration timeout) {
    return new RequestOptions(Timeouts.check(timeout, "timeout"), maxRetries);
  }

  /**
   * Returns a copy with another retry budget: how many times the call may be sent again after its
   * first attempt, keeping the rest of the client's {@link RetryPolicy}.
   *
   * @param maxRetries the retries, {@code >= 0}; 0 sends the request exactly once
   * @return the new options
   * @throws IllegalArgumentException if negative
   */
  public RequestOptions withMaxRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0 but was " + maxRetries);
    }
    return new RequestOptions(timeout, maxRetries);
  }

  /**
   * Returns the deadline of the call, if set.
   *
   * @return the timeout, or {@code null} to keep the client's
   */
  public @Nullable Duration timeout() {
    return timeout;
  }

  /**
   * Returns the retry budget of the call, if set.
   *
   * @return the retries, or {@code null} to keep the client's
   */
  public @Nullable Integer maxRetries() {
    return maxRetries;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RequestOptions
        && Objects.equals(((RequestOptions) other).timeout, timeout)
        && Objects.equals(((RequestOptions) other).maxRetries, maxRetries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeout, maxRetries);
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + "}";
  }
}
