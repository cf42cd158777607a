package dev.smarter.sdk.internal;

import dev.smarter.sdk.SmarterDevException;
import java.io.IOException;

/**
 * Carries a {@link SmarterDevException} through OkHttp, whose interceptors and authenticators may
 * only throw {@link IOException}; the call layer unwraps it.
 */
public final class SdkIoException extends IOException {
  private static final long serialVersionUID = 1L;

  private final SmarterDevException exception;

  /**
   * Wraps {@code exception}.
   *
   * @param exception the exception the caller should see
   */
  public SdkIoException(SmarterDevException exception) {
    super(exception.getMessage(), exception);
    this.exception = exception;
  }

  /**
   * Returns the exception the caller should see.
   *
   * @return the wrapped exception
   */
  public SmarterDevException exception() {
    return exception;
  }
}
