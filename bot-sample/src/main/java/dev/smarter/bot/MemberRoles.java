package dev.smarter.bot;

import dev.smarter.sdk.model.BytesRole;
import java.util.List;

/**
 * Gives members Discord roles: the port through which the bytes commands hand out the roles a
 * member has earned. The Javacord adapter adds the roles in Discord; the simulation and tests keep
 * them in memory.
 */
@FunctionalInterface
public interface MemberRoles {
  /** A port for places without roles (direct messages): every grant fails. */
  MemberRoles NONE =
      (guildId, userId, roles) ->
          roles.stream().map(role -> RoleGrant.failed(role, "not in a server")).toList();

  /**
   * Gives a member each role they do not have yet. Blocks until Discord has answered; never throws
   * for a Discord failure (it is reported in the result).
   *
   * @param guildDiscordId the guild's snowflake
   * @param userDiscordId the member's snowflake
   * @param roles the roles to give, as the API lists them ({@link BytesRole#roleId()} is the
   *     Discord role)
   * @return one result per role, in the same order
   */
  List<RoleGrant> grant(long guildDiscordId, long userDiscordId, List<BytesRole> roles);
}
