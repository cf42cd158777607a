package dev.smarter.sdk.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters for listing warnings ({@code GET /api/warnings}); unset filters match everything.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WarningQuery {
  WarningQuery() {}

  /**
   * Returns the guild row id to match.
   *
   * @return the filter, or empty for any guild
   */
  public abstract Optional<Long> guildId();

  /**
   * Returns the warned user's row id to match.
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

  @Value.Check
  void check() {
    guildId().ifPresent(v -> Checks.rowId(v, "guildId"));
    userId().ifPresent(v -> Checks.rowId(v, "userId"));
    modId().ifPresent(v -> Checks.rowId(v, "modId"));
  }

  /**
   * Returns a new builder with no filter set.
   *
   * @return a new builder, not thread-safe
   */
  public static ImmutableWarningQuery.Builder builder() {
    return ImmutableWarningQuery.builder();
  }
}
