package dev.smarter.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.smarter.bot.RoleGrant.Outcome;
import dev.smarter.sdk.model.BytesRole;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.javacord.api.DiscordApi;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.permission.Role;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.junit.jupiter.api.Test;

class JavacordMemberRolesTest {
  private static final long SERVER_ID = 4242L;
  private static final long MEMBER_ID = 77L;

  private final Role helper = JavacordFakes.fake(Role.class, Map.of());
  private final Role expert = JavacordFakes.fake(Role.class, Map.of());
  private final Role locked = JavacordFakes.fake(Role.class, Map.of());
  private final List<String> added = new ArrayList<>();
  private final User member =
      JavacordFakes.fake(User.class, Map.of("getRoles", args -> List.of(helper)));
  private final Server server = server();
  private final DiscordApi api =
      JavacordFakes.fake(
          DiscordApi.class,
          Map.of(
              "getServerById",
              args -> (Long) args[0] == SERVER_ID ? Optional.of(server) : Optional.empty()));
  private final JavacordMemberRoles roles = new JavacordMemberRoles(api, Duration.ofSeconds(1));

  // A proxy answer is typed Object: the future goes back to the code under test, which awaits it.
  @SuppressWarnings("FutureReturnValueIgnored")
  private Server server() {
    return JavacordFakes.fake(
        Server.class,
        Map.of(
            "getMemberById",
            args -> (Long) args[0] == MEMBER_ID ? Optional.of(member) : Optional.empty(),
            "getRoleById",
            args ->
                switch (((Long) args[0]).intValue()) {
                  case 1 -> Optional.of(helper);
                  case 2 -> Optional.of(expert);
                  case 3 -> Optional.of(locked);
                  default -> Optional.empty();
                },
            "addRoleToUser",
            args -> {
              if (args[1] == locked) {
                return CompletableFuture.failedFuture(
                    new IllegalStateException("Missing Permissions"));
              }
              added.add(args[1] == expert ? "expert" : "other");
              assertThat(args[2]).isEqualTo(JavacordMemberRoles.AUDIT_REASON);
              return CompletableFuture.completedFuture(null);
            }));
  }

  private static BytesRole role(long roleId, String name) {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    return BytesRole.builder()
        .id(roleId)
        .guildId(1)
        .roleId(roleId)
        .roleName(name)
        .bytesRequired(10 * roleId)
        .createdAt(at)
        .updatedAt(at)
        .build();
  }

  @Test
  void addsTheRolesTheMemberLacksAndLeavesTheOthers() {
    List<RoleGrant> grants =
        roles.grant(SERVER_ID, MEMBER_ID, List.of(role(1, "Helper"), role(2, "Expert")));

    assertThat(grants)
        .extracting(RoleGrant::outcome)
        .containsExactly(Outcome.ALREADY_HELD, Outcome.ADDED);
    assertThat(added).containsExactly("expert");
  }

  @Test
  void reportsRolesDiscordRefusesOrNoLongerHas() {
    List<RoleGrant> grants =
        roles.grant(SERVER_ID, MEMBER_ID, List.of(role(3, "Locked"), role(9, "Deleted")));

    assertThat(grants)
        .extracting(RoleGrant::outcome, RoleGrant::problem)
        .containsExactly(
            tuple(Outcome.FAILED, "Discord refused: Missing Permissions"),
            tuple(Outcome.FAILED, "the role no longer exists in Discord"));
    assertThat(added).isEmpty();
  }

  @Test
  void aMemberWhoLeftGetsNothing() {
    assertThat(roles.grant(SERVER_ID, 5L, List.of(role(2, "Expert"))))
        .singleElement()
        .satisfies(
            grant -> assertThat(grant.problem()).isEqualTo("the member is not in the server"));
    assertThat(roles.grant(1L, MEMBER_ID, List.of(role(2, "Expert"))))
        .extracting(RoleGrant::outcome)
        .containsExactly(Outcome.FAILED);
    assertThat(added).isEmpty();
  }

  @Test
  void moderatorsHoldModerateMembersOrAdministrator() {
    User moderator = JavacordFakes.fake(User.class, Map.of());
    User admin = JavacordFakes.fake(User.class, Map.of());
    User kicker = JavacordFakes.fake(User.class, Map.of());
    Map<User, List<PermissionType>> granted =
        Map.of(
            moderator, List.of(PermissionType.MODERATE_MEMBERS),
            admin, List.of(PermissionType.ADMINISTRATOR),
            kicker, List.of(PermissionType.KICK_MEMBERS, PermissionType.MANAGE_MESSAGES));
    Server guild =
        JavacordFakes.fake(
            Server.class,
            Map.of(
                "hasAnyPermission",
                args ->
                    List.of((PermissionType[]) args[1]).stream()
                        .anyMatch(granted.get((User) args[0])::contains)));

    assertThat(JavacordAdapters.canModerate(guild, moderator)).isTrue();
    assertThat(JavacordAdapters.canModerate(guild, admin)).isTrue();
    assertThat(JavacordAdapters.canModerate(guild, kicker)).isFalse();
  }
}
