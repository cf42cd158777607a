package dev.smarter.sdk.model;

import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body of a warning create ({@code POST /api/warnings}).
 *
 * <p>Each create adds a warning, so a create is never replayed automatically once it may have
 * reached the server. The ids are the server's row ids (not Discord snowflakes) and the server does
 * not check that they exist. {@code build()} throws {@link IllegalStateException} naming a missing
 * required field and {@link IllegalArgumentException} for a negative id. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class NewWarning {
  NewWarning() {}

  /**
   * Returns the row id of the warned user.
   *
   * @return a row id, {@code >= 0}
   */
  public abstract long userId();

  /**
   * Returns the row id of the moderator giving the warning.
   *
   * @return a row id, {@code >= 0}
   */
  public abstract long modId();

  /**
   * Returns the row id of the guild.
   *
   * @return a row id, {@code >= 0}
   */
  public abstract long guildId();

  /**
   * Returns the reason for the warning.
   *
   * @return the reason, or {@code null} for none (not sent)
   */
  public abstract @Nullable String reason();

  /**
   * Returns when the warning was given.
   *
   * @return the time, or {@code null} to let the server use its current time (not sent)
   */
  public abstract @Nullable Instant warnedAt();

  @Value.Check
  void check() {
    Checks.sendable(warnedAt(), "warnedAt");
    Checks.rowId(userId(), "userId");
    Checks.rowId(modId(), "modId");
    Checks.rowId(guildId(), "guildId");
  }

  /**
   * Returns a new builder; {@code userId}, {@code modId} and {@code guildId} are required.
   *
   * @return a new builder, not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NewWarning}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  public static final class Builder extends ImmutableNewWarning.Builder {
    Builder() {}
  }
}
