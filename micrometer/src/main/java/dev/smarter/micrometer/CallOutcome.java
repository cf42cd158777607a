package dev.smarter.micrometer;

import dev.smarter.sdk.ApiException;
import dev.smarter.sdk.ApiIoException;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.UnexpectedResponseException;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * How a call ended: the value of the {@value SmarterDevMetrics#OUTCOME} tag of {@link
 * SmarterDevMetrics#CALLS}. Only {@link #SUCCESS} delivered a result.
 */
public enum CallOutcome {
  /** The call delivered its result (a 2xx response). */
  SUCCESS,
  /** The server answered 4xx ({@code BadRequestException}, {@code NotFoundException}...). */
  CLIENT_ERROR,
  /** The server answered 5xx ({@code ServerException}), after the retries allowed. */
  SERVER_ERROR,
  /**
   * An answer the SDK could not use: a redirect, HTML, malformed JSON ({@code
   * UnexpectedResponseException}).
   */
  INVALID_RESPONSE,
  /**
   * No answer: connection refused or dropped, timed out, client closed ({@code ApiIoException}).
   */
  IO_ERROR,
  /** A create that may or may not have been stored ({@code OutcomeUnknownException}). */
  OUTCOME_UNKNOWN,
  /** The caller cancelled the future of {@code executeAsync()}. */
  CANCELLED,
  /** Any other failure, such as an exception thrown by a function given to {@code map}. */
  UNKNOWN;

  /** The outcome of a call that ended with {@code failure}, or succeeded when it is null. */
  static CallOutcome of(@Nullable Throwable failure) {
    if (failure == null) {
      return SUCCESS;
    }
    if (failure instanceof OutcomeUnknownException) {
      return OUTCOME_UNKNOWN;
    }
    if (failure instanceof CancellationException) {
      return CANCELLED;
    }
    if (failure instanceof UnexpectedResponseException) {
      return INVALID_RESPONSE;
    }
    if (failure instanceof ApiException) {
      int status = ((ApiException) failure).statusCode();
      if (status >= 500) {
        return SERVER_ERROR;
      }
      return status >= 400 ? CLIENT_ERROR : INVALID_RESPONSE;
    }
    if (failure instanceof ApiIoException) {
      return IO_ERROR;
    }
    return UNKNOWN;
  }

  /**
   * The status class of the last response a call got: {@code 2xx} on success, the class of the
   * server's status for an {@link ApiException} (also as the cause of an {@link
   * OutcomeUnknownException}), and {@code NONE} when no response decided the call.
   */
  static String statusClass(@Nullable Throwable failure) {
    if (failure == null) {
      return "2xx";
    }
    Throwable decisive = failure instanceof OutcomeUnknownException ? failure.getCause() : failure;
    if (decisive instanceof ApiException) {
      return ((ApiException) decisive).statusCode() / 100 + "xx";
    }
    return SmarterDevMetrics.NO_STATUS;
  }
}
