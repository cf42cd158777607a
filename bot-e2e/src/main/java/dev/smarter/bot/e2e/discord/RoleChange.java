package dev.smarter.bot.e2e.discord;

import org.jspecify.annotations.Nullable;

/**
 * A role the bot added to or removed from a member ({@code PUT} or {@code DELETE
 * /guilds/{guild}/members/{user}/roles/{role}}).
 *
 * @param guildId the guild
 * @param userId the member
 * @param roleId the role
 * @param added true for PUT, false for DELETE
 * @param auditLogReason the {@code X-Audit-Log-Reason} the bot gave, decoded, or null
 */
public record RoleChange(
    long guildId, long userId, long roleId, boolean added, @Nullable String auditLogReason) {}
