package dev.smarter.sdk.internal;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The concurrency limit of one client: at most {@code limit} requests in flight, synchronous and
 * asynchronous together, handed out first come, first served.
 *
 * <p>A waiter is a future, so an asynchronous call waits without holding a thread, and a waiter
 * that gives up (cancelled, interrupted, out of time) leaves the queue. Whoever cancels a waiter's
 * future and finds it already completed holds the permit and must release it. {@link #close()}
 * fails every waiter. Thread-safe.
 */
public final class Permits {
  private final int limit;
  private final ArrayDeque<CompletableFuture<Void>> waiters = new ArrayDeque<>();
  private int available;
  private boolean closed;

  /**
   * Creates the limit.
   *
   * @param limit the most requests in flight at once, positive
   */
  public Permits(int limit) {
    this.limit = limit;
    this.available = limit;
  }

  /**
   * Takes a permit if one is free, without waiting.
   *
   * @return whether a permit was taken
   * @throws ClientClosedException if the client is closed
   */
  public synchronized boolean tryAcquire() {
    if (closed) {
      throw new ClientClosedException();
    }
    if (available > 0 && waiters.isEmpty()) {
      available--;
      return true;
    }
    return false;
  }

  /**
   * Returns a future that completes when this caller holds a permit. Cancelling the future gives up
   * the place in the queue. It fails with {@link ClientClosedException} when the client closes.
   *
   * @return the future permit
   */
  public CompletableFuture<Void> acquireAsync() {
    CompletableFuture<Void> waiter = new CompletableFuture<>();
    synchronized (this) {
      if (closed) {
        waiter.completeExceptionally(new ClientClosedException());
        return waiter;
      }
      if (available > 0 && waiters.isEmpty()) {
        available--;
        waiter.complete(null);
        return waiter;
      }
      waiters.addLast(waiter);
    }
    CompletableFuture<?> unused =
        waiter.whenComplete(
            (granted, failure) -> {
              if (failure != null) {
                withdraw(waiter);
              }
            });
    return waiter;
  }

  /**
   * Waits for a permit on the calling thread.
   *
   * @param timeoutNanos how long to wait at most
   * @throws InterruptedException if the thread is interrupted; it holds no permit then
   * @throws TimeoutException if no permit came in time; it holds no permit then
   * @throws ClientClosedException if the client closed
   */
  public void acquire(long timeoutNanos) throws InterruptedException, TimeoutException {
    if (tryAcquire()) {
      return;
    }
    CompletableFuture<Void> waiter = acquireAsync();
    try {
      waiter.get(timeoutNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException | TimeoutException e) {
      if (!waiter.cancel(false) && !waiter.isCompletedExceptionally()) {
        release();
      }
      throw e;
    } catch (ExecutionException e) {
      throw (ClientClosedException) e.getCause();
    }
  }

  /** Returns a permit; the first waiter, if any, gets it. */
  public void release() {
    while (true) {
      CompletableFuture<Void> next;
      synchronized (this) {
        next = waiters.pollFirst();
        if (next == null) {
          available++;
          return;
        }
      }
      if (next.complete(null)) {
        return;
      }
    }
  }

  /**
   * A waiter that was cancelled leaves the queue. It never holds a permit: {@link #release()} hands
   * a permit on when it cannot complete a waiter.
   */
  private synchronized void withdraw(CompletableFuture<Void> waiter) {
    waiters.removeIf(queued -> queued == waiter);
  }

  /**
   * Returns how many permits are taken.
   *
   * @return the requests in flight, {@code 0..limit}
   */
  public synchronized int inUse() {
    return limit - available;
  }

  /** Fails every waiter and every later acquisition with {@link ClientClosedException}. */
  public void close() {
    CompletableFuture<?>[] failed;
    synchronized (this) {
      closed = true;
      failed = waiters.toArray(new CompletableFuture<?>[0]);
      waiters.clear();
    }
    for (CompletableFuture<?> waiter : failed) {
      waiter.completeExceptionally(new ClientClosedException());
    }
  }

  @Override
  public String toString() {
    return "Permits{limit=" + limit + "}";
  }
}
