package dev.smarter.bot;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the bot knows about a Discord user (and, when seen in a guild, the membership) at one
 * moment, independent of the Discord library.
 *
 * @param discordId the user's Discord snowflake, positive
 * @param username the user's name, not blank
 * @param discriminator the legacy discriminator (such as {@code "0420"}, or {@code "0"} for
 *     migrated accounts), or {@code null} when unknown
 * @param avatarUrl the URL of the user's avatar, or {@code null} when unknown
 * @param joinedAt when the user joined the guild, or {@code null} when not seen through a guild;
 *     sent as the API user's {@code created_at}, as the original bot did
 * @param isBot whether the account is a bot; bots are never synced
 */
public record MemberSnapshot(
    long discordId,
    String username,
    @Nullable String discriminator,
    @Nullable String avatarUrl,
    @Nullable Instant joinedAt,
    boolean isBot) {
  /**
   * Checks the fields.
   *
   * @param discordId the user's Discord snowflake, positive
   * @param username the user's name, not blank
   * @param discriminator the discriminator, or {@code null}
   * @param avatarUrl the avatar URL, or {@code null}
   * @param joinedAt the guild join time, or {@code null}
   * @param isBot whether the account is a bot
   * @throws IllegalArgumentException if {@code discordId <= 0} or {@code username} is blank
   */
  public MemberSnapshot {
    if (discordId <= 0) {
      throw new IllegalArgumentException("discordId must be positive but was " + discordId);
    }
    Objects.requireNonNull(username, "username == null");
    if (username.isBlank()) {
      throw new IllegalArgumentException("username is blank");
    }
  }

  /**
   * Returns a copy with another username, as after a rename.
   *
   * @param newUsername the new name, not blank
   * @return the renamed snapshot
   */
  public MemberSnapshot withUsername(String newUsername) {
    return new MemberSnapshot(discordId, newUsername, discriminator, avatarUrl, joinedAt, isBot);
  }

  /**
   * Returns a copy with another avatar, as after an avatar change.
   *
   * @param newAvatarUrl the new avatar URL, or {@code null}
   * @return the changed snapshot
   */
  public MemberSnapshot withAvatarUrl(@Nullable String newAvatarUrl) {
    return new MemberSnapshot(discordId, username, discriminator, newAvatarUrl, joinedAt, isBot);
  }
}
