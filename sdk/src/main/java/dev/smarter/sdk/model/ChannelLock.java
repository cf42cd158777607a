package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A lock on a Discord channel. The server has no route for it yet.
 *
 * <p>It is part of the model so code can use it as soon as the server exposes it.
 *
 * <p>JSON fields: {@code id}, {@code guild_id}, {@code channel_id}, {@code channel_name}, {@code
 * locked_by}, {@code locked_at}, {@code unlock_at}, {@code message}. Immutable and thread-safe;
 * build one with {@link #builder()}.
 */
@Value.Immutable
public interface ChannelLock {

  /**
   * Returns the row id.
   *
   * @return the row id
   */
  long id();

  /**
   * Returns the row id of the guild.
   *
   * @return the row id of the guild
   */
  long guildId();

  /**
   * Returns the Discord snowflake of the channel.
   *
   * @return the Discord snowflake of the channel
   */
  long channelId();

  /**
   * Returns the channel's name, if recorded.
   *
   * @return the channel's name, if recorded; empty when the server sent {@code null}
   */
  Optional<String> channelName();

  /**
   * Returns the row id of the moderator who locked it, if recorded.
   *
   * @return the row id of the moderator who locked it, if recorded; empty when the server sent
   *     {@code null}
   */
  Optional<Long> lockedBy();

  /**
   * Returns when the channel was locked.
   *
   * @return when the channel was locked
   */
  Instant lockedAt();

  /**
   * Returns when the channel is to be unlocked, if scheduled.
   *
   * @return when the channel is to be unlocked, if scheduled; empty when the server sent {@code
   *     null}
   */
  Optional<Instant> unlockAt();

  /**
   * Returns the message shown while locked, if any.
   *
   * @return the message shown while locked, if any; empty when the server sent {@code null}
   */
  Optional<String> message();

  /**
   * Returns a new builder for a {@code ChannelLock}; every non-{@code Optional} field is required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ChannelLock}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  final class Builder extends ImmutableChannelLock.Builder {
    Builder() {}
  }
}
