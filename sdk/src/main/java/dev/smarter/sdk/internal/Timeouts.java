package dev.smarter.sdk.internal;

import java.time.Duration;
import java.util.Objects;

/** Checks durations against what OkHttp accepts as a timeout, naming the setting. */
public final class Timeouts {
  private static final Duration MAX = Duration.ofMillis(Integer.MAX_VALUE);

  private Timeouts() {}

  /**
   * Returns {@code timeout} if OkHttp can apply it: at least a millisecond (OkHttp reads a shorter
   * one as no timeout at all) and at most {@code Integer.MAX_VALUE} milliseconds (about 24.8 days).
   *
   * @param timeout the duration
   * @param name the setting, for the message
   * @return {@code timeout}
   * @throws IllegalArgumentException if out of range
   */
  public static Duration check(Duration timeout, String name) {
    Objects.requireNonNull(timeout, name + " == null");
    if (timeout.compareTo(Duration.ofMillis(1)) < 0 || timeout.compareTo(MAX) > 0) {
      throw new IllegalArgumentException(
          name + " must be between 1 ms and " + MAX.toMillis() + " ms but was " + timeout);
    }
    return timeout;
  }

  /**
   * Returns {@code duration} in nanoseconds, or {@link Long#MAX_VALUE} when it does not fit.
   *
   * @param duration a non-negative duration
   * @return the nanoseconds, saturated
   */
  public static long saturatedNanos(Duration duration) {
    return duration.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0
        ? Long.MAX_VALUE
        : duration.toNanos();
  }
}
