package dev.smarter.sdk;

/**
 * A request that is not safe to repeat (a warning, a moderation case, a bytes award) failed after
 * it may have reached the server, so the SDK did not send it again: the server may or may not have
 * stored it. Check (for example by listing the user's warnings) before sending it again.
 *
 * <p>The cause says what happened: an {@link ApiIoException} for a dropped connection or a timeout,
 * a {@link ServerException} for a 502, 503 or 504 from a gateway. Immutable.
 */
public class OutcomeUnknownException extends SmarterDevException {
  private static final long serialVersionUID = 1L;

  /** The HTTP method of the request. */
  private final String method;

  /** The path and query of the request. */
  private final String path;

  /**
   * Creates an exception for a request whose outcome is unknown.
   *
   * @param method the request's HTTP method
   * @param path the request's path and query
   * @param cause what happened to the request
   */
  public OutcomeUnknownException(String method, String path, SmarterDevException cause) {
    super(
        method
            + " "
            + path
            + ": outcome unknown, the server may have processed the request; it was not"
            + " retried because it is not idempotent. Check before sending it again. Cause: "
            + cause.getMessage(),
        cause);
    this.method = method;
    this.path = path;
  }

  /**
   * Returns the HTTP method of the request.
   *
   * @return the method, such as {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path and query of the request.
   *
   * @return the path, such as {@code /api/warnings}
   */
  public String path() {
    return path;
  }
}
