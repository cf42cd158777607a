package dev.smarter.bot;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the bot knows about a Discord guild at one moment, independent of the Discord library.
 *
 * @param discordId the guild's Discord snowflake, positive
 * @param name the guild's name, not blank
 * @param iconUrl the URL of the guild's icon, or {@code null} when it has none
 */
public record GuildSnapshot(long discordId, String name, @Nullable String iconUrl) {
  /**
   * Checks the fields.
   *
   * @param discordId the guild's Discord snowflake, positive
   * @param name the guild's name, not blank
   * @param iconUrl the icon URL, or {@code null}
   * @throws IllegalArgumentException if {@code discordId <= 0} or {@code name} is blank
   */
  public GuildSnapshot {
    if (discordId <= 0) {
      throw new IllegalArgumentException("discordId must be positive but was " + discordId);
    }
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
  }

  /**
   * Returns a copy with another name, as after a rename.
   *
   * @param newName the new name, not blank
   * @return the renamed snapshot
   */
  public GuildSnapshot withName(String newName) {
    return new GuildSnapshot(discordId, newName, iconUrl);
  }

  /**
   * Returns a copy with another icon, as after an icon change.
   *
   * @param newIconUrl the new icon URL, or {@code null} for none
   * @return the changed snapshot
   */
  public GuildSnapshot withIconUrl(@Nullable String newIconUrl) {
    return new GuildSnapshot(discordId, name, newIconUrl);
  }
}
