package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One award of bytes (the community's kudos currency) from a giver to a receiver.
 *
 * <p>Awards are read and made through {@link dev.smarter.sdk.BytesApi}.
 *
 * <p>JSON fields: {@code id}, {@code giver_id}, {@code receiver_id}, {@code guild_id}, {@code
 * amount}, {@code reason}, {@code awarded_at}. Immutable and thread-safe; build one with {@link
 * #builder()}.
 */
@Value.Immutable
public interface Bytes {

  /**
   * Returns the award's row id.
   *
   * @return the award's row id
   */
  long id();

  /**
   * Returns the row id of the user who gave.
   *
   * @return the row id of the user who gave
   */
  long giverId();

  /**
   * Returns the row id of the user who received.
   *
   * @return the row id of the user who received
   */
  long receiverId();

  /**
   * Returns the row id of the guild.
   *
   * @return the row id of the guild
   */
  long guildId();

  /**
   * Returns how many bytes were given.
   *
   * @return how many bytes were given
   */
  long amount();

  /**
   * Returns the reason given, if any.
   *
   * @return the reason given, if any; empty when the server sent {@code null}
   */
  Optional<String> reason();

  /**
   * Returns when the bytes were given.
   *
   * @return when the bytes were given
   */
  Instant awardedAt();

  /**
   * Returns a new builder for a {@code Bytes}; every non-{@code Optional} field is required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Bytes}. Every setter returns this builder; {@code build()} returns the value or
   * throws {@link IllegalStateException} naming the required attributes that were not set. Not
   * thread-safe.
   */
  final class Builder extends ImmutableBytes.Builder {
    Builder() {}
  }
}
