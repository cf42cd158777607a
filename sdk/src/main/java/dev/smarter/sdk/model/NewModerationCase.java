package dev.smarter.sdk.model;

import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body of a moderation case create ({@code POST /api/moderation-cases}).
 *
 * <p>The server numbers cases per guild (the highest number so far plus one). Each create opens a
 * new case, so a create is never replayed automatically once it may have reached the server. {@code
 * build()} throws {@link IllegalStateException} naming a missing required field and {@link
 * IllegalArgumentException} for a negative id or duration or a blank action. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class NewModerationCase {
  NewModerationCase() {}

  /**
   * Returns the row id of the guild.
   *
   * @return a row id, {@code >= 0}
   */
  public abstract long guildId();

  /**
   * Returns the row id of the user the case is about.
   *
   * @return a row id, {@code >= 0}
   */
  public abstract long userId();

  /**
   * Returns the row id of the moderator opening the case.
   *
   * @return a row id, {@code >= 0}
   */
  public abstract long modId();

  /**
   * Returns the action taken. The server accepts any text; its own examples are {@code ban}, {@code
   * mute} and {@code softban}.
   *
   * @return a non-blank action
   */
  public abstract String action();

  /**
   * Returns the reason for the action.
   *
   * @return the reason, or {@code null} for none (not sent)
   */
  public abstract @Nullable String reason();

  /**
   * Returns the duration of the action in seconds.
   *
   * @return the duration, or {@code null} for none (not sent)
   */
  public abstract @Nullable Long durationSec();

  /**
   * Returns when the case was opened.
   *
   * @return the time, or {@code null} to let the server use its current time (not sent)
   */
  public abstract @Nullable Instant createdAt();

  /**
   * Returns when the case was resolved, to record an already resolved case.
   *
   * @return the time, or {@code null} for an open case (not sent)
   */
  public abstract @Nullable Instant resolvedAt();

  /**
   * Returns the resolution note.
   *
   * @return the note, or {@code null} for none (not sent)
   */
  public abstract @Nullable String resolutionNote();

  @Value.Check
  void check() {
    Checks.sendable(createdAt(), "createdAt");
    Checks.sendable(resolvedAt(), "resolvedAt");
    Checks.rowId(guildId(), "guildId");
    Checks.rowId(userId(), "userId");
    Checks.rowId(modId(), "modId");
    Checks.notBlank(action(), "action");
    Checks.nonNegativeIfSet(durationSec(), "durationSec");
  }

  /**
   * Returns a new builder; {@code guildId}, {@code userId}, {@code modId} and {@code action} are
   * required.
   *
   * @return a new builder, not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NewModerationCase}. Every setter returns this builder; {@code build()} returns
   * the value or throws {@link IllegalStateException} naming the required attributes that were not
   * set. Not thread-safe.
   */
  public static final class Builder extends ImmutableNewModerationCase.Builder {
    Builder() {}

    /**
     * Initializes the value for the {@code durationSec} attribute from a primitive, so that {@code
     * durationSec(5)} compiles; {@link #durationSec(Long)} takes {@code null} to leave it unset.
     *
     * @param durationSec the value
     * @return this builder
     */
    public Builder durationSec(long durationSec) {
      return durationSec(Long.valueOf(durationSec));
    }
  }
}
