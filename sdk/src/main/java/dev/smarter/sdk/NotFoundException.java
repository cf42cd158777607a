package dev.smarter.sdk;

import org.jspecify.annotations.Nullable;

/**
 * The resource does not exist (HTTP 404), such as "Guild not found".
 *
 * <p>{@link #errorMessage()} holds the server's text. Immutable.
 */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a response.
   *
   * @param statusCode the HTTP status of the response
   * @param errorMessage the server's {@code error} text, or {@code null} when it sent none
   * @param method the request's HTTP method
   * @param path the request's path and query
   */
  public NotFoundException(
      int statusCode, @Nullable String errorMessage, String method, String path) {
    super(statusCode, errorMessage, method, path);
  }
}
