package dev.smarter.testkit;

import java.util.Objects;

/**
 * A guild row written by {@link FakeSmarterDevServer#seedGuild(long, String)}.
 *
 * @param id the internal row id (what {@code guild_id} fields refer to)
 * @param discordId the Discord snowflake
 * @param name the guild name
 */
public record SeededGuild(long id, long discordId, String name) {
  /**
   * Checks that {@code name} is not null.
   *
   * @param id the internal row id
   * @param discordId the Discord snowflake
   * @param name the guild name
   */
  public SeededGuild {
    Objects.requireNonNull(name, "name == null");
  }
}
