package dev.smarter.sdk.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

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
   * @return the icon URL, or empty to send none
   */
  public abstract Optional<String> iconUrl();

  /**
   * Returns when the bot joined the guild.
   *
   * @return the join time, or empty to let the server use its current time
   */
  public abstract Optional<Instant> joinedAt();

  @Value.Check
  void check() {
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
  public static ImmutableNewGuild.Builder builder() {
    return ImmutableNewGuild.builder();
  }
}
