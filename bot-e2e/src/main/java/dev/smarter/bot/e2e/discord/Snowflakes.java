package dev.smarter.bot.e2e.discord;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Discord-style snowflakes: milliseconds since 2015 in the top bits, unique and increasing. */
final class Snowflakes {
  static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

  private final AtomicLong last = new AtomicLong();

  long next() {
    long candidate = (System.currentTimeMillis() - DISCORD_EPOCH_MILLIS) << 22;
    return last.updateAndGet(previous -> Math.max(previous + 1, candidate));
  }

  static Instant timestamp(long snowflake) {
    return Instant.ofEpochMilli((snowflake >>> 22) + DISCORD_EPOCH_MILLIS);
  }
}
