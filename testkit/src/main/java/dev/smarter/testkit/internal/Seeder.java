package dev.smarter.testkit.internal;

import static dev.smarter.testkit.internal.RouteSupport.fields;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Direct writes to the fake's store for test setup, with the same defaults the API routes use.
 * Thread-safe (takes the database lock).
 */
public final class Seeder {
  private final Database db;

  /** Creates a seeder writing to {@code db}. */
  public Seeder(Database db) {
    this.db = db;
  }

  /**
   * Inserts a guild like {@code POST /api/guilds} would; returns its row id.
   *
   * @throws IllegalArgumentException if a guild with that Discord id exists
   */
  public long seedGuild(long discordId, String name) {
    return insert(
        db.guilds,
        fields("discord_id", discordId, "name", name, "joined_at", db.time().localNow()));
  }

  /**
   * Inserts a user like {@code POST /api/users} would (balance 0); returns its row id.
   *
   * @throws IllegalArgumentException if a user with that Discord id exists
   */
  public long seedUser(long discordId, String username) {
    return insert(db.users, fields("discord_id", discordId, "username", username));
  }

  /**
   * Sets a user's stored {@code bytes_balance}.
   *
   * @throws IllegalArgumentException if there is no user with row id {@code userId}
   */
  public void setBytesBalance(long userId, long balance) {
    db.locked(
        () -> {
          Row user = userRow(userId);
          return db.transaction(() -> db.users.update(user, fields("bytes_balance", balance)));
        });
  }

  /**
   * A user's stored {@code bytes_balance}.
   *
   * @throws IllegalArgumentException if there is no user with row id {@code userId}
   */
  public Object bytesBalance(long userId) {
    return db.locked(() -> userRow(userId).get("bytes_balance"));
  }

  private Row userRow(long userId) {
    return db.users
        .byId(userId)
        .orElseThrow(() -> new IllegalArgumentException("no user with id " + userId));
  }

  private long insert(Table table, Map<String, @Nullable Object> values) {
    return db.locked(
        () -> {
          try {
            return db.transaction(() -> table.insert(values)).id;
          } catch (PyException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
          }
        });
  }
}
