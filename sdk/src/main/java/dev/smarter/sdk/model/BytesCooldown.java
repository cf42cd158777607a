package dev.smarter.sdk.model;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * The time a user last gave bytes in a guild, and whether they must still wait.
 *
 * <p>Read through {@link dev.smarter.sdk.BytesApi#cooldown(long, long)}.
 *
 * <p>JSON fields: {@code id}, {@code user_id}, {@code guild_id}, {@code last_given_at}, {@code
 * minutes_left}, {@code cooldown_active}. Immutable and thread-safe; build one with {@link
 * #builder()}.
 */
@Value.Immutable
public interface BytesCooldown {

  /**
   * Returns the cooldown's row id.
   *
   * @return the cooldown's row id
   */
  long id();

  /**
   * Returns the row id of the giver.
   *
   * @return the row id of the giver
   */
  long userId();

  /**
   * Returns the row id of the guild.
   *
   * @return the row id of the guild
   */
  long guildId();

  /**
   * Returns when the user last gave bytes in the guild.
   *
   * @return when the user last gave bytes in the guild
   */
  Instant lastGivenAt();

  /**
   * Returns whole minutes left before the user may give again (0 when free to give).
   *
   * @return whole minutes left before the user may give again (0 when free to give)
   */
  long minutesLeft();

  /**
   * Returns whether the user must still wait.
   *
   * @return whether the user must still wait
   */
  boolean cooldownActive();

  /**
   * Returns a new builder for a {@code BytesCooldown}; every non-{@code Optional} field is
   * required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BytesCooldown}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  final class Builder extends ImmutableBytesCooldown.Builder {
    Builder() {}
  }
}
