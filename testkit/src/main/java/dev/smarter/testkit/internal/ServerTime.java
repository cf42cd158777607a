package dev.smarter.testkit.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The two clocks of the real server: Python's {@code datetime.now()} (the host's local time, with
 * microseconds) and SQLite's {@code CURRENT_TIMESTAMP} (UTC, whole seconds) for column defaults.
 */
public final class ServerTime {
  private final Clock clock;

  /** Creates a time source reading {@code clock}; its zone is the server's local zone. */
  public ServerTime(Clock clock) {
    this.clock = clock;
  }

  /** Python's {@code datetime.now()}: local, naive, microsecond precision. */
  LocalDateTime localNow() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  /** SQLite's {@code CURRENT_TIMESTAMP}: UTC, naive, whole seconds. */
  LocalDateTime databaseNow() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
  }

  /** Python's {@code time.time()}. */
  double epochSeconds() {
    return clock.millis() / 1000.0;
  }
}
