package dev.smarter.sdk;

import org.jspecify.annotations.Nullable;

/**
 * The server failed (HTTP 5xx). Note that the Smarter Dev server also answers 500 for some invalid
 * input, so a 500 from a create is usually permanent.
 *
 * <p>{@link #errorMessage()} holds the server's text. Immutable.
 */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a response.
   *
   * @param statusCode the HTTP status of the response
   * @param errorMessage the server's {@code error} text, or {@code null} when it sent none
   * @param method the request's HTTP method
   * @param path the request's path and query
   */
  public ServerException(
      int statusCode, @Nullable String errorMessage, String method, String path) {
    super(statusCode, errorMessage, method, path);
  }
}
