package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiException;
import dev.smarter.sdk.ApiResponse;
import dev.smarter.sdk.CallInfo;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.RetryReason;
import dev.smarter.sdk.SmarterDevException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * One execution of an {@link HttpApiCall}: the attempts, the waits between them, and the decision
 * after each. The decisions live here once; {@link SyncExecution} waits by blocking the calling
 * thread and {@link AsyncExecution} by chaining futures and timers, holding no thread while it
 * waits.
 *
 * <p>The steps of an attempt: a token (cached, or one shared exchange), a request slot ({@link
 * Permits}), the request, then a decision: success; a 401 renews the token once and resends (the
 * server checks tokens before routing, so nothing was processed); a retryable failure waits (full
 * jitter backoff or {@code Retry-After}) and starts the next attempt, within the retry budget and
 * the call's deadline; anything else ends the call. A request that is not idempotent is sent again
 * only when it certainly did not reach the server (connection refused, 408, 429); when it may have,
 * the call ends with {@link OutcomeUnknownException}.
 *
 * @param <T> the type of the response body
 * @param <R> the type the call delivers
 */
abstract class Execution<T, R> {
  final HttpApiCall<T, R> call;
  final CallRuntime runtime;
  final Endpoint endpoint;
  final Request request;
  final @Nullable CallInfo info;
  final long startNanos;
  final long deadlineNanos;
  final int maxRetries;
  int attempts;
  int retries;
  private boolean tokenRenewed;
  private @Nullable String authorization;
  private long permitWaitStart;

  Execution(HttpApiCall<T, R> call) {
    this.call = call;
    this.runtime = call.runtime;
    this.endpoint = call.endpoint;
    this.request = call.request;
    // The token exchange is reported as tokenExchangeStart/End by the TokenProvider, not as a call.
    this.info =
        runtime.listeners.isEmpty() || !endpoint.authenticated()
            ? null
            : new CallInfo(endpoint.route(), ErrorResponses.pathOf(request));
    this.startNanos = System.nanoTime();
    Duration timeout = call.timeout();
    this.deadlineNanos = startNanos + TimeUnit.NANOSECONDS.convert(timeout);
    this.maxRetries = call.maxRetries();
  }

  /** Continues with the header value of a token other than {@code refused}: {@link #onToken}. */
  abstract void awaitToken(@Nullable String refused);

  /** Continues, once a request slot is held, with {@link #onPermit()}. */
  abstract void awaitPermit();

  /**
   * Sends {@code attempt}, releases the request slot (if the endpoint takes one) once the response
   * headers arrive or the attempt fails, and continues with {@link #handleResponse} or {@link
   * #handleFailure}.
   */
  abstract void transmit(Call attempt);

  /** Continues with {@link #nextAttempt()} after {@code delay}. */
  abstract void waitThenRetry(Duration delay);

  /** Ends the call with its result. */
  abstract void succeed(R result);

  /** Ends the call with {@code failure}. */
  abstract void fail(Throwable failure);

  /** Whether the thread running a synchronous call was interrupted: no retry then. */
  abstract boolean interrupted();

  final void start() {
    if (info != null) {
      runtime.listeners.callStart(info);
    }
    nextAttempt();
  }

  final void nextAttempt() {
    if (!endpoint.authenticated()) {
      send();
      return;
    }
    String cached = runtime.tokens().cached();
    if (cached != null) {
      onToken(cached);
    } else {
      awaitToken(null);
    }
  }

  final void onToken(String authorization) {
    this.authorization = authorization;
    if (runtime.permits.tryAcquire()) {
      send();
    } else {
      permitWaitStart = System.nanoTime();
      awaitPermit();
    }
  }

  final void onPermit() {
    if (info != null) {
      runtime.listeners.permitWait(info, Duration.ofNanos(System.nanoTime() - permitWaitStart));
    }
    send();
  }

  private void send() {
    long remaining = remainingNanos();
    if (remaining <= 0) {
      releasePermit();
      fail(Failures.notSent(request, "call timed out", null));
      return;
    }
    attempts++;
    Request.Builder attempt = request.newBuilder().tag(Attempt.class, new Attempt(attempts));
    if (authorization != null) {
      attempt.header("Authorization", authorization);
    }
    Call http = runtime.http.newCall(attempt.build());
    http.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
    if (info != null) {
      runtime.listeners.attemptStart(info, attempts);
    }
    transmit(http);
  }

  final void releasePermit() {
    if (endpoint.authenticated()) {
      runtime.permits.release();
    }
  }

