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

  /**
   * Creates an exception whose detail message says more than the status, such as a failure of the
   * token exchange reported for the call that needed the token.
   *
   * @param statusCode the HTTP status of the response
   * @param errorMessage the server's {@code error} text, or {@code null} when it sent none
   * @param method the HTTP method of the call that failed
   * @param path the path and query of the call that failed
   * @param detail what went wrong, without the method and path
   * @param cause the underlying failure, or {@code null}
   */
  public ServerException(
      int statusCode,
      @Nullable String errorMessage,
      String method,
      String path,
      String detail,
      @Nullable Throwable cause) {
    super(statusCode, errorMessage, method, path, detail, cause);
  }
}
