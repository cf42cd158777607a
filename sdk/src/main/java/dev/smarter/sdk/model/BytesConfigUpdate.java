package dev.smarter.sdk.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body of a bytes config update ({@code PUT /api/bytes/config/{guild_id}}): the settings to
 * change on an existing config. Immutable and thread-safe.
 */
public final class BytesConfigUpdate extends PartialUpdate {
  private BytesConfigUpdate(Map<String, @Nullable Object> changes) {
    super(changes);
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a new builder, not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BytesConfigUpdate}. Not thread-safe. */
  public static final class Builder extends PartialUpdate.Builder<Builder> {
    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the balance a new member starts with.
     *
     * @param startingBalance the balance, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder startingBalance(long startingBalance) {
      Checks.nonNegative(startingBalance, "startingBalance");
      return set("starting_balance", startingBalance);
    }

    /**
     * Sets the bytes earned per day of activity.
     *
     * @param dailyEarning the amount, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder dailyEarning(long dailyEarning) {
      Checks.nonNegative(dailyEarning, "dailyEarning");
      return set("daily_earning", dailyEarning);
    }

    /**
     * Sets the most bytes one award may give.
     *
     * @param maxGiveAmount the amount, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxGiveAmount(long maxGiveAmount) {
      Checks.nonNegative(maxGiveAmount, "maxGiveAmount");
      return set("max_give_amount", maxGiveAmount);
    }

    /**
     * Sets the minutes a giver must wait between awards.
     *
     * @param cooldownMinutes the minutes, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder cooldownMinutes(long cooldownMinutes) {
      Checks.nonNegative(cooldownMinutes, "cooldownMinutes");
      return set("cooldown_minutes", cooldownMinutes);
    }

    /**
     * Returns the update.
     *
     * @return the update
     * @throws IllegalStateException if nothing was set
     */
    public BytesConfigUpdate build() {
      return new BytesConfigUpdate(
          checkedChanges(
              "BytesConfigUpdate",
              List.of("startingBalance", "dailyEarning", "maxGiveAmount", "cooldownMinutes")));
    }
  }
}
