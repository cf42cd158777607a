package dev.smarter.sdk;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One API request, ready to send, that yields a {@code T}.
 *
 * <p>Every method of the resource interfaces ({@link GuildsApi}, {@link UsersApi}...) returns an
 * {@code ApiCall}; nothing is sent until {@link #execute()} or {@link #executeAsync()}. Each of
 * those is a new, independent execution, so a call may be executed more than once (mind that a
 * create which is not idempotent then creates twice). Implementations are immutable and
 * thread-safe. To unit-test code that uses the SDK without any server, the testkit's {@code
 * ApiCalls} makes calls with canned results.
 *
 * @param <T> the type of the result
 */
public interface ApiCall<T> {
  /**
   * Sends the request on the calling thread and returns its result, retrying as the client's {@link
   * RetryPolicy} (or {@link #withOptions}) allows.
   *
   * <p>Interrupting the thread ends the call promptly: while it waits for a token, a request slot
   * or a retry, it fails with {@link ApiIoException} and nothing more is sent; while a request is
   * in flight, it fails as a connection failure would ({@link OutcomeUnknownException} for a create
   * that may have reached the server). The thread's interrupt flag stays set.
   *
   * @return the result; {@code null} only for calls typed {@code ApiCall<Void>}
   * @throws ApiException if the server answered with an error or an unreadable response
   * @throws ApiIoException if no answer arrived (connection failure, timeout, interrupt), or the
   *     call ended before its request was sent (its message says so)
   * @throws OutcomeUnknownException if a request that is not idempotent (a warning, case or bytes
   *     award) failed after it may have reached the server
   * @throws IllegalStateException if the client was closed before the call started
   */
  T execute();

  /**
   * Starts the call and returns at once. The call holds no thread while it waits for a token, a
   * request slot or a retry; the request is sent on the client's OkHttp dispatcher.
   *
   * <p>The future completes on an HTTP client or timer thread, exceptionally with the same
   * exceptions {@link #execute()} throws. Cancelling the future ends the call at once at any stage:
   * a wait is abandoned, a scheduled retry dropped, a request in flight cancelled (a create already
   * sent may still be stored). If the client is closed while the call waits, the future fails with
   * an {@link ApiIoException} saying so.
   *
   * @return a future of the result
   * @throws IllegalStateException if the client was closed before the call started
   */
  CompletableFuture<T> executeAsync();

  /**
   * Returns a call that sends the same request and transforms its result with {@code mapper}. An
   * exception or {@link Error} thrown by {@code mapper} is what the call then throws (or completes
   * its future with).
   *
   * @param mapper applied to each result, on the thread that completes the call
   * @param <R> the type of the transformed result
   * @return a new call
   */
  <R> ApiCall<R> map(Function<? super T, ? extends R> mapper);

  /**
   * Returns a call that sends the same request with other settings for this call only, such as a
   * short deadline and no retries for a bot's {@code !ping}. Settings not given keep their current
   * values.
   *
   * @param options the settings to override
   * @return a new call
   */
  ApiCall<T> withOptions(RequestOptions options);

  /**
   * Returns a call that yields the result together with the HTTP status and headers of the
   * response, and how many attempts it took.
   *
   * @return a new call
   */
  ApiCall<ApiResponse<T>> withResponse();
}
