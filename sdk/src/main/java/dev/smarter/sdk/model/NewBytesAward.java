package dev.smarter.sdk.model;

import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body of a bytes award ({@code POST /api/bytes}): a giver gives bytes to a receiver.
 *
 * <p>An award moves balance, so it is never replayed automatically once it may have reached the
 * server. The server would accept an amount of zero or below; {@code build()} rejects it with an
 * {@link IllegalArgumentException}, and throws {@link IllegalStateException} naming a missing
 * required field. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class NewBytesAward {
  NewBytesAward() {}

  /**
   * Returns the row id of the user giving.
   *
   * @return a row id, {@code >= 0}
   */
  public abstract long giverId();

  /**
   * Returns the row id of the user receiving.
   *
   * @return a row id, {@code >= 0}
   */
  public abstract long receiverId();

  /**
   * Returns the row id of the guild.
   *
   * @return a row id, {@code >= 0}
   */
  public abstract long guildId();

  /**
   * Returns how many bytes to give.
   *
   * @return the amount, at least 1; 1 when not set (the server's default)
   */
  @Value.Default
  public long amount() {
    return 1;
  }

  /**
   * Returns the reason for the award.
   *
   * @return the reason, or {@code null} for none (not sent)
   */
  public abstract @Nullable String reason();

  /**
   * Returns when the award was made.
   *
   * @return the time, or {@code null} to let the server use its current time (not sent)
   */
  public abstract @Nullable Instant awardedAt();

  @Value.Check
  void check() {
    Checks.sendable(awardedAt(), "awardedAt");
    Checks.rowId(giverId(), "giverId");
    Checks.rowId(receiverId(), "receiverId");
    Checks.rowId(guildId(), "guildId");
    if (amount() < 1) {
      throw new IllegalArgumentException("amount must be at least 1 but was " + amount());
    }
  }

  /**
   * Returns a new builder; {@code giverId}, {@code receiverId} and {@code guildId} are required.
   *
   * @return a new builder, not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NewBytesAward}. Every setter returns this builder; {@code build()} returns the
   * value or throws {@link IllegalStateException} naming the required attributes that were not set.
   * Not thread-safe.
   */
  public static final class Builder extends ImmutableNewBytesAward.Builder {
    Builder() {}
  }
}
