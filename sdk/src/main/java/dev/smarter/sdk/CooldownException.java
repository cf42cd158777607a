package dev.smarter.sdk;

import org.jspecify.annotations.Nullable;

/**
 * A bytes award was refused because the giver gave too recently (HTTP 400 "Cooldown still active.
 * Try again in N minutes.").
 *
 * <p>{@link #minutesLeft()} is the server's {@code minutes_left}. Immutable.
 */
public class CooldownException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /** The server's {@code minutes_left}. */
  private final long minutesLeft;

  /**
   * Creates an exception for a cooldown refusal.
   *
   * @param errorMessage the server's {@code error} text, or {@code null} when it sent none
   * @param method the request's HTTP method
   * @param path the request's path and query
   * @param minutesLeft the server's {@code minutes_left}
   */
  public CooldownException(
      @Nullable String errorMessage, String method, String path, long minutesLeft) {
    super(400, errorMessage, method, path);
    this.minutesLeft = minutesLeft;
  }

  /**
   * Returns how many minutes the giver must still wait.
   *
   * @return the server's {@code minutes_left}
   */
  public long minutesLeft() {
    return minutesLeft;
  }
}
