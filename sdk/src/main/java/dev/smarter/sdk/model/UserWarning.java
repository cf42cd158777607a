package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A moderator's warning to a user in a guild.
 *
 * <p>Warnings are read and written through {@link dev.smarter.sdk.WarningsApi}.
 *
 * <p>JSON fields: {@code id}, {@code user_id}, {@code mod_id}, {@code guild_id}, {@code reason},
 * {@code warned_at}. Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public interface UserWarning {

  /**
   * Returns the warning's row id.
   *
   * @return the warning's row id
   */
  long id();

  /**
   * Returns the row id of the warned user.
   *
   * @return the row id of the warned user
   */
  long userId();

  /**
   * Returns the row id of the moderator who warned.
   *
   * @return the row id of the moderator who warned
   */
  long modId();

  /**
   * Returns the row id of the guild.
   *
   * @return the row id of the guild
   */
  long guildId();

  /**
   * Returns the reason given, if any.
   *
   * @return the reason given, if any; empty when the server sent {@code null}
   */
  Optional<String> reason();

  /**
   * Returns when the warning was given.
   *
   * @return when the warning was given
   */
  Instant warnedAt();

  /**
   * Returns a new builder for a {@code UserWarning}; every non-{@code Optional} field is required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link UserWarning}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  final class Builder extends ImmutableUserWarning.Builder {
    Builder() {}
  }
}
