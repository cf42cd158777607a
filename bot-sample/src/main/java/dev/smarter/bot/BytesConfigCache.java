package dev.smarter.bot;

import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.model.BytesConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Each guild's bytes settings ({@code GET /api/bytes/config/{guild_id}}), kept for {@value
 * #TTL_MINUTES} minutes as the original bot did, so that a burst of {@code /bytes send} costs one
 * config request. Thread-safe; two threads missing at once may both fetch.
 */
final class BytesConfigCache {
  /** How long a fetched config is used. */
  static final long TTL_MINUTES = 5;

  private static final Duration TTL = Duration.ofMinutes(TTL_MINUTES);

  private final SmarterDevClient client;
  private final Clock clock;
  private final ConcurrentMap<Long, Entry> entries = new ConcurrentHashMap<>();

  BytesConfigCache(SmarterDevClient client, Clock clock) {
    this.client = Objects.requireNonNull(client, "client == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * Returns a guild's settings, fetched when not cached or older than the TTL (the server creates
   * the defaults the first time).
   *
   * @throws dev.smarter.sdk.SmarterDevException if the fetch fails
   */
  BytesConfig get(long guildRowId) {
    Instant now = clock.instant();
    Entry entry = entries.get(guildRowId);
    if (entry != null && now.isBefore(entry.fetchedAt.plus(TTL))) {
      return entry.config;
    }
    BytesConfig config = client.bytes().config(guildRowId).execute();
    entries.put(guildRowId, new Entry(config, now));
    return config;
  }

  private record Entry(BytesConfig config, Instant fetchedAt) {}
}
