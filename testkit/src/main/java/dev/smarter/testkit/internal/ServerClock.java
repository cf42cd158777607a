package dev.smarter.testkit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fake server's clock: a base clock moved forward by however much tests have advanced it. Views
 * in other zones ({@link #withZone}) share the same offset. Thread-safe.
 */
public final class ServerClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset;

  /** A clock that reads {@code base} until it is advanced. */
  public ServerClock(Clock base) {
    this(base, new AtomicReference<>(Duration.ZERO));
  }

  private ServerClock(Clock base, AtomicReference<Duration> offset) {
    this.base = Objects.requireNonNull(base, "base == null");
    this.offset = offset;
  }

  /** Moves this clock (and every view of it) forward by {@code amount}. */
  public void advance(Duration amount) {
    offset.accumulateAndGet(amount, Duration::plus);
  }

  /** Removes every advance: the clock reads its base clock again. */
  public void reset() {
    offset.set(Duration.ZERO);
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(base.getZone()) ? this : new ServerClock(base.withZone(zone), offset);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public String toString() {
    return "ServerClock[" + base + " + " + offset.get() + "]";
  }
}
