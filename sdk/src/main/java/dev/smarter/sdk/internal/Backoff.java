package dev.smarter.sdk.internal;

import dev.smarter.sdk.RetryPolicy;
import java.time.Duration;
import java.util.Random;

/** Exponential backoff with full jitter, as {@link RetryPolicy} describes. */
final class Backoff {
  private Backoff() {}

  /**
   * Returns a delay drawn uniformly between zero and {@code min(maxBackoff, baseBackoff *
   * 2^retry)}.
   *
   * @param policy the bounds
   * @param retry how many retries came before, {@code >= 0}
   * @param random the source of jitter
   */
  static Duration delay(RetryPolicy policy, int retry, Random random) {
    long base = Timeouts.saturatedNanos(policy.baseBackoff());
    long cap = Timeouts.saturatedNanos(policy.maxBackoff());
    long exponential = retry >= 62 || base > (cap >> Math.min(retry, 62)) ? cap : base << retry;
    return Duration.ofNanos((long) (random.nextDouble() * Math.min(cap, exponential)));
  }
}