  final void handleResponse(Response response, long sentNanos) {
    int code = response.code();
    attemptEnded(code, null, sentNanos);
    retries += earlierAttempts(response);
    if (code == 401 && endpoint.authenticated() && !tokenRenewed && authorization != null) {
      response.close();
      tokenRenewed = true;
      awaitToken(authorization);
      return;
    }
    if (response.isSuccessful()) {
      Response buffered;
      try {
        buffered = ResponseReader.buffer(response);
      } catch (IOException e) {
        decideOnFailure(e);
        return;
      }
      T value = call.reader.read(buffered);
      succeed(call.deliver(new ApiResponse<>(value, code, buffered.headers(), attempts, false)));
      return;
    }
    RetryReason reason = retryReason(code);
    if (reason != null && retries < maxRetries && !interrupted()) {
      Duration delay = delayFor(response);
      if (delay != null && fits(delay)) {
        response.close();
        retry(reason, delay);
        return;
      }
    }
    ApiException error =
        ErrorResponses.toException(response, response.body(), runtime.clock.instant());
    if (!endpoint.idempotent() && (code == 502 || code == 503 || code == 504)) {
      failOutcomeUnknown(error);
      return;
    }
    fail(error);
  }

  final void handleFailure(IOException failure, long sentNanos) {
    attemptEnded(0, failure, sentNanos);
    decideOnFailure(failure);
  }

  private void decideOnFailure(IOException failure) {
    boolean notSent = Idempotency.certainlyNotSent(failure);
    if ((endpoint.idempotent() || notSent) && retries < maxRetries && !interrupted()) {
      Duration delay = Backoff.delay(runtime.policy, retries, runtime.random);
      if (fits(delay)) {
        retry(RetryReason.CONNECTION_FAILED, delay);
        return;
      }
    }
    SmarterDevException error = Failures.io(request, failure);
    if (!endpoint.idempotent() && !notSent) {
      failOutcomeUnknown(error);
      return;
    }
    fail(error);
  }

  private void retry(RetryReason reason, Duration delay) {
    retries++;
    if (info != null) {
      runtime.listeners.retryScheduled(info, attempts + 1, reason, delay);
    }
    waitThenRetry(delay);
  }

  final void failOutcomeUnknown(SmarterDevException cause) {
    OutcomeUnknownException unknown =
        new OutcomeUnknownException(request.method(), ErrorResponses.pathOf(request), cause);
    if (info != null) {
      runtime.listeners.outcomeUnknown(info, unknown);
    }
    fail(unknown);
  }

  /** The exception for a call that ends while it waits, before its next request was sent. */
  final SmarterDevException stopped(String why, @Nullable Throwable cause) {
    return Failures.notSent(request, attempts == 0 ? why : why + " before the next attempt", cause);
  }

  final RuntimeException tokenFailure(Throwable cause) {
    return Failures.tokenFailure(request, cause);
  }

  final long remainingNanos() {
    return deadlineNanos - System.nanoTime();
  }

  private boolean fits(Duration delay) {
    return Timeouts.saturatedNanos(delay) < remainingNanos();
  }

  private void attemptEnded(int code, @Nullable IOException failure, long sentNanos) {
    if (info != null) {
      runtime.listeners.attemptEnd(
          info, attempts, code, failure, Duration.ofNanos(System.nanoTime() - sentNanos));
    }
  }

  final void callEnded(@Nullable Throwable failure) {
    if (info != null) {
      runtime.listeners.callEnd(info, failure, Duration.ofNanos(System.nanoTime() - startNanos));
    }
  }

  private @Nullable RetryReason retryReason(int code) {
    switch (code) {
      case 408:
        return RetryReason.REQUEST_TIMEOUT;
      case 429:
        return RetryReason.RATE_LIMITED;
      case 500:
      case 502:
      case 503:
      case 504:
        return endpoint.idempotent() ? RetryReason.SERVER_ERROR : null;
      default:
        return null;
    }
  }

  /** The delay before the next attempt, or {@code null} when the server asked for too long. */
  private @Nullable Duration delayFor(Response response) {
    Attempt attempt = response.request().tag(Attempt.class);
    if (attempt != null && attempt.retryNow()) {
      return Duration.ZERO;
    }
    if (response.code() == 429 || response.code() == 503) {
      Duration retryAfter =
          RetryAfter.parse(response.header("Retry-After"), runtime.clock.instant());
      if (retryAfter != null) {
        return retryAfter.compareTo(runtime.policy.maxRetryAfter()) > 0 ? null : retryAfter;
      }
    }
    return Backoff.delay(runtime.policy, retries, runtime.random);
  }

  /** The attempts OkHttp itself made before this response (it follows some on its own). */
  private static int earlierAttempts(Response response) {
    int count = 0;
    for (Response prior = response.priorResponse(); prior != null; prior = prior.priorResponse()) {
      count++;
    }
    return count;
  }
}
