package dev.smarter.sdk.internal;

import dev.smarter.sdk.RetryPolicy;
import dev.smarter.sdk.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * What every call of one client shares: the HTTP client, the token provider, the concurrency limit,
 * the retry policy, the clock, the listeners, the timer that runs delayed retries of asynchronous
 * calls, and whether the client is closed. Thread-safe.
 */
public final class CallRuntime {
  final OkHttpClient http;
  final Permits permits;
  final RetryPolicy policy;
  final Duration callTimeout;
  final Sleeper sleeper;
  final Random random;
  final Clock clock;
  final Listeners listeners;
  final UniqueTimes stamps;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CompletableFuture<Void> closing = new CompletableFuture<>();
  private final Set<AsyncExecution<?, ?>> running = ConcurrentHashMap.newKeySet();
  private final boolean reconcileCreates;
  private @Nullable TokenProvider tokens;
  private CreateLookup.@Nullable Registry lookups;
  private @Nullable ScheduledThreadPoolExecutor timer;

  /**
   * Creates the runtime of one client.
   *
   * @param http the client every request is sent with
   * @param maxConcurrentRequests the concurrency limit
   * @param policy the retry policy
   * @param callTimeout the deadline of a call unless its options say otherwise
   * @param sleeper how synchronous calls wait before a retry
   * @param random the source of backoff jitter
   * @param clock the clock for tokens, {@code Retry-After} dates and stamps
   * @param listeners the listeners
   * @param reconcileCreates whether creates that fail ambiguously are looked up
   */
  public CallRuntime(
      OkHttpClient http,
      int maxConcurrentRequests,
      RetryPolicy policy,
      Duration callTimeout,
      Sleeper sleeper,
      Random random,
      Clock clock,
      Listeners listeners,
      boolean reconcileCreates) {
    this.http = http;
    this.permits = new Permits(maxConcurrentRequests);
    this.policy = policy;
    this.callTimeout = callTimeout;
    this.sleeper = sleeper;
    this.random = random;
    this.clock = clock;
    this.listeners = listeners;
    this.stamps = new UniqueTimes(clock);
    this.reconcileCreates = reconcileCreates;
  }

  /**
   * Sets the lookups of creates, once, after the client's endpoints exist.
   *
   * @param lookups the lookups over the client's endpoints
   */
  public synchronized void lookups(CreateLookup.Registry lookups) {
    this.lookups = lookups;
  }

  /** The lookup of {@code kind}, or {@code null} when creates are not reconciled. */
  synchronized @Nullable CreateLookup<?, ?> lookup(@Nullable CreateKind kind) {
    return kind == null || !reconcileCreates || lookups == null ? null : lookups.of(kind);
  }

  /**
   * Sets the token provider, once, after the Retrofit instance it uses exists.
   *
   * @param tokens the provider
   */
  public synchronized void tokens(TokenProvider tokens) {
    this.tokens = tokens;
  }

  synchronized TokenProvider tokens() {
    if (tokens == null) {
      throw new IllegalStateException("no token provider");
    }
    return tokens;
  }

  /**
   * Returns the clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns how many requests are in flight now.
   *
   * @return the permits taken
   */
  public int requestsInFlight() {
    return permits.inUse();
  }

  /**
   * Throws if the client is closed.
   *
   * @throws IllegalStateException if the client is closed
   */
  public void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("SmarterDevClient is closed");
    }
  }

  boolean isClosed() {
    return closed.get();
  }

  /**
   * Waits on the calling thread; {@link #close()} ends the wait with {@link ClientClosedException}.
   */
  void sleep(Duration delay) throws InterruptedException {
    if (sleeper != Sleeper.SYSTEM) {
      sleeper.sleep(delay);
    } else {
      try {
        closing.get(Timeouts.saturatedNanos(delay), TimeUnit.NANOSECONDS);
      } catch (TimeoutException slept) {
        // the whole delay passed
      } catch (ExecutionException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
    if (closed.get()) {
      throw new ClientClosedException();
    }
  }

  /**
   * Waits on the calling thread for {@code result}, or until the client closes.
   *
   * @throws ClientClosedException if the client closed first
   */
  <V> V await(CompletableFuture<V> result, long timeoutNanos)
      throws InterruptedException, ExecutionException, TimeoutException {
    if (!result.isDone()) {
      CompletableFuture.anyOf(result, closing).get(timeoutNanos, TimeUnit.NANOSECONDS);
      if (!result.isDone()) {
        throw new ClientClosedException();
      }
    }
    return result.get();
  }

  /**
   * Runs {@code task} after {@code delay} on the client's timer thread, holding no other thread
   * meanwhile. With a custom {@link Sleeper} (tests), the sleeper is called and the task runs at
   * once on the calling thread.
   *
   * @throws ClientClosedException if the client is closed; a task scheduled before {@link #close()}
   *     never runs, and its future never completes
   */
  @Nullable ScheduledFuture<?> schedule(Duration delay, Runnable task) throws InterruptedException {
    if (sleeper != Sleeper.SYSTEM) {
      sleeper.sleep(delay);
      task.run();
      return null;
    }
    return scheduleOnTimer(task, Timeouts.saturatedNanos(delay));
  }

  /** Checks for close and schedules in one step: {@link #close()} shuts the timer down between. */
  private synchronized ScheduledFuture<?> scheduleOnTimer(Runnable task, long delayNanos) {
    if (closed.get()) {
      throw new ClientClosedException();
    }
    if (timer == null) {
      ScheduledThreadPoolExecutor created =
          new ScheduledThreadPoolExecutor(
              1,
              runnable -> {
                Thread thread = new Thread(runnable, "smarter-dev-retry-timer");
                thread.setDaemon(true);
                return thread;
              });
      created.setRemoveOnCancelPolicy(true);
      created.setKeepAliveTime(30, TimeUnit.SECONDS);
      created.allowCoreThreadTimeOut(true);
      timer = created;
    }
    return timer.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
  }

  void started(AsyncExecution<?, ?> execution) {
    running.add(execution);
    if (closed.get()) {
      execution.abortClosed();
    }
  }

  void finished(AsyncExecution<?, ?> execution) {
    running.remove(execution);
  }

  /**
   * Closes: later calls are refused, and calls still waiting (for a slot, a token or a retry) end
   * at once with a failure that says nothing was sent, or that the outcome is unknown if a create
   * had been sent. Requests already in flight finish on their own. Idempotent.
   *
   * @return {@code true} if this call closed the runtime
   */
  public boolean close() {
    if (!closed.compareAndSet(false, true)) {
      return false;
    }
    closing.complete(null);
    permits.close();
    for (AsyncExecution<?, ?> execution : running) {
      execution.abortClosed();
    }
    synchronized (this) {
      if (timer != null) {
        timer.shutdownNow();
      }
    }
    return true;
  }
}
