package dev.smarter.sdk.internal;

/** The client was closed while a call waited to send its request. */
public final class ClientClosedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ClientClosedException() {
    super("SmarterDevClient is closed");
  }
}
