package dev.smarter.sdk.model;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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
   * @return the filter, or {@code null} for any guild (not sent)
   */
  public abstract @Nullable Long guildId();

  /**
   * Returns the row id of the user the case is about.
   *
   * @return the filter, or {@code null} for any user (not sent)
   */
  public abstract @Nullable Long userId();

  /**
   * Returns the moderator's row id to match.
   *
   * @return the filter, or {@code null} for any moderator (not sent)
   */
  public abstract @Nullable Long modId();

  /**
   * Returns the action to match exactly, such as {@code ban}.
   *
   * @return the filter, or {@code null} for any action (not sent)
   */
  public abstract @Nullable String action();

  /**
   * Returns whether to list only resolved ({@code true}) or only open ({@code false}) cases.
   *
   * @return the filter, or {@code null} for both (not sent)
   */
  public abstract @Nullable Boolean resolved();

  @Value.Check
  void check() {
    Checks.rowIdIfSet(guildId(), "guildId");
    Checks.rowIdIfSet(userId(), "userId");
    Checks.rowIdIfSet(modId(), "modId");
    if (action() != null) {
      Checks.notBlank(action(), "action");
    }
  }

  /**
   * Returns a new builder with no filter set.
   *
   * @return a new builder, not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ModerationCaseQuery}. Every setter returns this builder; {@code build()}
   * returns the value or throws {@link IllegalStateException} naming the required attributes that
   * were not set. Not thread-safe.
   */
  public static final class Builder extends ImmutableModerationCaseQuery.Builder {
    Builder() {}

    /**
     * Initializes the value for the {@code guildId} attribute from a primitive, so that {@code
     * guildId(5)} compiles; {@link #guildId(Long)} takes {@code null} to leave it unset.
     *
     * @param guildId the value
     * @return this builder
     */
    public Builder guildId(long guildId) {
      return guildId(Long.valueOf(guildId));
    }

    /**
     * Initializes the value for the {@code userId} attribute from a primitive, so that {@code
     * userId(5)} compiles; {@link #userId(Long)} takes {@code null} to leave it unset.
     *
     * @param userId the value
     * @return this builder
     */
    public Builder userId(long userId) {
      return userId(Long.valueOf(userId));
    }

    /**
     * Initializes the value for the {@code modId} attribute from a primitive, so that {@code
     * modId(5)} compiles; {@link #modId(Long)} takes {@code null} to leave it unset.
     *
     * @param modId the value
     * @return this builder
     */
    public Builder modId(long modId) {
      return modId(Long.valueOf(modId));
    }
  }
}
