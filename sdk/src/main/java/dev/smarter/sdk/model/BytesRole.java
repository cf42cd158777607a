package dev.smarter.sdk.model;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * A Discord role a guild grants once a member's bytes balance reaches a threshold.
 *
 * <p>Read and written through {@link dev.smarter.sdk.BytesApi}.
 *
 * <p>JSON fields: {@code id}, {@code guild_id}, {@code role_id}, {@code role_name}, {@code
 * bytes_required}, {@code created_at}, {@code updated_at}. Immutable and thread-safe; build one
 * with {@link #builder()}.
 */
@Value.Immutable
public interface BytesRole {

  /**
   * Returns the role reward's row id.
   *
   * @return the role reward's row id
   */
  long id();

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
   * Returns the role's name.
   *
   * @return the role's name
   */
  String roleName();

  /**
   * Returns the balance at which the role is earned.
   *
   * @return the balance at which the role is earned
   */
  long bytesRequired();

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
   * Returns a new builder for a {@code BytesRole}; every non-{@code Optional} field is required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BytesRole}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  final class Builder extends ImmutableBytesRole.Builder {
    Builder() {}
  }
}
