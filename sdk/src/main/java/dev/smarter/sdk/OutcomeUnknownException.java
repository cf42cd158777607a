package dev.smarter.sdk;

/**
 * A request that is not safe to repeat (a warning, a moderation case, a bytes award) failed after
 * it may have reached the server, and the SDK could not find out whether the server stored it.
 *
 * <p>For warnings, cases and bytes awards the SDK first tries to find out itself (see {@link
 * RetryPolicy#lookupDelay()} and the README's "Exactly-once creates"): it looks for the row it sent
 * and, when found, the call simply succeeds; when proven absent, it sends the create again. This
 * exception means neither was possible; {@link #reason()} says why, and {@link #attempts()} and
 * {@link #lookups()} what was tried. Check (for example by listing the user's warnings) before
 * sending it again.
 *
 * <p>The cause says what happened to the request: an {@link ApiIoException} for a dropped
 * connection or a timeout, a {@link ServerException} for a 502, 503 or 504 from a gateway.
 * Immutable.
 */
public class OutcomeUnknownException extends SmarterDevException {
  private static final long serialVersionUID = 1L;

  /** Why the outcome could not be established. */
  public enum Reason {
    /**
     * The SDK did not look: reconciliation is off ({@code reconcileCreates(false)}), or the create
     * cannot be found again (a bytes role has no unique time).
     */
    NOT_LOOKED_UP,
    /**
     * The row was not found, but the server may still be processing the request: the call timed out
     * (or a gateway answered 504) while the request was in flight, so a later look could find it.
     * The SDK never sends such a create again.
     */
    MAY_STILL_BE_PROCESSING,
    /** The lookup itself failed (after its own retries). */
    LOOKUP_FAILED,
    /** The call's deadline passed before the SDK could look. */
    NO_TIME_LEFT,
    /** The call was interrupted, cancelled or its client closed while the SDK was finding out. */
    STOPPED
  }

  /** The HTTP method of the request. */
  private final String method;

  /** The path and query of the request. */
  private final String path;

  /** Why the outcome is unknown. */
  private final Reason reason;

  /** How many times the request was sent. */
  private final int attempts;

  /** How many lookups the SDK made. */
  private final int lookups;

  /**
   * Creates an exception for a request whose outcome is unknown and that was not looked up.
   *
   * @param method the request's HTTP method
   * @param path the request's path and query
   * @param cause what happened to the request
   */
  public OutcomeUnknownException(String method, String path, SmarterDevException cause) {
    this(method, path, cause, Reason.NOT_LOOKED_UP, 1, 0);
  }

  /**
   * Creates an exception for a request whose outcome is unknown.
   *
   * @param method the request's HTTP method
   * @param path the request's path and query
   * @param cause what happened to the request
   * @param reason why the SDK could not establish the outcome
   * @param attempts how many times the request was sent
   * @param lookups how many lookups the SDK made
   */
  public OutcomeUnknownException(
      String method,
      String path,
      SmarterDevException cause,
      Reason reason,
      int attempts,
      int lookups) {
    super(
        method
            + " "
            + path
            + ": outcome unknown, the server may have processed the request ("
            + describe(reason, attempts, lookups)
            + "). Check before sending it again. Cause: "
            + cause.getMessage(),
        cause);
    this.method = method;
    this.path = path;
    this.reason = reason;
    this.attempts = attempts;
    this.lookups = lookups;
  }

  private static String describe(Reason reason, int attempts, int lookups) {
    String tried =
        "sent "
            + attempts
            + (attempts == 1 ? " time" : " times")
            + (lookups == 0 ? "" : ", looked up " + lookups + (lookups == 1 ? " time" : " times"));
    switch (reason) {
      case NOT_LOOKED_UP:
        return tried + "; not retried because it is not idempotent";
      case MAY_STILL_BE_PROCESSING:
        return tried + "; not found, but the server may still be processing it";
      case LOOKUP_FAILED:
        return tried + "; the lookup failed";
      case NO_TIME_LEFT:
        return tried + "; no time was left to look it up";
      default:
        return tried + "; stopped before the outcome was known";
    }
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

  /**
   * Returns why the SDK could not establish whether the server stored the request.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns how many times the request was sent.
   *
   * @return the attempts, {@code >= 1}
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Returns how many times the SDK listed the rows to find the request.
   *
   * @return the lookups, {@code >= 0}
   */
  public int lookups() {
    return lookups;
  }
}
