package dev.smarter.sdk.model;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * A guild's bytes settings.
 *
 * <p>Read and written through {@link dev.smarter.sdk.BytesApi}; the server creates a row with its
 * defaults the first time a guild's config is read.
 *
 * <p>JSON fields: {@code id}, {@code guild_id}, {@code starting_balance}, {@code daily_earning},
 * {@code max_give_amount}, {@code cooldown_minutes}, {@code created_at}, {@code updated_at}.
 * Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public interface BytesConfig {

  /**
   * Returns the config's row id.
   *
   * @return the config's row id
   */
  long id();

  /**
   * Returns the row id of the guild.
   *
   * @return the row id of the guild
   */
  long guildId();

  /**
   * Returns the balance a new member starts with (server default 100).
   *
   * @return the balance a new member starts with (server default 100)
   */
  long startingBalance();

  /**
   * Returns bytes earned per day of activity (server default 10).
   *
   * @return bytes earned per day of activity (server default 10)
   */
  long dailyEarning();

  /**
   * Returns the most bytes one award may give (server default 50).
   *
   * @return the most bytes one award may give (server default 50)
   */
  long maxGiveAmount();

  /**
   * Returns minutes a giver must wait between awards (server default 1440).
   *
   * @return minutes a giver must wait between awards (server default 1440)
   */
  long cooldownMinutes();

  /**
   * Returns when the row was created.
   *
   * @return when the row was created
   */
  Instant createdAt();

  /**
   * Returns when the row was last changed.
   *
   * @return when the row was last changed
   */
  Instant updatedAt();

  /**
   * Returns a new builder for a {@code BytesConfig}; every non-{@code Optional} field is required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BytesConfig}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  final class Builder extends ImmutableBytesConfig.Builder {
    Builder() {}
  }
}
