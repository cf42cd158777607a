package dev.smarter.bot;

import dev.smarter.sdk.model.BytesRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated Discord's roles: which roles exist in the simulated guild and which members hold
 * them, in memory. Thread-safe.
 */
final class SimulatedRoles implements MemberRoles {
  private final Set<Long> existing;
  private final Map<Long, Set<Long>> held = new ConcurrentHashMap<>();

  /** Creates the roles; only those in {@code existing} can be given. */
  SimulatedRoles(Set<Long> existing) {
    this.existing = Set.copyOf(existing);
  }

  @Override
  public List<RoleGrant> grant(long guildDiscordId, long userDiscordId, List<BytesRole> roles) {
    Set<Long> mine = held.computeIfAbsent(userDiscordId, id -> ConcurrentHashMap.newKeySet());
    List<RoleGrant> grants = new ArrayList<>(roles.size());
    for (BytesRole role : roles) {
      if (!existing.contains(role.roleId())) {
        grants.add(RoleGrant.failed(role, "the role no longer exists in Discord"));
      } else if (mine.add(role.roleId())) {
        grants.add(RoleGrant.added(role));
      } else {
        grants.add(RoleGrant.alreadyHeld(role));
      }
    }
    return grants;
  }

  /** The roles a member holds. */
  Set<Long> heldBy(long userDiscordId) {
    return new HashSet<>(held.getOrDefault(userDiscordId, Set.of()));
  }
}
