package dev.smarter.sdk;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The call got no usable answer: the server could not be reached, the connection dropped, or a
 * timeout passed. The cause is the underlying {@link IOException}.
 *
 * <p>For a request that is not safe to repeat (a warning, a moderation case, a bytes award), the
 * server may or may not have processed it: check before sending it again. Immutable.
 */
public class ApiIoException extends SmarterDevException {
  private static final long serialVersionUID = 1L;

  /** The HTTP method of the request. */
  private final String method;

  /** The path and query of the request. */
  private final String path;

  /**
   * Creates an exception for a call that failed in transit.
   *
   * @param method the request's HTTP method
   * @param path the request's path and query
   * @param detail what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public ApiIoException(String method, String path, String detail, @Nullable Throwable cause) {
    super(method + " " + path + " failed: " + detail, cause);
    this.method = method;
    this.path = path;
  }

  /**
   * Returns the HTTP method of the failed request.
   *
   * @return the method, such as {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path and query of the failed request.
   *
   * @return the path, such as {@code /api/warnings}
   */
  public String path() {
    return path;
  }
}
