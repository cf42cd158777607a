package dev.smarter.bot;

import dev.smarter.sdk.model.BytesRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.javacord.api.DiscordApi;
import org.javacord.api.entity.permission.Role;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;

/**
 * Gives members Discord roles through Javacord, for one shard's connection. A role the member holds
 * is left alone; a role that no longer exists, or that Discord refuses to give (the bot lacks the
 * Manage Roles permission, or the role is above the bot's highest role), is reported as failed.
 */
final class JavacordMemberRoles implements MemberRoles {
  /** The audit-log reason Discord shows for the role change. */
  static final String AUDIT_REASON = "Earned with bytes (Smarter Dev)";

  private final DiscordApi api;
  private final Duration timeout;

  JavacordMemberRoles(DiscordApi api, Duration timeout) {
    this.api = Objects.requireNonNull(api, "api == null");
    this.timeout = Objects.requireNonNull(timeout, "timeout == null");
  }

  @Override
  public List<RoleGrant> grant(long guildDiscordId, long userDiscordId, List<BytesRole> roles) {
    Optional<Server> server = api.getServerById(guildDiscordId);
    Optional<User> member = server.flatMap(s -> s.getMemberById(userDiscordId));
    List<RoleGrant> grants = new ArrayList<>(roles.size());
    for (BytesRole role : roles) {
      if (server.isEmpty() || member.isEmpty()) {
        grants.add(RoleGrant.failed(role, "the member is not in the server"));
        continue;
      }
      grants.add(grant(server.get(), member.get(), role));
    }
    return grants;
  }

  private RoleGrant grant(Server server, User member, BytesRole role) {
    Optional<Role> discordRole = server.getRoleById(role.roleId());
    if (discordRole.isEmpty()) {
      return RoleGrant.failed(role, "the role no longer exists in Discord");
    }
    if (member.getRoles(server).contains(discordRole.get())) {
      return RoleGrant.alreadyHeld(role);
    }
    try {
      server
          .addRoleToUser(member, discordRole.get(), AUDIT_REASON)
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return RoleGrant.added(role);
    } catch (ExecutionException e) {
      return RoleGrant.failed(role, "Discord refused: " + e.getCause().getMessage());
    } catch (TimeoutException e) {
      return RoleGrant.failed(role, "Discord did not answer within " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return RoleGrant.failed(role, "interrupted");
    }
  }
}
