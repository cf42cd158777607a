package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Discord user known to the Smarter Dev website.
 *
 * <p>Users are read and written through {@link dev.smarter.sdk.UsersApi}.
 *
 * <p>JSON fields: {@code id}, {@code discord_id}, {@code username}, {@code discriminator}, {@code
 * avatar_url}, {@code created_at}, {@code bytes_balance}. Immutable and thread-safe; build one with
 * {@link #builder()}.
 */
@Value.Immutable
public interface DiscordUser {

  /**
   * Returns the server's internal row id of this user.
   *
   * @return the server's internal row id of this user
   */
  long id();

  /**
   * Returns the user's Discord snowflake.
   *
   * @return the user's Discord snowflake
   */
  long discordId();

  /**
   * Returns the user's Discord username.
   *
   * @return the user's Discord username
   */
  String username();

  /**
   * Returns the user's legacy Discord discriminator (such as {@code "0420"}), if any.
   *
   * @return the user's legacy Discord discriminator (such as {@code "0420"}), if any; empty when
   *     the server sent {@code null}
   */
  Optional<String> discriminator();

  /**
   * Returns the URL of the user's avatar, if any.
   *
   * @return the URL of the user's avatar, if any; empty when the server sent {@code null}
   */
  Optional<String> avatarUrl();

  /**
   * Returns when the row was created (the bot sends the member's Discord join time).
   *
   * @return when the row was created (the bot sends the member's Discord join time)
   */
  Instant createdAt();

  /**
   * Returns the user's bytes balance (the community's kudos currency).
   *
   * @return the user's bytes balance (the community's kudos currency)
   */
  long bytesBalance();

  /**
   * Returns a new builder for a {@code DiscordUser}; every non-{@code Optional} field is required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DiscordUser}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  final class Builder extends ImmutableDiscordUser.Builder {
    Builder() {}
  }
}
