package dev.smarter.sdk;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the SDK throws for a failed call. Unchecked.
 *
 * <p>Catch {@link ApiException} (or one of its subclasses) for an answer from the server, and
 * {@link ApiIoException} for a call that got no answer. Messages name the method and path of the
 * request and never contain the API key, the bearer token or any header.
 */
public class SmarterDevException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public SmarterDevException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
