package dev.smarter.testkit;

import java.util.Objects;

/**
 * A user row written by {@link FakeSmarterDevServer#seedUser(long, String)}.
 *
 * @param id the internal row id (what {@code user_id}, {@code giver_id}... fields refer to)
 * @param discordId the Discord snowflake
 * @param username the user name
 */
public record SeededUser(long id, long discordId, String username) {
  /**
   * Checks that {@code username} is not null.
   *
   * @param id the internal row id
   * @param discordId the Discord snowflake
   * @param username the user name
   */
  public SeededUser {
    Objects.requireNonNull(username, "username == null");
  }
}
