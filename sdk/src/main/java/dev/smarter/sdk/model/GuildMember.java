package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A user's membership of a guild. The server has no route for it yet.
 *
 * <p>It is part of the model so code can use it as soon as the server exposes it.
 *
 * <p>JSON fields: {@code id}, {@code user_id}, {@code guild_id}, {@code nickname}, {@code
 * joined_at}, {@code is_active}, {@code created_at}. Immutable and thread-safe; build one with
 * {@link #builder()}.
 */
@Value.Immutable
public interface GuildMember {

  /**
   * Returns the membership's row id.
   *
   * @return the membership's row id
   */
  long id();

  /**
   * Returns the row id of the user.
   *
   * @return the row id of the user
   */
  long userId();

  /**
   * Returns the row id of the guild.
   *
   * @return the row id of the guild
   */
  long guildId();

  /**
   * Returns the member's nickname in the guild, if any.
   *
   * @return the member's nickname in the guild, if any; empty when the server sent {@code null}
   */
  Optional<String> nickname();

  /**
   * Returns when the member joined, if known.
   *
   * @return when the member joined, if known; empty when the server sent {@code null}
   */
  Optional<Instant> joinedAt();

  /**
   * Returns whether the user is still a member (server default {@code true}).
   *
   * @return whether the user is still a member (server default {@code true})
   */
  boolean isActive();

  /**
   * Returns when the row was created.
   *
   * @return when the row was created
   */
  Instant createdAt();

  /**
   * Returns a new builder for a {@code GuildMember}; every non-{@code Optional} field is required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GuildMember}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  final class Builder extends ImmutableGuildMember.Builder {
    Builder() {}
  }
}
