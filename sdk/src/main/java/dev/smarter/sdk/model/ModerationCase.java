package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A moderation case (ban, mute, softban...) opened against a user in a guild.
 *
 * <p>Cases are read and written through {@link dev.smarter.sdk.ModerationCasesApi}.
 *
 * <p>JSON fields: {@code id}, {@code case_number}, {@code guild_id}, {@code user_id}, {@code
 * mod_id}, {@code action}, {@code reason}, {@code created_at}, {@code duration_sec}, {@code
 * resolved_at}, {@code resolution_note}. Immutable and thread-safe; build one with {@link
 * #builder()}.
 */
@Value.Immutable
public interface ModerationCase {

  /**
   * Returns the case's row id.
   *
   * @return the case's row id
   */
  long id();

  /**
   * Returns the case number within its guild, starting at 1.
   *
   * @return the case number within its guild, starting at 1
   */
  long caseNumber();

  /**
   * Returns the row id of the guild.
   *
   * @return the row id of the guild
   */
  long guildId();

  /**
   * Returns the row id of the user the case is about.
   *
   * @return the row id of the user the case is about
   */
  long userId();

  /**
   * Returns the row id of the moderator who opened it.
   *
   * @return the row id of the moderator who opened it
   */
  long modId();

  /**
   * Returns the action taken, free text such as {@code ban}, {@code mute} or {@code softban}.
   *
   * @return the action taken, free text such as {@code ban}, {@code mute} or {@code softban}
   */
  String action();

  /**
   * Returns the reason given, if any.
   *
   * @return the reason given, if any; empty when the server sent {@code null}
   */
  Optional<String> reason();

  /**
   * Returns when the case was opened.
   *
   * @return when the case was opened
   */
  Instant createdAt();

  /**
   * Returns the duration of the action in seconds, if it has one.
   *
   * @return the duration of the action in seconds, if it has one; empty when the server sent {@code
   *     null}
   */
  Optional<Long> durationSec();

  /**
   * Returns when the case was resolved; empty while it is open.
   *
   * @return when the case was resolved; empty while it is open; empty when the server sent {@code
   *     null}
   */
  Optional<Instant> resolvedAt();

  /**
   * Returns the note left when resolving, if any.
   *
   * @return the note left when resolving, if any; empty when the server sent {@code null}
   */
  Optional<String> resolutionNote();

  /**
   * Returns a new builder for a {@code ModerationCase}; every non-{@code Optional} field is
   * required.
   *
   * @return a new builder, not thread-safe
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ModerationCase}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  final class Builder extends ImmutableModerationCase.Builder {
    Builder() {}
  }
}
