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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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
 *
 * <p>The call ends once, whichever comes first: success, failure or cancellation claims {@link
 * #ended}, reports {@code callEnd} to the listeners, and only then completes the future, so that
 * whoever waits on the future sees every event of the call. No step runs after the end.
 */
final class AsyncExecution<T, R> extends Execution<T, R> implements Callback {
  private final CallFuture<R> future = new CallFuture<>(this);
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile @Nullable Future<?> waitingFor;
  private final AtomicReference<@Nullable Call> inFlight = new AtomicReference<>();
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
      if (!ended.get()) {
        step.run();
      }
    } catch (Throwable t) {
      fail(t);
    }
  }

  /** Records what the call waits for, so that cancelling the call cancels the wait. */
  private void waitFor(Future<?> wait) {
    waitingFor = wait;
    if (ended.get()) {
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
              if (failure == null) {
                // One check of ended decides who owns the permit: this call, or the next caller.
                if (ended.get()) {
                  runtime.permits.release();
                  return;
                }
                try {
                  waitingFor = null;
                  onPermit();
                } catch (Throwable t) {
                  fail(t);
                }
                return;
              }
              guarded(
                  () -> {
                    waitingFor = null;
                    Throwable cause = unwrap(failure);
                    if (cause instanceof TimeoutException) {
                      fail(stopped("call timed out while waiting for a free request slot", cause));
                    } else {
                      fail(stopped("the client was closed", cause));
                    }
                  });
            });
  }

  @Override
  void transmit(Call attempt) {
    inFlight.set(attempt);
    if (ended.get()) {
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
      if (ended.get()) {
        response.close();
        return;
      }
      handleResponse(response, sentNanos);
    } catch (Throwable t) {
      response.close();
      fail(t);
    } finally {
      // Only this attempt: handling the response may have sent the next one already.
      inFlight.compareAndSet(attempt, null);
    }
  }

  @Override
  public void onFailure(Call attempt, IOException e) {
    inFlight.compareAndSet(attempt, null);
    releasePermit();
    guarded(() -> handleFailure(e, sentNanos));
  }

  @Override
  void waitThen(Duration delay, Runnable next, String what) {
    // The continuation waits until the timer's future is registered: were it to run first and
    // register its own wait, that newer wait would be overwritten and missed by cancel and close.
    CompletableFuture<Void> registered = new CompletableFuture<>();
    try {
      Future<?> scheduled = runtime.schedule(delay, () -> runAfter(registered, next));
      if (scheduled != null) {
        waitFor(scheduled);
      }
      registered.complete(null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(stopped("interrupted while waiting " + what, e));
    } catch (ClientClosedException e) {
      fail(stopped("the client was closed while waiting " + what, e));
    }
  }

  private void runAfter(CompletableFuture<Void> registered, Runnable next) {
    CompletableFuture<?> unused = registered.thenRun(() -> guarded(next));
  }

  @Override
  <V> void runLookup(ApiCall<V> lookup, BiConsumer<@Nullable V, @Nullable Throwable> then) {
    CompletableFuture<V> running;
    try {
      running = lookup.executeAsync();
    } catch (RuntimeException e) {
      // The client closed since the lookup was decided on.
      then.accept(null, e);
      return;
    }
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
    if (ended.compareAndSet(false, true)) {
      try {
        ended(null);
      } finally {
        future.complete(value);
      }
    }
  }

  @Override
  void fail(Throwable failure) {
    if (ended.compareAndSet(false, true)) {
      try {
        ended(failure);
      } finally {
        future.completeExceptionally(failure);
      }
    }
  }

  private void ended(@Nullable Throwable failure) {
    runtime.finished(this);
    callEnded(failure);
  }

  /**
   * The caller cancels the future: unless the call has ended already, stops whatever it waits for,
   * reports its end, then cancels the future.
   *
   * @return whether the future was cancelled; {@code false} if the call had ended already
   */
  private boolean cancel(boolean mayInterruptIfRunning) {
    if (!ended.compareAndSet(false, true)) {
      return false;
    }
    boolean cancelled = false;
    try {
      Future<?> wait = waitingFor;
      if (wait != null) {
        wait.cancel(false);
      }
      Call call = inFlight.get();
      if (call != null) {
        call.cancel();
      }
      ended(new CancellationException("cancelled by the caller"));
    } finally {
      cancelled = future.cancelFuture(mayInterruptIfRunning);
    }
    return cancelled;
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
      return execution.cancel(mayInterruptIfRunning);
    }

    boolean cancelFuture(boolean mayInterruptIfRunning) {
      return super.cancel(mayInterruptIfRunning);
    }
  }
}
