package dev.smarter.testkit;

import dev.smarter.sdk.ApiCall;
import dev.smarter.sdk.ApiIoException;
import dev.smarter.sdk.ApiResponse;
import dev.smarter.sdk.RequestOptions;
import dev.smarter.sdk.SmarterDevException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * {@link ApiCall}s with canned results, for unit tests of code that uses the SDK without any server
 * (like Retrofit's {@code Calls}): return them from a stub of a resource interface ({@code
 * UsersApi}, {@code WarningsApi}...) or of {@link dev.smarter.sdk.SmarterDevApi}.
 *
 * <pre>{@code
 * UsersApi users = mock(UsersApi.class);   // Mockito, or a hand-written stub
 * when(users.findByDiscordId(42)).thenReturn(ApiCalls.of(Optional.of(alice)));
 * when(users.get(7)).thenReturn(ApiCalls.failing(new NotFoundException(404, "User not found", "GET", "/api/users/7")));
 * }</pre>
 *
 * <p>They behave like the SDK's own calls: {@code execute()} returns or throws, {@code
 * executeAsync()} completes (later, for {@link #delayed}), {@code map} transforms, {@code
 * withResponse()} wraps the value in an {@link ApiResponse} (status 200, no headers, one attempt),
 * and {@code withOptions} with a timeout shorter than a delay fails the call with an {@link
 * ApiIoException} "call timed out", as a real call would. Each {@link StubCall} counts its
 * executions. Thread-safe.
 */
public final class ApiCalls {
  private static final String STUB = "STUB";
  private static final String CANNED = "(canned call)";

  private ApiCalls() {}

  /**
   * Returns a call that yields {@code value} at once.
   *
   * @param value the result; {@code null} only for {@code ApiCall<Void>}
   * @param <T> the result type
   * @return the call
   */
  public static <T> StubCall<T> of(@Nullable T value) {
    return new StubCall<>(() -> value, Duration.ZERO, RequestOptions.defaults());
  }

  /**
   * Returns a call that fails with {@code failure}: {@code execute()} throws it, and the future of
   * {@code executeAsync()} completes exceptionally with it.
   *
   * @param failure the SDK exception to fail with, such as a {@code NotFoundException} or an {@code
   *     OutcomeUnknownException}
   * @param <T> the result type
   * @return the call
   */
  public static <T> StubCall<T> failing(SmarterDevException failure) {
    Objects.requireNonNull(failure, "failure == null");
    return new StubCall<>(
        () -> {
          throw failure;
        },
        Duration.ZERO,
        RequestOptions.defaults());
  }

  /**
   * Returns a call that yields {@code value} after {@code delay}: {@code execute()} blocks
   * (interruptibly) and {@code executeAsync()} completes later, on another thread.
   *
   * @param delay how long the call takes, not negative
   * @param value the result
   * @param <T> the result type
   * @return the call
   */
  public static <T> StubCall<T> delayed(Duration delay, @Nullable T value) {
    Objects.requireNonNull(delay, "delay == null");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative but was " + delay);
    }
    return new StubCall<>(() -> value, delay, RequestOptions.defaults());
  }

  /**
   * Returns a call whose every execution asks {@code answer} for its result (or throws what it
   * throws): for results that change from one execution to the next.
   *
   * @param answer computes each result
   * @param <T> the result type
   * @return the call
   */
  public static <T> StubCall<T> answering(Supplier<? extends T> answer) {
    Objects.requireNonNull(answer, "answer == null");
    return new StubCall<>(answer, Duration.ZERO, RequestOptions.defaults());
  }

  /**
   * A canned call. Immutable apart from its execution count; thread-safe.
   *
   * @param <T> the result type
   */
  public static final class StubCall<T> implements ApiCall<T> {
    private final Supplier<? extends T> answer;
    private final Duration delay;
    private final RequestOptions options;
    private final AtomicInteger executions;

    private StubCall(Supplier<? extends T> answer, Duration delay, RequestOptions options) {
      this(answer, delay, options, new AtomicInteger());
    }

    private StubCall(
        Supplier<? extends T> answer,
        Duration delay,
        RequestOptions options,
        AtomicInteger executions) {
      this.answer = answer;
      this.delay = delay;
      this.options = options;
      this.executions = executions;
    }

    /**
     * Returns how many times this call (and the calls derived from it with {@code withOptions},
     * {@code withResponse} or {@code map}) was executed.
     *
     * @return the executions so far
     */
    public int executions() {
      return executions.get();
    }

    @Override
    public T execute() {
      executions.incrementAndGet();
      if (!delay.isZero()) {
        try {
          Duration waited = timedOut() ? timeout() : delay;
          TimeUnit.NANOSECONDS.sleep(waited.toNanos());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ApiIoException(
              STUB, CANNED, "interrupted while waiting", new InterruptedIOException());
        }
        if (timedOut()) {
          throw timeoutFailure();
        }
      }
      return answer.get();
    }

    @Override
    public CompletableFuture<T> executeAsync() {
      executions.incrementAndGet();
      if (delay.isZero()) {
        try {
          return CompletableFuture.completedFuture(answer.get());
        } catch (RuntimeException | Error e) {
          return CompletableFuture.failedFuture(e);
        }
      }
      Duration waited = timedOut() ? timeout() : delay;
      Executor later = CompletableFuture.delayedExecutor(waited.toNanos(), TimeUnit.NANOSECONDS);
      return CompletableFuture.supplyAsync(
          () -> {
            if (timedOut()) {
              throw new CompletionException(timeoutFailure());
            }
            return answer.get();
          },
          later);
    }

    private boolean timedOut() {
      Duration timeout = options.timeout();
      return timeout != null && timeout.compareTo(delay) < 0;
    }

    private Duration timeout() {
      Duration timeout = options.timeout();
      return timeout == null ? delay : timeout;
    }

    private static ApiIoException timeoutFailure() {
      return new ApiIoException(STUB, CANNED, "call timed out", new InterruptedIOException());
    }

    @Override
    public <R> StubCall<R> map(Function<? super T, ? extends R> mapper) {
      Objects.requireNonNull(mapper, "mapper == null");
      return new StubCall<>(() -> mapper.apply(answer.get()), delay, options, executions);
    }

    @Override
    public StubCall<T> withOptions(RequestOptions overrides) {
      RequestOptions merged = options;
      if (overrides.timeout() != null) {
        merged = merged.withTimeout(overrides.timeout());
      }
      if (overrides.maxRetries() != null) {
        merged = merged.withMaxRetries(overrides.maxRetries());
      }
      return new StubCall<>(answer, delay, merged, executions);
    }

    @Override
    public StubCall<ApiResponse<T>> withResponse() {
      return new StubCall<>(
          () -> new ApiResponse<>(answer.get(), 200, Headers.of(), 1, false),
          delay,
          options,
          executions);
    }

    @Override
    public String toString() {
      return "StubCall{delay=" + delay + ", executions=" + executions.get() + "}";
    }
  }
}
