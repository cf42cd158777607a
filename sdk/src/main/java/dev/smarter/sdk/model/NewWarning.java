package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

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
   * @return the reason, or empty for none
   */
  public abstract Optional<String> reason();

  /**
   * Returns when the warning was given.
   *
   * @return the time, or empty to let the server use its current time
   */
  public abstract Optional<Instant> warnedAt();

  @Value.Check
  void check() {
    Checks.rowId(userId(), "userId");
    Checks.rowId(modId(), "modId");
    Checks.rowId(guildId(), "guildId");
  }

  /**
   * Returns a new builder; {@code userId}, {@code modId} and {@code guildId} are required.
   *
   * @return a new builder, not thread-safe
   */
  public static ImmutableNewWarning.Builder builder() {
    return ImmutableNewWarning.builder();
  }
}
