package dev.smarter.sdk.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters for listing moderation cases ({@code GET /api/moderation-cases}); unset filters match
 * everything. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ModerationCaseQuery {
  ModerationCaseQuery() {}

  /**
   * Returns the guild row id to match.
   *
   * @return the filter, or empty for any guild
   */
  public abstract Optional<Long> guildId();

  /**
   * Returns the row id of the user the case is about.
   *
   * @return the filter, or empty for any user
   */
  public abstract Optional<Long> userId();

  /**
   * Returns the moderator's row id to match.
   *
   * @return the filter, or empty for any moderator
   */
  public abstract Optional<Long> modId();

  /**
   * Returns the action to match exactly, such as {@code ban}.
   *
   * @return the filter, or empty for any action
   */
  public abstract Optional<String> action();

  /**
   * Returns whether to list only resolved ({@code true}) or only open ({@code false}) cases.
   *
   * @return the filter, or empty for both
   */
  public abstract Optional<Boolean> resolved();

  @Value.Check
  void check() {
    guildId().ifPresent(v -> Checks.rowId(v, "guildId"));
    userId().ifPresent(v -> Checks.rowId(v, "userId"));
    modId().ifPresent(v -> Checks.rowId(v, "modId"));
    action().ifPresent(v -> Checks.notBlank(v, "action"));
  }

  /**
   * Returns a new builder with no filter set.
   *
   * @return a new builder, not thread-safe
   */
  public static ImmutableModerationCaseQuery.Builder builder() {
    return ImmutableModerationCaseQuery.builder();
  }
}
