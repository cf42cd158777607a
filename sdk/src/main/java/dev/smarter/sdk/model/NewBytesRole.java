package dev.smarter.sdk.model;

import org.immutables.value.Value;

/**
 * The body of {@code POST /api/bytes/roles}: a Discord role a guild grants at a bytes balance.
 *
 * <p>Each create adds a row. {@code build()} throws {@link IllegalStateException} naming a missing
 * required field and {@link IllegalArgumentException} for a negative id or threshold, a
 * non-positive role snowflake or a blank name. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class NewBytesRole {
  NewBytesRole() {}

  /**
   * Returns the row id of the guild.
   *
   * @return a row id, {@code >= 0}
   */
  public abstract long guildId();

  /**
   * Returns the Discord snowflake of the role.
   *
   * @return a positive snowflake
   */
  public abstract long roleId();

  /**
   * Returns the role's name.
   *
   * @return a non-blank name
   */
  public abstract String roleName();

  /**
   * Returns the balance at which the role is earned.
   *
   * @return the threshold, {@code >= 0}
   */
  public abstract long bytesRequired();

  @Value.Check
  void check() {
    Checks.rowId(guildId(), "guildId");
    Checks.snowflake(roleId(), "roleId");
    Checks.notBlank(roleName(), "roleName");
    Checks.nonNegative(bytesRequired(), "bytesRequired");
  }

  /**
   * Returns a new builder; every field is required.
   *
   * @return a new builder, not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NewBytesRole}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  public static final class Builder extends ImmutableNewBytesRole.Builder {
    Builder() {}
  }
}
