package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A role re-applied to a user whenever they rejoin a guild. The server has no route for it yet.
 *
 * <p>It is part of the model so code can use it as soon as the server exposes it.
 *
 * <p>JSON fields: {@code id}, {@code user_id}, {@code guild_id}, {@code role_id}, {@code
 * role_name}, {@code assigned_at}. Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public interface PersistentRole {

  /**
   * Returns the row id.
   *
   * @return the row id
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
   * Returns the Discord snowflake of the role.
   *
   * @return the Discord snowflake of the role
   */
  long roleId();

  /**
   * Returns the role's name, if recorded.
   *
   * @return the role's name, if recorded; empty when the server sent {@code null}
   */
  Optional<String> roleName();

  /**
   * Returns when the role was assigned.
   *
   * @return when the role was assigned
   */
  Instant assignedAt();

  /**
   * Returns a new builder for a {@code PersistentRole}; every non-{@code Optional} field is
   * required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PersistentRole}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  final class Builder extends ImmutablePersistentRole.Builder {
    Builder() {}
  }
}
