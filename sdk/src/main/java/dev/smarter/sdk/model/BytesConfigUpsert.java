package dev.smarter.sdk.model;

import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/bytes/config}: creates a guild's bytes config, or changes the fields
 * set here when it exists. Unset fields keep their current (or default) values, so sending the same
 * upsert twice is safe.
 *
 * <p>{@code build()} throws {@link IllegalStateException} when {@code guildId} is missing and
 * {@link IllegalArgumentException} for a negative value. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BytesConfigUpsert {
  BytesConfigUpsert() {}

  /**
   * Returns the row id of the guild.
   *
   * @return a row id, {@code >= 0}
   */
  public abstract long guildId();

  /**
   * Returns the balance a new member starts with.
   *
   * @return the value to set, or {@code null} to leave it (not sent)
   */
  public abstract @Nullable Long startingBalance();

  /**
   * Returns the bytes earned per day of activity.
   *
   * @return the value to set, or {@code null} to leave it (not sent)
   */
  public abstract @Nullable Long dailyEarning();

  /**
   * Returns the most bytes one award may give.
   *
   * @return the value to set, or {@code null} to leave it (not sent)
   */
  public abstract @Nullable Long maxGiveAmount();

  /**
   * Returns the minutes a giver must wait between awards.
   *
   * @return the value to set, or {@code null} to leave it (not sent)
   */
  public abstract @Nullable Long cooldownMinutes();

  @Value.Check
  void check() {
    Checks.rowId(guildId(), "guildId");
    Checks.nonNegativeIfSet(startingBalance(), "startingBalance");
    Checks.nonNegativeIfSet(dailyEarning(), "dailyEarning");
    Checks.nonNegativeIfSet(maxGiveAmount(), "maxGiveAmount");
    Checks.nonNegativeIfSet(cooldownMinutes(), "cooldownMinutes");
  }

  /**
   * Returns a new builder; {@code guildId} is required.
   *
   * @return a new builder, not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BytesConfigUpsert}. Every setter returns this builder; {@code build()} returns
   * the value or throws {@link IllegalStateException} naming the required attributes that were not
   * set. Not thread-safe.
   */
  public static final class Builder extends ImmutableBytesConfigUpsert.Builder {
    Builder() {}

    /**
     * Initializes the value for the {@code startingBalance} attribute from a primitive, so that
     * {@code startingBalance(5)} compiles; {@link #startingBalance(Long)} takes {@code null} to
     * leave it unset.
     *
     * @param startingBalance the value
     * @return this builder
     */
    public Builder startingBalance(long startingBalance) {
      return startingBalance(Long.valueOf(startingBalance));
    }

    /**
     * Initializes the value for the {@code dailyEarning} attribute from a primitive, so that {@code
     * dailyEarning(5)} compiles; {@link #dailyEarning(Long)} takes {@code null} to leave it unset.
     *
     * @param dailyEarning the value
     * @return this builder
     */
    public Builder dailyEarning(long dailyEarning) {
      return dailyEarning(Long.valueOf(dailyEarning));
    }

    /**
     * Initializes the value for the {@code maxGiveAmount} attribute from a primitive, so that
     * {@code maxGiveAmount(5)} compiles; {@link #maxGiveAmount(Long)} takes {@code null} to leave
     * it unset.
     *
     * @param maxGiveAmount the value
     * @return this builder
     */
    public Builder maxGiveAmount(long maxGiveAmount) {
      return maxGiveAmount(Long.valueOf(maxGiveAmount));
    }

    /**
     * Initializes the value for the {@code cooldownMinutes} attribute from a primitive, so that
     * {@code cooldownMinutes(5)} compiles; {@link #cooldownMinutes(Long)} takes {@code null} to
     * leave it unset.
     *
     * @param cooldownMinutes the value
     * @return this builder
     */
    public Builder cooldownMinutes(long cooldownMinutes) {
      return cooldownMinutes(Long.valueOf(cooldownMinutes));
    }
  }
}
