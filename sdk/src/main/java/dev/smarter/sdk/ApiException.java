package dev.smarter.sdk;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with a status that is not a success, or with a body the SDK cannot read.
 *
 * <p>Carries the HTTP status, the server's own {@code error} text when its body had one, and the
 * request's method and path (with the query string). Subclasses name the common statuses: {@link
 * BadRequestException} (400), {@link AuthenticationException} (401), {@link NotFoundException}
 * (404), {@link RateLimitException} (429), {@link ServerException} (5xx) and {@link
 * UnexpectedResponseException} (redirects and unreadable bodies). Immutable.
 */
public class ApiException extends SmarterDevException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the response. */
  private final int statusCode;

  /** The server's {@code error} text, or {@code null}. */
  private final @Nullable String errorMessage;

  /** The HTTP method of the request. */
  private final String method;

  /** The path and query of the request. */
  private final String path;

  /**
   * Creates an exception for a response.
   *
   * @param statusCode the HTTP status of the response
   * @param errorMessage the server's {@code error} text, or {@code null} when it sent none
   * @param method the request's HTTP method
   * @param path the request's path and query
   */
  public ApiException(int statusCode, @Nullable String errorMessage, String method, String path) {
    this(statusCode, errorMessage, method, path, describe(statusCode, errorMessage), null);
  }

  /**
   * Creates an exception with a detail message of its own.
   *
   * @param statusCode the HTTP status of the response
   * @param errorMessage the server's {@code error} text, or {@code null} when it sent none
   * @param method the request's HTTP method
   * @param path the request's path and query
   * @param detail what went wrong, without the method and path
   * @param cause the underlying failure, or {@code null}
   */
  protected ApiException(
      int statusCode,
      @Nullable String errorMessage,
      String method,
      String path,
      String detail,
      @Nullable Throwable cause) {
    super(method + " " + path + " failed: " + detail, cause);
    this.statusCode = statusCode;
    this.errorMessage = errorMessage;
    this.method = Objects.requireNonNull(method, "method == null");
    this.path = Objects.requireNonNull(path, "path == null");
  }

  private static String describe(int statusCode, @Nullable String errorMessage) {
    return "HTTP " + statusCode + (errorMessage == null ? "" : ": " + errorMessage);
  }

  /**
   * Returns the HTTP status of the response.
   *
   * @return the status, such as 404
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the server's {@code error} text, such as {@code "Guild not found"}.
   *
   * @return the text, or {@code null} when the body had none
   */
  public @Nullable String errorMessage() {
    return errorMessage;
  }

  /**
   * Returns the HTTP method of the failed request.
   *
   * @return the method, such as {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path and query of the failed request.
   *
   * @return the path, such as {@code /api/guilds/7}
   */
  public String path() {
    return path;
  }
}
