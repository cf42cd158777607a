package dev.smarter.sdk;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server (or a proxy in front of it) asked the client to slow down (HTTP 429), and retrying was
 * not allowed or would have taken too long.
 *
 * <p>{@link #retryAfter()} is the delay the server asked for in its {@code Retry-After} header.
 * Immutable.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The delay of {@code Retry-After}, or {@code null}. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates an exception for a 429 response.
   *
   * @param errorMessage the server's {@code error} text, or {@code null} when it sent none
   * @param method the request's HTTP method
   * @param path the request's path and query
   * @param retryAfter the delay from {@code Retry-After}, or {@code null} when absent
   */
  public RateLimitException(
      @Nullable String errorMessage, String method, String path, @Nullable Duration retryAfter) {
    super(
        429,
        errorMessage,
        method,
        path,
        "HTTP 429"
            + (errorMessage == null ? "" : ": " + errorMessage)
            + (retryAfter == null ? "" : " (server asked to retry after " + retryAfter + ")"),
        null);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns the delay the server asked for.
   *
   * @return the {@code Retry-After} delay, or empty when the response had none
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
