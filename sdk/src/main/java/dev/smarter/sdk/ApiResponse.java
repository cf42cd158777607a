package dev.smarter.sdk;

import java.util.Objects;
import java.util.function.Function;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The result of a call together with the HTTP response it came from, for the rare times the status
 * or headers matter (logging the server's {@code Date}, a proxy's headers). Get one with {@link
 * ApiCall#withResponse()}.
 *
 * <p>The status and headers are those of the last response the call read: the final attempt's, or,
 * when a create was confirmed by a lookup after an ambiguous failure ({@link #reconciled()}), the
 * lookup's. Immutable and thread-safe.
 *
 * @param <T> the type of the value
 */
public final class ApiResponse<T> {
  private final @Nullable T value;
  private final int statusCode;
  private final Headers headers;
  private final int attempts;
  private final boolean reconciled;

  /**
   * Creates a response.
   *
   * @param value the call's result; {@code null} only for calls typed {@code ApiCall<Void>}
   * @param statusCode the HTTP status of the response
   * @param headers the response headers
   * @param attempts how many times the request was sent, {@code >= 1} ({@code 0} for a stub)
   * @param reconciled whether the value was found by a lookup after an ambiguous failure
   */
  public ApiResponse(
      @Nullable T value, int statusCode, Headers headers, int attempts, boolean reconciled) {
    this.value = value;
    this.statusCode = statusCode;
    this.headers = Objects.requireNonNull(headers, "headers == null");
    this.attempts = attempts;
    this.reconciled = reconciled;
  }

  /**
   * Returns the call's result.
   *
   * @return the value; {@code null} only for calls typed {@code ApiCall<Void>}
   */
  public @Nullable T value() {
    return value;
  }

  /**
   * Returns the HTTP status of the response.
   *
   * @return the status, such as 200 or 201
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the response headers. {@code Authorization} is a request header and never appears here.
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns how many times the request was sent, retries and resends included.
   *
   * @return the attempts, {@code >= 1} for a real call
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Returns whether the value comes from a lookup rather than from the create's own answer: the
   * create failed ambiguously (dropped connection, gateway error) and the SDK found the row it had
   * sent. See {@link OutcomeUnknownException} for when that is possible.
   *
   * @return whether the create was confirmed by a lookup
   */
  public boolean reconciled() {
    return reconciled;
  }

  /**
   * Returns a response with the same status and headers and a transformed value.
   *
   * @param mapper applied to the value
   * @param <R> the type of the new value
   * @return the new response
   */
  public <R> ApiResponse<R> map(Function<? super T, ? extends R> mapper) {
    return new ApiResponse<>(mapper.apply(value), statusCode, headers, attempts, reconciled);
  }

  @Override
  public String toString() {
    return "ApiResponse{statusCode="
        + statusCode
        + ", attempts="
        + attempts
        + (reconciled ? ", reconciled" : "")
        + ", value="
        + value
        + "}";
  }
}
