package dev.smarter.sdk.internal;

import dev.smarter.sdk.RetryPolicy;
import dev.smarter.sdk.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Retries failed requests as {@link RetryPolicy} describes, and marks the bodies of requests that
 * are not idempotent one-shot, so that OkHttp never replays them on its own.
 */
public final class RetryInterceptor implements Interceptor {
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Random random;
  private final Clock clock;

  /**
   * Creates the interceptor.
   *
   * @param policy when to retry
   * @param sleeper how to wait between attempts
   * @param random the source of jitter
   * @param clock the clock for {@code Retry-After} dates
   */
  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Random random, Clock clock) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.random = random;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean idempotent = Idempotency.isIdempotent(request);
    RequestBody body = request.body();
    if (!idempotent && body != null && !body.isOneShot()) {
      request = request.newBuilder().method(request.method(), new OneShotRequestBody(body)).build();
    }
    long timeoutNanos = chain.call().timeout().timeoutNanos();
    long deadline = timeoutNanos == 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
    for (int attempt = 0; ; attempt++) {
      Response response;
      try {
        response =
            chain.proceed(
                attempt == 0
                    ? request
                    : request.newBuilder().tag(Attempt.class, new Attempt(attempt + 1)).build());
      } catch (SdkIoException e) {
        throw e;
      } catch (IOException e) {
        boolean retryable = idempotent || Idempotency.certainlyNotSent(e);
        if (!retryable
            || attempt >= policy.maxRetries()
            || chain.call().isCanceled()
            || !waitBeforeRetry(backoff(attempt), deadline, chain)) {
          throw e;
        }
        continue;
      }
      attempt += earlierAttempts(response);
      if (!isRetryable(response.code(), idempotent) || attempt >= policy.maxRetries()) {
        return response;
      }
      Duration delay = delayFor(response, attempt);
      if (delay == null || !fitsBefore(delay, deadline)) {
        return response;
      }
      response.close();
      if (!waitBeforeRetry(delay, deadline, chain)) {
        throw new InterruptedIOException("canceled while waiting to retry");
      }
    }
  }

  /** The attempts OkHttp itself already made (it repeats a 408, and a 503 with Retry-After 0). */
  private static int earlierAttempts(Response response) {
    int count = 0;
    for (Response prior = response.priorResponse(); prior != null; prior = prior.priorResponse()) {
      count++;
    }
    return count;
  }

  private static boolean isRetryable(int code, boolean idempotent) {
    switch (code) {
      case 408:
      case 429:
        return true;
      case 500:
      case 502:
      case 503:
      case 504:
        return idempotent;
      default:
        return false;
    }
  }

  /** The delay before the next attempt, or {@code null} when the server asked for too long. */
  private @Nullable Duration delayFor(Response response, int attempt) {
    if (response.code() == 429 || response.code() == 503) {
      Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock.instant());
      if (retryAfter != null) {
        return retryAfter.compareTo(policy.maxRetryAfter()) > 0 ? null : retryAfter;
      }
    }
    return backoff(attempt);
  }

  /** Full jitter: uniformly random between zero and the capped exponential backoff. */
  Duration backoff(int attempt) {
    long base = policy.baseBackoff().toNanos();
    long cap = policy.maxBackoff().toNanos();
    long exponential =
        attempt >= 62 || base > (cap >> Math.min(attempt, 62)) ? cap : base << attempt;
    return Duration.ofNanos((long) (random.nextDouble() * Math.min(cap, exponential)));
  }

  private static boolean fitsBefore(Duration delay, long deadline) {
    return deadline == Long.MAX_VALUE || System.nanoTime() + delay.toNanos() < deadline;
  }

  private boolean waitBeforeRetry(Duration delay, long deadline, Chain chain)
      throws InterruptedIOException {
    if (!fitsBefore(delay, deadline)) {
      return false;
    }
    try {
      if (!delay.isZero()) {
        sleeper.sleep(delay);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
    return !chain.call().isCanceled();
  }

  @Override
  public String toString() {
    return "RetryInterceptor{" + policy + "}";
  }
}
