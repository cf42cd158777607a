package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiException;
import dev.smarter.sdk.ApiIoException;
import dev.smarter.sdk.AuthenticationException;
import dev.smarter.sdk.BadRequestException;
import dev.smarter.sdk.ServerException;
import dev.smarter.sdk.UnexpectedResponseException;
import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/** Builds the exceptions a call ends with, each naming the user's call first. */
final class Failures {
  private Failures() {}

  /** A failure to communicate: no answer arrived. */
  static ApiIoException io(Request request, IOException e) {
    String detail =
        e instanceof InterruptedIOException && "timeout".equals(e.getMessage())
            ? "call timed out"
            : describe(e);
    return new ApiIoException(request.method(), ErrorResponses.pathOf(request), detail, e);
  }

  /** The HTTP client (an interceptor of a caller's {@code OkHttpClient}, say) threw. */
  static ApiIoException clientFailure(Request request, RuntimeException e) {
    return new ApiIoException(
        request.method(),
        ErrorResponses.pathOf(request),
        "the HTTP client threw " + describe(e),
        e);
  }

  /** The call ended while it waited, before its next request was sent. */
  static ApiIoException stopped(Request request, String detail, @Nullable Throwable cause) {
    return new ApiIoException(request.method(), ErrorResponses.pathOf(request), detail, cause);
  }

  /**
   * The token exchange a call waited for failed: the call's own exception, naming the call first
   * and keeping the exchange's failure as its cause. An {@link Error} is rethrown as it is.
   */
  static RuntimeException tokenFailure(Request request, Throwable cause) {
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    String method = request.method();
    String path = ErrorResponses.pathOf(request);
    String detail = "could not get a token: " + cause.getMessage();
    if (cause instanceof AuthenticationException || cause instanceof BadRequestException) {
      ApiException refused = (ApiException) cause;
      return new AuthenticationException(
          refused.statusCode(),
          refused.errorMessage(),
          method,
          path,
          "the API key was refused: " + cause.getMessage(),
          cause);
    }
    if (cause instanceof ServerException) {
      ApiException server = (ApiException) cause;
      return new ServerException(
          server.statusCode(), server.errorMessage(), method, path, detail, cause);
    }
    if (cause instanceof ApiException) {
      return new UnexpectedResponseException(
          ((ApiException) cause).statusCode(), method, path, detail, cause);
    }
    return new ApiIoException(method, path, detail, cause);
  }

  static String describe(Throwable e) {
    @Nullable String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
