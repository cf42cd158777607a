package dev.smarter.sdk.internal;

import dev.smarter.sdk.Idempotent;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import okhttp3.Request;
import retrofit2.Invocation;

/** Decides whether a request may be sent again, and whether a failure happened before sending. */
public final class Idempotency {
  private Idempotency() {}

  /**
   * Returns whether sending {@code request} twice has the same effect as sending it once: GET,
   * HEAD, PUT, DELETE and OPTIONS requests, and requests of interface methods marked {@link
   * Idempotent}.
   *
   * @param request the request
   * @return whether the request is safe to repeat
   */
  public static boolean isIdempotent(Request request) {
    switch (request.method()) {
      case "GET":
      case "HEAD":
      case "PUT":
      case "DELETE":
      case "OPTIONS":
        return true;
      default:
        Invocation invocation = request.tag(Invocation.class);
        return invocation != null && invocation.method().isAnnotationPresent(Idempotent.class);
    }
  }

  /**
   * Returns whether {@code failure} certainly happened before any byte of the request reached the
   * server: the host was not found or the connection could not be opened.
   *
   * @param failure the failure
   * @return {@code true} only when the request was certainly not sent
   */
  public static boolean certainlyNotSent(IOException failure) {
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
