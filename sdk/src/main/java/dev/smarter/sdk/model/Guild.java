package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Discord guild (server) known to the Smarter Dev website.
 *
 * <p>Guilds are read and written through {@link dev.smarter.sdk.GuildsApi}.
 *
 * <p>JSON fields: {@code id}, {@code discord_id}, {@code name}, {@code icon_url}, {@code
 * joined_at}, {@code created_at}. Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public interface Guild {

  /**
   * Returns the server's internal row id of this guild.
   *
   * @return the server's internal row id of this guild
   */
  long id();

  /**
   * Returns the guild's Discord snowflake.
   *
   * @return the guild's Discord snowflake
   */
  long discordId();

  /**
   * Returns the guild's name.
   *
   * @return the guild's name
   */
  String name();

  /**
   * Returns the URL of the guild's icon, if it has one.
   *
   * @return the URL of the guild's icon, if it has one; empty when the server sent {@code null}
   */
  Optional<String> iconUrl();

  /**
   * Returns when the bot joined the guild, if known.
   *
   * @return when the bot joined the guild, if known; empty when the server sent {@code null}
   */
  Optional<Instant> joinedAt();

  /**
   * Returns when the website created this row.
   *
   * @return when the website created this row
   */
  Instant createdAt();

  /**
   * Returns a new builder for a {@code Guild}; every non-{@code Optional} field is required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Guild}. Every setter returns this builder; {@code build()} returns the value or
   * throws {@link IllegalStateException} naming the required attributes that were not set. Not
   * thread-safe.
   */
  final class Builder extends ImmutableGuild.Builder {
    Builder() {}
  }
}
