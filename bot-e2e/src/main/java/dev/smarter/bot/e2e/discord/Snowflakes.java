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

  /**
   * Returns a new snowflake that Discord routes to {@code shard} of {@code count}: {@code (id >>
   * 22) % count == shard}. It may lie up to {@code count - 1} milliseconds ahead; later ids stay
   * larger.
   */
  long nextOnShard(int shard, int count) {
    long candidate = (System.currentTimeMillis() - DISCORD_EPOCH_MILLIS) << 22;
    return last.updateAndGet(
        previous -> {
          long next = Math.max(previous + 1, candidate);
          long millis = next >>> 22;
          long ahead = Math.floorMod(shard - millis, (long) count);
          return ahead == 0 ? next : (millis + ahead) << 22;
        });
  }

  static Instant timestamp(long snowflake) {
    return Instant.ofEpochMilli((snowflake >>> 22) + DISCORD_EPOCH_MILLIS);
  }
}
