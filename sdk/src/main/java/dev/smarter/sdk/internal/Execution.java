package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import dev.smarter.sdk.ApiException;
import dev.smarter.sdk.ApiResponse;
import dev.smarter.sdk.CallInfo;
import dev.smarter.sdk.CooldownException;
import dev.smarter.sdk.OutcomeUnknownException;
import dev.smarter.sdk.RequestOptions;
import dev.smarter.sdk.RetryReason;
import dev.smarter.sdk.SmarterDevException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
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
 * the call's deadline; anything else ends the call. A request that is not idempotent is retried
 * only when it certainly did not reach the server (connection refused, 408, 429).
 *
 * <p>When such a create may have reached the server (a dropped connection, a timeout, a 502, 503 or
 * 504), this class decides whether it was stored, and never turns a create still in flight into a
 * duplicate. The create carries a unique time ({@link UniqueTimes}), so a lookup of the rows it
 * would be among finds it if it is stored: found, the call succeeds with that row. Not found, it is
 * sent again only if the peer ended the exchange (closed the connection, or answered 502 or 503)
 * and the lookup came at least {@link dev.smarter.sdk.RetryPolicy#lookupDelay()} later: a server or
 * proxy that answered or hung up has stopped working on the request, or finishes within that delay,
 * so the miss proves it absent. When the client gave up first (its deadline or read timeout) or a
 * gateway answered 504, the server may still be processing the request and a miss proves nothing:
 * the call ends with {@link OutcomeUnknownException} ({@code MAY_STILL_BE_PROCESSING}). See {@link
 * #ambiguous}.
 *
 * @param <T> the type of the response body
 * @param <R> the type the call delivers
 */
abstract class Execution<T, R> {
  final HttpApiCall<T, R> call;
  final CallRuntime runtime;
  final Endpoint endpoint;
  final Request request;
  private final @Nullable Object body;
  final @Nullable CallInfo info;
  final long startNanos;
  final long deadlineNanos;
  final int maxRetries;
  int attempts;
  int retries;
  private int lookups;
  private boolean unresolved;
  private boolean resent;
  private boolean tokenRenewed;
  private @Nullable String authorization;
  private long permitWaitStart;

  Execution(HttpApiCall<T, R> call) {
    this.call = call;
    this.runtime = call.runtime;
    this.endpoint = call.endpoint;
    HttpApiCall.Reconciliation reconciliation = call.reconciliation;
    if (reconciliation == null) {
      this.body = null;
      this.request = call.request;
    } else {
      this.body = reconciliation.stamped(runtime);
      this.request = reconciliation.requestWith(call.request, body);
    }
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

  /**
   * Continues with {@code next} after {@code delay}, holding nothing meanwhile; {@code what} ends
   * the message of a call stopped during the wait ("interrupted while waiting " + what).
   */
  abstract void waitThen(Duration delay, Runnable next, String what);

  /** Runs {@code lookup} and continues with its result or failure. */
  abstract <V> void runLookup(ApiCall<V> lookup, BiConsumer<@Nullable V, @Nullable Throwable> then);

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
      send(false);
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
    boolean acquired;
    try {
      acquired = runtime.permits.tryAcquire();
    } catch (ClientClosedException e) {
      fail(stopped("the client was closed", e));
      return;
    }
    if (acquired) {
      send(false);
    } else {
      permitWaitStart = System.nanoTime();
      awaitPermit();
    }
  }

  final void onPermit() {
    send(true);
  }

  /**
   * Sends the next attempt. From here until {@link #transmit} takes over, a failure of any kind (a
   * listener's {@link Error} included) gives the request slot back before it propagates.
   */
  private void send(boolean waited) {
    Call http;
    try {
      if (waited && info != null) {
        runtime.listeners.permitWait(info, Duration.ofNanos(System.nanoTime() - permitWaitStart));
      }
      long remaining = remainingNanos();
      if (remaining <= 0) {
        releasePermit();
        fail(stopped("call timed out", null));
        return;
      }
      attempts++;
      Request.Builder attempt = request.newBuilder().tag(Attempt.class, new Attempt(attempts));
      if (authorization != null) {
        attempt.header("Authorization", authorization);
      }
      http = runtime.http.newCall(attempt.build());
      http.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
      if (info != null) {
        runtime.listeners.attemptStart(info, attempts);
      }
    } catch (Throwable t) {
      releasePermit();
      throw t;
    }
    transmit(http);
  }

  final void releasePermit() {
    if (endpoint.authenticated()) {
      runtime.permits.release();
    }
  }

  final void handleResponse(Response response, long sentNanos) {
    try {
      decideOnResponse(response, sentNanos);
    } catch (Throwable t) {
      response.close();
      throw t;
    }
  }

  private void decideOnResponse(Response response, long sentNanos) {
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
    // A redirect's body is not read to build its exception: release its connection here.
    response.close();
    if (!endpoint.idempotent() && (code == 502 || code == 503 || code == 504)) {
      ambiguous(error, code != 504);
      return;
    }
    if (resent && error instanceof CooldownException && call.reconciliation != null) {
      lookUp(error, () -> fail(error));
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
    SmarterDevException error =
        interrupted()
            ? Failures.stopped(request, "interrupted while the request was in flight", failure)
            : Failures.io(request, failure);
    if (!endpoint.idempotent() && !notSent) {
      if (interrupted()) {
        failOutcomeUnknown(error, OutcomeUnknownException.Reason.STOPPED);
      } else {
        ambiguous(error, !(failure instanceof InterruptedIOException));
      }
      return;
    }
    fail(error);
  }

  /**
   * A create that is not idempotent failed after it may have reached the server: find out whether
   * the server stored it, rather than guess.
   *
   * <p>The rule that never turns a create still in flight into a duplicate: the create is sent
   * again only when a lookup misses it after the peer ended the exchange ({@code peerEnded}: the
   * connection was closed by the other side, or a 502 or 503 came back) and after {@link
   * dev.smarter.sdk.RetryPolicy#lookupDelay()} more. A server or proxy that answered or closed the
   * connection is no longer working on the request, or finishes within that delay; the lookup then
   * sees every row the request could write. When the client gave up instead (its deadline or read
   * timeout, or a gateway's 504, which says the server did not answer in time), the server may
   * still be processing the request, so a miss proves nothing: the call ends with {@link
   * OutcomeUnknownException} ({@code MAY_STILL_BE_PROCESSING}), never with a second create.
   */
  private void ambiguous(SmarterDevException cause, boolean peerEnded) {
    if (call.reconciliation == null) {
      failOutcomeUnknown(cause, OutcomeUnknownException.Reason.NOT_LOOKED_UP);
      return;
    }
    unresolved = true;
    Runnable ifMissing =
        peerEnded
            ? () -> resendOrFail(cause)
            : () ->
                failOutcomeUnknown(cause, OutcomeUnknownException.Reason.MAY_STILL_BE_PROCESSING);
    Duration delay = peerEnded ? runtime.policy.lookupDelay() : Duration.ZERO;
    if (delay.isZero()) {
      lookUp(cause, ifMissing);
    } else if (fits(delay)) {
      waitThen(delay, () -> lookUp(cause, ifMissing), "to look the create up");
    } else {
      lookUp(
          cause,
          () -> failOutcomeUnknown(cause, OutcomeUnknownException.Reason.MAY_STILL_BE_PROCESSING));
    }
  }

  /** Lists the rows the create would be among, and ends the call with it if it is there. */
  private void lookUp(SmarterDevException cause, Runnable ifMissing) {
    HttpApiCall.Reconciliation reconciliation = call.reconciliation;
    long remaining = remainingNanos();
    if (reconciliation == null || body == null) {
      ifMissing.run();
      return;
    }
    if (remaining < TimeUnit.MILLISECONDS.toNanos(1)) {
      failOutcomeUnknown(cause, OutcomeUnknownException.Reason.NO_TIME_LEFT);
      return;
    }
    if (runtime.isClosed()) {
      failOutcomeUnknown(cause, OutcomeUnknownException.Reason.STOPPED);
      return;
    }
    lookups++;
    Object sent = body;
    runLookup(
        reconciliation
            .lookup()
            .candidates(sent)
            .withOptions(RequestOptions.defaults().withTimeout(Duration.ofNanos(remaining)))
            .withResponse(),
        (response, failure) -> {
          if (failure != null || response == null) {
            failOutcomeUnknown(
                cause,
                interrupted() || runtime.isClosed()
                    ? OutcomeUnknownException.Reason.STOPPED
                    : OutcomeUnknownException.Reason.LOOKUP_FAILED);
            return;
          }
          Object found = reconciliation.lookup().find(response.value(), sent);
          if (info != null) {
            runtime.listeners.lookup(info, found != null);
          }
          if (found == null) {
            ifMissing.run();
            return;
          }
          unresolved = false;
          @SuppressWarnings("unchecked")
          T value = (T) found;
          succeed(
              call.deliver(
                  new ApiResponse<>(
                      value, response.statusCode(), response.headers(), attempts, true)));
        });
  }

  /** The create is proven not stored: send it again if the budget allows, else fail plainly. */
  private void resendOrFail(SmarterDevException cause) {
    unresolved = false;
    if (retries < maxRetries && !interrupted()) {
      resent = true;
      retry(RetryReason.NOT_STORED, Duration.ZERO);
    } else {
      fail(cause);
    }
  }

  private void retry(RetryReason reason, Duration delay) {
    retries++;
    if (info != null) {
      runtime.listeners.retryScheduled(info, attempts + 1, reason, delay);
    }
    if (delay.isZero()) {
      nextAttempt();
    } else {
      waitThen(delay, this::nextAttempt, "to retry");
    }
  }

  final void failOutcomeUnknown(SmarterDevException cause, OutcomeUnknownException.Reason reason) {
    fail(
        new OutcomeUnknownException(
            request.method(), ErrorResponses.pathOf(request), cause, reason, attempts, lookups));
  }

  /** The exception for a call that ends while it waits, before its next request was sent. */
  final SmarterDevException stopped(String why, @Nullable Throwable cause) {
    SmarterDevException stopped =
        Failures.stopped(
            request,
            why + (attempts == 0 ? "; the request was not sent" : "; no further attempt was sent"),
            cause);
    return unresolved
        ? new OutcomeUnknownException(
            request.method(),
            ErrorResponses.pathOf(request),
            stopped,
            OutcomeUnknownException.Reason.STOPPED,
            attempts,
            lookups)
        : stopped;
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

  /**
   * Reports the end of the call, once; an {@link OutcomeUnknownException} (however the call came to
   * it, a stop while the create was unresolved included) is reported just before.
   */
  final void callEnded(@Nullable Throwable failure) {
    if (info != null && failure instanceof OutcomeUnknownException) {
      runtime.listeners.outcomeUnknown(info, (OutcomeUnknownException) failure);
    }
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
