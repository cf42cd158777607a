package dev.smarter.sdk;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One API request, ready to send, that yields a {@code T}.
 *
 * <p>Every method of the resource interfaces ({@link GuildsApi}, {@link UsersApi}...) returns an
 * {@code ApiCall}; nothing is sent until {@link #execute()} or {@link #executeAsync()}. Each of
 * those sends a new request, so a call may be executed more than once (mind that a create which is
 * not idempotent then creates twice). Implementations are immutable and thread-safe.
 *
 * @param <T> the type of the result
 */
public interface ApiCall<T> {
  /**
   * Sends the request on the calling thread and returns its result.
   *
   * @return the result; {@code null} only for calls typed {@code ApiCall<Void>}
   * @throws ApiException if the server answered with an error or an unreadable response
   * @throws ApiIoException if no answer arrived (connection failure, timeout)
   * @throws OutcomeUnknownException if a request that is not idempotent (a warning, case or bytes
   *     award) failed after it may have reached the server; it was not sent again
   * @throws IllegalStateException if the client was closed
   */
  T execute();

  /**
   * Sends the request on the client's dispatcher and returns at once.
   *
   * <p>The future completes on an HTTP client thread, exceptionally with the same exceptions {@link
   * #execute()} throws. Cancelling the future cancels the request.
   *
   * @return a future of the result
   */
  CompletableFuture<T> executeAsync();

  /**
   * Returns a call that sends the same request and transforms its result with {@code mapper}.
   *
   * @param mapper applied to each result, on the thread that completes the call
   * @param <R> the type of the transformed result
   * @return a new call
   */
  <R> ApiCall<R> map(Function<? super T, ? extends R> mapper);
}
