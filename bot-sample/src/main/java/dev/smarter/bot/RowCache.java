package dev.smarter.bot;

import dev.smarter.sdk.model.DiscordUser;
import dev.smarter.sdk.model.Guild;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The API rows the bot last saw, by Discord id: filled once from the list endpoints at start and
 * refreshed from every SDK result afterwards, so that an event costs one lookup here instead of a
 * scan of the API's lists. Thread-safe.
 */
final class RowCache {
  private final ConcurrentMap<Long, Guild> guilds = new ConcurrentHashMap<>();
  private final ConcurrentMap<Long, DiscordUser> users = new ConcurrentHashMap<>();

  Optional<Guild> guild(long discordId) {
    return Optional.ofNullable(guilds.get(discordId));
  }

  Optional<DiscordUser> user(long discordId) {
    return Optional.ofNullable(users.get(discordId));
  }

  void put(Guild guild) {
    guilds.put(guild.discordId(), guild);
  }

  void put(DiscordUser user) {
    users.put(user.discordId(), user);
  }

  void putGuilds(Collection<Guild> rows) {
    rows.forEach(this::put);
  }

  void putUsers(Collection<DiscordUser> rows) {
    rows.forEach(this::put);
  }

  int guildCount() {
    return guilds.size();
  }

  int userCount() {
    return users.size();
  }
}
