package dev.smarter.sdk.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Strictly increasing microsecond times from one client's clock: the stamps that let the SDK find a
 * create it sent. Each is the clock's time, or one microsecond after the previous stamp when the
 * clock has not moved on (many creates in one microsecond, a clock set back). Per client, so that a
 * test clock is followed exactly; two clients of one process stamping the same microsecond for the
 * same guild, user and moderator would be taken for each other, which is as unlikely as two
 * processes doing it. Thread-safe.
 */
final class UniqueTimes {
  private final Clock clock;
  private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

  UniqueTimes(Clock clock) {
    this.clock = clock;
  }

  Instant next() {
    long now = ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant());
    long stamp = last.updateAndGet(previous -> Math.max(now, previous + 1));
    return Instant.EPOCH.plus(stamp, ChronoUnit.MICROS);
  }
}
