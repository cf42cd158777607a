package dev.smarter.sdk.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/** Decides whether a failure happened before any byte of a request reached the server. */
final class Idempotency {
  private Idempotency() {}

  /**
   * Returns whether {@code failure} certainly happened before any byte of the request reached the
   * server: the host was not found or the connection could not be opened.
   *
   * @param failure the failure
   * @return {@code true} only when the request was certainly not sent
   */
  static boolean certainlyNotSent(IOException failure) {
    if (failure instanceof ConnectException
        || failure instanceof UnknownHostException
        || failure instanceof NoRouteToHostException
        || failure instanceof PortUnreachableException) {
      return true;
    }
    String message = failure.getMessage();
    return failure instanceof SocketTimeoutException
        && message != null
        && message.toLowerCase(Locale.ROOT).contains("connect");
  }
}
