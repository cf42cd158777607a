package dev.smarter.sdk.model;

import java.util.Optional;
import org.immutables.value.Value;

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
   * @return the value to set, or empty to leave it
   */
  public abstract Optional<Long> startingBalance();

  /**
   * Returns the bytes earned per day of activity.
   *
   * @return the value to set, or empty to leave it
   */
  public abstract Optional<Long> dailyEarning();

  /**
   * Returns the most bytes one award may give.
   *
   * @return the value to set, or empty to leave it
   */
  public abstract Optional<Long> maxGiveAmount();

  /**
   * Returns the minutes a giver must wait between awards.
   *
   * @return the value to set, or empty to leave it
   */
  public abstract Optional<Long> cooldownMinutes();

  @Value.Check
  void check() {
    Checks.rowId(guildId(), "guildId");
    startingBalance().ifPresent(v -> Checks.nonNegative(v, "startingBalance"));
    dailyEarning().ifPresent(v -> Checks.nonNegative(v, "dailyEarning"));
    maxGiveAmount().ifPresent(v -> Checks.nonNegative(v, "maxGiveAmount"));
    cooldownMinutes().ifPresent(v -> Checks.nonNegative(v, "cooldownMinutes"));
  }

  /**
   * Returns a new builder; {@code guildId} is required.
   *
   * @return a new builder, not thread-safe
   */
  public static ImmutableBytesConfigUpsert.Builder builder() {
    return ImmutableBytesConfigUpsert.builder();
  }
}
