package dev.smarter.sdk;

import java.io.IOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Sees what the client does: every call, attempt, retry, token exchange, wait for a request slot,
 * outcome-unknown create and {@code upsertAll} batch. Register listeners with {@link
 * SmarterDevClient.Builder#listener(CallListener)}; the optional {@code smarter-dev-micrometer}
 * module turns these events into metrics.
 *
 * <p>Every method has an empty default, so implement only what you need. Events arrive on the
 * thread that does the work (the calling thread for {@code execute()}, an OkHttp or scheduler
 * thread for {@code executeAsync()}), so implementations must be thread-safe and quick. A listener
 * that throws a {@link RuntimeException} is logged (logger {@code dev.smarter.sdk}) and does not
 * change the call's outcome nor keep the listeners after it from their event. Several listeners are
 * called in the order they were added. No event carries the API key, a token or a header.
 *
 * <p>The first call of a client, retried once after a 503 (times are examples):
 *
 * <pre>
 * callStart          GET /api/guilds/{id}
 * tokenExchangeStart FIRST                                    (only while no token is cached)
 * tokenExchangeEnd   FIRST, ok, 12 ms
 * attemptStart       attempt 1
 * attemptEnd         attempt 1, status 503, 4 ms
 * retryScheduled     attempt 2, SERVER_ERROR, delay 310 ms    (nothing is held while waiting)
 * attemptStart       attempt 2
 * attemptEnd         attempt 2, status 200, 3 ms
 * callEnd            success, 332 ms                          (then execute() returns)
 * </pre>
 *
 * <p>What every call's events obey:
 *
 * <ul>
 *   <li>Each {@link #callStart} is followed by exactly one {@link #callEnd}, the call's last event.
 *       It comes before {@code execute()} returns or throws, and before the future of {@code
 *       executeAsync()} completes, so whoever sees the result also sees every event of the call.
 *   <li>Attempts are numbered from 1 and every {@link #attemptStart} is followed by its {@link
 *       #attemptEnd}, except for an attempt in flight when an asynchronous call is cancelled: the
 *       call then ends with a {@link java.util.concurrent.CancellationException} and nothing
 *       follows.
 *   <li>A refused token (HTTP 401) is renewed and the request sent again without {@link
 *       #retryScheduled}: {@code attemptEnd} with status 401, {@code tokenExchangeStart(REFUSED)},
 *       {@code tokenExchangeEnd}, then the next {@code attemptStart}. A second 401 ends the call.
 *   <li>{@link #permitWait} comes before the {@code attemptStart} it waited for; {@link
 *       #outcomeUnknown} comes just before the {@code callEnd} of the create.
 * </ul>
 *
 * <p>Token exchanges belong to the client, not to one call: one exchange serves every call that
 * waits for it, and its start and end are reported once, on the thread that started it (a call
 * needing a token) and on the thread that received the answer. The exchange's own HTTP request
 * ({@code POST /api/auth/token}) is not reported as a call. {@link #upsertBatch} follows the {@code
 * callEnd} of the batch's {@code POST /api/users/batch}.
 */
public interface CallListener {
  /**
   * A call starts: {@code execute()} or {@code executeAsync()} was invoked.
   *
   * @param call the call
   */
  default void callStart(CallInfo call) {}

  /**
   * A call had to wait for a free request slot before an attempt.
   *
   * @param call the call
   * @param waited how long it waited
   */
  default void permitWait(CallInfo call, Duration waited) {}

  /**
   * An attempt is about to be sent.
   *
   * @param call the call
   * @param attempt 1 for the first attempt, 2 for the first retry, and so on
   */
  default void attemptStart(CallInfo call, int attempt) {}

  /**
   * An attempt ended with a response (its headers arrived) or a failure.
   *
   * @param call the call
   * @param attempt the attempt's number
   * @param statusCode the HTTP status, or 0 when there was no response
   * @param failure the connection failure, or {@code null} when a response arrived
   * @param duration from sending to the response headers or the failure
   */
  default void attemptEnd(
      CallInfo call,
      int attempt,
      int statusCode,
      @Nullable IOException failure,
      Duration duration) {}

  /**
   * The call will be sent again after a delay; nothing (thread, slot, connection) is held while it
   * waits.
   *
   * @param call the call
   * @param nextAttempt the number of the attempt that will be sent
   * @param reason why
   * @param delay how long the call waits first
   */
  default void retryScheduled(CallInfo call, int nextAttempt, RetryReason reason, Duration delay) {}

  /**
   * A create that failed ambiguously was looked up: the SDK listed the matching rows to find out
   * whether the server stored it.
   *
   * @param call the create
   * @param found whether the row sent was found (the call then succeeds with it)
   */
  default void lookup(CallInfo call, boolean found) {}

  /**
   * A create ends with {@link OutcomeUnknownException}: it may or may not have been stored.
   *
   * @param call the create
   * @param exception what the call throws, saying what the SDK tried
   */
  default void outcomeUnknown(CallInfo call, OutcomeUnknownException exception) {}

  /**
   * A call ended.
   *
   * @param call the call
   * @param failure what it failed with (also when cancelled), or {@code null} on success
   * @param duration from {@link #callStart} to now
   */
  default void callEnd(CallInfo call, @Nullable Throwable failure, Duration duration) {}

  /**
   * The client starts exchanging its API key for a bearer token. Calls that need the token wait for
   * this one exchange.
   *
   * @param reason why
   */
  default void tokenExchangeStart(TokenExchangeReason reason) {}

  /**
   * A token exchange ended.
   *
   * @param reason why it was started
   * @param failure what it failed with, or {@code null} when a token arrived
   * @param duration how long it took
   */
  default void tokenExchangeEnd(
      TokenExchangeReason reason, @Nullable Throwable failure, Duration duration) {}

  /**
   * One batch of {@code users().upsertAll(...)} ended.
   *
   * @param progress the progress after this batch
   * @param failure why the batch failed, or {@code null} when it succeeded
   */
  default void upsertBatch(UpsertProgress progress, @Nullable SmarterDevException failure) {}
}
