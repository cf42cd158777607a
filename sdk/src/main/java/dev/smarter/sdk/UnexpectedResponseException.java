package dev.smarter.sdk;

import org.jspecify.annotations.Nullable;

/**
 * The server's answer was not what the API promises: a redirect (the server answers unknown paths
 * and bad ids with a 302 to its home page), a body that is not JSON, JSON of the wrong shape, or a
 * status the API does not use (such as 405). Usually a wrong base URL, a proxy in the way, or an
 * SDK and server that disagree. Immutable.
 */
public class UnexpectedResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for a response the SDK cannot use.
   *
   * @param statusCode the HTTP status of the response
   * @param method the request's HTTP method
   * @param path the request's path and query
   * @param detail what was wrong with the response
   * @param cause the underlying failure, or {@code null}
   */
  public UnexpectedResponseException(
      int statusCode, String method, String path, String detail, @Nullable Throwable cause) {
    super(
        statusCode,
        null,
        method,
        path,
        "unexpected response (HTTP " + statusCode + "): " + detail,
        cause);
  }
}
