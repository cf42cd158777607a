package dev.smarter.sdk.model;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Filters for listing bytes awards ({@code GET /api/bytes}); unset filters match everything.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BytesQuery {
  BytesQuery() {}

  /**
   * Returns the guild row id to match.
   *
   * @return the filter, or {@code null} for any guild (not sent)
   */
  public abstract @Nullable Long guildId();

  /**
   * Returns a user row id that must be the giver or the receiver.
   *
   * @return the filter, or {@code null} for any user (not sent)
   */
  public abstract @Nullable Long userId();

  /**
   * Returns the giver's row id to match.
   *
   * @return the filter, or {@code null} for any giver (not sent)
   */
  public abstract @Nullable Long giverId();

  /**
   * Returns the receiver's row id to match.
   *
   * @return the filter, or {@code null} for any receiver (not sent)
   */
  public abstract @Nullable Long receiverId();

  @Value.Check
  void check() {
    Checks.rowIdIfSet(guildId(), "guildId");
    Checks.rowIdIfSet(userId(), "userId");
    Checks.rowIdIfSet(giverId(), "giverId");
    Checks.rowIdIfSet(receiverId(), "receiverId");
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
   * Builds a {@link BytesQuery}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  public static final class Builder extends ImmutableBytesQuery.Builder {
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
     * Initializes the value for the {@code giverId} attribute from a primitive, so that {@code
     * giverId(5)} compiles; {@link #giverId(Long)} takes {@code null} to leave it unset.
     *
     * @param giverId the value
     * @return this builder
     */
    public Builder giverId(long giverId) {
      return giverId(Long.valueOf(giverId));
    }

    /**
     * Initializes the value for the {@code receiverId} attribute from a primitive, so that {@code
     * receiverId(5)} compiles; {@link #receiverId(Long)} takes {@code null} to leave it unset.
     *
     * @param receiverId the value
     * @return this builder
     */
    public Builder receiverId(long receiverId) {
      return receiverId(Long.valueOf(receiverId));
    }
  }
}
