package dev.smarter.sdk.internal;

import dev.smarter.sdk.ApiCall;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * An execution that holds no thread while it waits ({@code executeAsync()}): it waits for a token
 * or a request slot by chaining on futures, sends with OkHttp's dispatcher, and waits before a
 * retry on the client's timer. Cancelling its future ends it at once, whatever it waits for: the
 * wait is abandoned (a slot it was about to get goes to the next caller), a scheduled retry is
 * removed, a request in flight is cancelled. Every step runs guarded, so an exception or {@link
 * Error} thrown anywhere (a listener, a converter) completes the future instead of leaving it
 * pending.
 */
final class AsyncExecution<T, R> extends Execution<T, R> implements Callback {
  private final CallFuture<R> future = new CallFuture<>(this);
  private volatile @Nullable Future<?> waitingFor;
  private volatile @Nullable Call inFlight;
  private long sentNanos;

  AsyncExecution(HttpApiCall<T, R> call) {
    super(call);
  }

  CompletableFuture<R> run() {
    runtime.started(this);
    guarded(this::start);
    return future;
  }

  private void guarded(Runnable step) {
    try {
      if (!future.isDone()) {
        step.run();
      }
    } catch (Throwable t) {
      fail(t);
    }
  }

  /** Records what the call waits for, so that cancelling the call cancels the wait. */
  private void waitFor(Future<?> wait) {
    waitingFor = wait;
    if (future.isDone()) {
      wait.cancel(false);
    } else if (runtime.isClosed()) {
      abortClosed();
    }
  }

  @Override
  void awaitToken(@Nullable String refused) {
    CompletableFuture<String> token =
        runtime.tokens().fresh(refused).orTimeout(remainingNanos(), TimeUnit.NANOSECONDS);
    waitFor(token);
    CompletableFuture<?> unused =
        token.whenComplete(
            (authorization, failure) ->
                guarded(
                    () -> {
                      waitingFor = null;
                      if (failure == null) {
                        onToken(authorization);
                      } else if (unwrap(failure) instanceof TimeoutException) {
                        fail(stopped("call timed out while waiting for a token", unwrap(failure)));
                      } else {
                        fail(tokenFailure(unwrap(failure)));
                      }
                    }));
  }

  @Override
  void awaitPermit() {
    CompletableFuture<Void> permit =
        runtime.permits.acquireAsync().orTimeout(remainingNanos(), TimeUnit.NANOSECONDS);
    waitFor(permit);
    CompletableFuture<?> unused =
        permit.whenComplete(
            (granted, failure) -> {
              if (failure == null && future.isDone()) {
                runtime.permits.release();
                return;
              }
              guarded(
                  () -> {
                    waitingFor = null;
                    Throwable cause = failure == null ? null : unwrap(failure);
                    if (cause == null) {
                      onPermit();
                    } else if (cause instanceof TimeoutException) {
                      fail(stopped("call timed out while waiting for a free request slot", cause));
                    } else {
                      fail(stopped("the client was closed", cause));
                    }
                  });
            });
  }

  @Override
  void transmit(Call attempt) {
    inFlight = attempt;
    if (future.isDone()) {
      attempt.cancel();
    }
    sentNanos = System.nanoTime();
    try {
      attempt.enqueue(this);
    } catch (RuntimeException | Error e) {
      releasePermit();
      throw e;
    }
  }

  @Override
  public void onResponse(Call attempt, Response response) {
    releasePermit();
    try {
      if (future.isDone()) {
        response.close();
        return;
      }
      handleResponse(response, sentNanos);
    } catch (Throwable t) {
      response.close();
      fail(t);
    } finally {
      inFlight = null;
    }
  }

  @Override
  public void onFailure(Call attempt, IOException e) {
    inFlight = null;
    releasePermit();
    guarded(() -> handleFailure(e, sentNanos));
  }

  @Override
  void waitThen(Duration delay, Runnable next, String what) {
    try {
      Future<?> scheduled = runtime.schedule(delay, () -> guarded(next));
      if (scheduled != null) {
        waitFor(scheduled);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(stopped("interrupted while waiting " + what, e));
    } catch (ClientClosedException e) {
      fail(stopped("the client was closed while waiting " + what, e));
    }
  }

  @Override
  <V> void runLookup(ApiCall<V> lookup, BiConsumer<@Nullable V, @Nullable Throwable> then) {
    CompletableFuture<V> running = lookup.executeAsync();
    waitFor(running);
    CompletableFuture<?> unused =
        running.whenComplete(
            (found, failure) ->
                guarded(
                    () -> {
                      waitingFor = null;
                      then.accept(found, failure == null ? null : unwrap(failure));
                    }));
  }

  @Override
  boolean interrupted() {
    return false;
  }

  @Override
  void succeed(R value) {
    if (future.complete(value)) {
      ended(null);
    }
  }

  @Override
  void fail(Throwable failure) {
    if (future.completeExceptionally(failure)) {
      ended(failure);
    }
  }

  private void ended(@Nullable Throwable failure) {
    runtime.finished(this);
    callEnded(failure);
  }

  /** The caller cancelled the future: stop whatever the call is waiting for. */
  void cancelled() {
    Future<?> wait = waitingFor;
    if (wait != null) {
      wait.cancel(false);
    }
    Call call = inFlight;
    if (call != null) {
      call.cancel();
    }
    ended(new CancellationException("cancelled by the caller"));
  }

  /** The client was closed: a call that waits (not one in flight) ends now. */
  void abortClosed() {
    Future<?> wait = waitingFor;
    if (wait != null && !wait.isDone()) {
      fail(stopped("the client was closed", new ClientClosedException()));
      wait.cancel(false);
    }
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  /** The future handed to the caller; cancelling it cancels the execution. */
  private static final class CallFuture<R> extends CompletableFuture<R> {
    private final AsyncExecution<?, R> execution;

    CallFuture(AsyncExecution<?, R> execution) {
      this.execution = execution;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (cancelled) {
        execution.cancelled();
      }
      return cancelled;
    }
  }
}
