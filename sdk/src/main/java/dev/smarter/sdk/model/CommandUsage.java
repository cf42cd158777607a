package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How often a bot command was used. The server has no route for it yet.
 *
 * <p>It is part of the model so code can use it as soon as the server exposes it.
 *
 * <p>JSON fields: {@code id}, {@code user_id}, {@code guild_id}, {@code command_name}, {@code
 * usage_count}, {@code last_used_at}. Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public interface CommandUsage {

  /**
   * Returns the row id.
   *
   * @return the row id
   */
  long id();

  /**
   * Returns the row id of the user, if recorded.
   *
   * @return the row id of the user, if recorded; empty when the server sent {@code null}
   */
  Optional<Long> userId();

  /**
   * Returns the row id of the guild, if recorded.
   *
   * @return the row id of the guild, if recorded; empty when the server sent {@code null}
   */
  Optional<Long> guildId();

  /**
   * Returns the command's name.
   *
   * @return the command's name
   */
  String commandName();

  /**
   * Returns how many times it was used (server default 1).
   *
   * @return how many times it was used (server default 1)
   */
  long usageCount();

  /**
   * Returns when it was last used.
   *
   * @return when it was last used
   */
  Instant lastUsedAt();

  /**
   * Returns a new builder for a {@code CommandUsage}; every non-{@code Optional} field is required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CommandUsage}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  final class Builder extends ImmutableCommandUsage.Builder {
    Builder() {}
  }
}
