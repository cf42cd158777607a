package dev.smarter.sdk.model;

import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body of a guild create ({@code POST /api/guilds}).
 *
 * <p>The server looks guilds up by {@link #discordId()}: when one exists it is returned unchanged,
 * so sending the same {@code NewGuild} twice is safe. {@code build()} throws {@link
 * IllegalStateException} naming a missing required field and {@link IllegalArgumentException} for a
 * non-positive snowflake or a blank name. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class NewGuild {
  NewGuild() {}

  /**
   * Returns the guild's Discord snowflake.
   *
   * @return a positive snowflake
   */
  public abstract long discordId();

  /**
   * Returns the guild's name.
   *
   * @return a non-blank name
   */
  public abstract String name();

  /**
   * Returns the URL of the guild's icon.
   *
   * @return the icon URL, or {@code null} to send none (not sent)
   */
  public abstract @Nullable String iconUrl();

  /**
   * Returns when the bot joined the guild.
   *
   * @return the join time, or {@code null} to let the server use its current time (not sent)
   */
  public abstract @Nullable Instant joinedAt();

  @Value.Check
  void check() {
    Checks.sendable(joinedAt(), "joinedAt");
    Checks.snowflake(discordId(), "discordId");
    Checks.notBlank(name(), "name");
  }

  /**
   * Returns a guild create with only the required fields.
   *
   * @param discordId the guild's Discord snowflake, positive
   * @param name the guild's name, not blank
   * @return the request
   * @throws IllegalArgumentException if {@code discordId <= 0} or {@code name} is blank
   */
  public static NewGuild of(long discordId, String name) {
    return builder().discordId(discordId).name(name).build();
  }

  /**
   * Returns a new builder; {@code discordId} and {@code name} are required.
   *
   * @return a new builder, not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NewGuild}. Every setter returns this builder; {@code build()} returns the value
   * or throws {@link IllegalStateException} naming the required attributes that were not set. Not
   * thread-safe.
   */
  public static final class Builder extends ImmutableNewGuild.Builder {
    Builder() {}
  }
}
