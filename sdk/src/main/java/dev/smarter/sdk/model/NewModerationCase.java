package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

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
   * @return the reason, or empty for none
   */
  public abstract Optional<String> reason();

  /**
   * Returns the duration of the action in seconds.
   *
   * @return the duration, or empty for none
   */
  public abstract Optional<Long> durationSec();

  /**
   * Returns when the case was opened.
   *
   * @return the time, or empty to let the server use its current time
   */
  public abstract Optional<Instant> createdAt();

  /**
   * Returns when the case was resolved, to record an already resolved case.
   *
   * @return the time, or empty for an open case
   */
  public abstract Optional<Instant> resolvedAt();

  /**
   * Returns the resolution note.
   *
   * @return the note, or empty for none
   */
  public abstract Optional<String> resolutionNote();

  @Value.Check
  void check() {
    Checks.rowId(guildId(), "guildId");
    Checks.rowId(userId(), "userId");
    Checks.rowId(modId(), "modId");
    Checks.notBlank(action(), "action");
    durationSec().ifPresent(seconds -> Checks.nonNegative(seconds, "durationSec"));
  }

  /**
   * Returns a new builder; {@code guildId}, {@code userId}, {@code modId} and {@code action} are
   * required.
   *
   * @return a new builder, not thread-safe
   */
  public static ImmutableNewModerationCase.Builder builder() {
    return ImmutableNewModerationCase.builder();
  }
}
