package dev.smarter.sdk.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Strictly increasing microsecond times for the whole JVM: the stamps that let the SDK find a
 * create it sent. Each is the clock's time, or one microsecond after the previous stamp when the
 * clock has not moved on (many creates in one microsecond, a clock set back, a fixed clock in
 * tests).
 */
final class UniqueTimes {
  private static final AtomicLong LAST = new AtomicLong(Long.MIN_VALUE);

  private UniqueTimes() {}

  static Instant next(Clock clock) {
    long now = ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant());
    long stamp = LAST.updateAndGet(last -> Math.max(now, last + 1));
    return Instant.EPOCH.plus(stamp, ChronoUnit.MICROS);
  }
}
