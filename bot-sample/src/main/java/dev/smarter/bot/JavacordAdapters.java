package dev.smarter.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.javacord.api.entity.Icon;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.jspecify.annotations.Nullable;

/**
 * Maps Javacord's entities to the bot's snapshots. Pure functions over Javacord's getters; they
 * read Javacord's cache and never call Discord.
 */
public final class JavacordAdapters {
  private JavacordAdapters() {}

  /**
   * Maps a server to a guild snapshot.
   *
   * @param server the server
   * @return its id, name and icon URL
   */
  public static GuildSnapshot guild(Server server) {
    return new GuildSnapshot(server.getId(), server.getName(), iconUrl(server.getIcon()));
  }

  /**
   * Maps a user seen as a member of a server: the snapshot carries the member's join time.
   *
   * @param user the user
   * @param server the server they are a member of
   * @return the snapshot
   */
  public static MemberSnapshot member(User user, Server server) {
    return new MemberSnapshot(
        user.getId(),
        user.getName(),
        user.getDiscriminator(),
        avatarUrl(user),
        user.getJoinedAtTimestamp(server).orElse(null),
        user.isBot());
  }

  /**
   * Maps a user seen outside any server (a rename or avatar change): no join time.
   *
   * @param user the user
   * @return the snapshot
   */
  public static MemberSnapshot user(User user) {
    return new MemberSnapshot(
        user.getId(), user.getName(), user.getDiscriminator(), avatarUrl(user), null, user.isBot());
  }

  /**
   * Maps every cached member of a server.
   *
   * @param server the server
   * @return one snapshot per member, bots included
   */
  public static List<MemberSnapshot> members(Server server) {
    List<MemberSnapshot> members = new ArrayList<>();
    for (User user : server.getMembers()) {
      members.add(member(user, server));
    }
    return members;
  }

  /**
   * Returns whether a member may use the moderation commands in a server: they have the {@code
   * MODERATE_MEMBERS} ("Timeout members") or the {@code ADMINISTRATOR} permission through their
   * roles, or own the server. Reads Javacord's cache.
   *
   * @param server the server
   * @param user the member
   * @return whether the member may moderate there
   */
  public static boolean canModerate(Server server, User user) {
    return server.hasAnyPermission(
        user, PermissionType.MODERATE_MEMBERS, PermissionType.ADMINISTRATOR);
  }

  /**
   * Maps the user of an interaction or a command option: as a member when in a server, otherwise as
   * a plain user.
   *
   * @param user the user
   * @param server the server the command was used in, or empty in a direct message
   * @return the snapshot
   */
  public static MemberSnapshot person(User user, Optional<Server> server) {
    return server.map(s -> member(user, s)).orElseGet(() -> user(user));
  }

  /**
   * Returns the URL of an icon.
   *
   * @param icon the icon
   * @return its URL as text
   */
  public static String url(Icon icon) {
    return icon.getUrl().toString();
  }

  private static String avatarUrl(User user) {
    return url(user.getAvatar());
  }

  private static @Nullable String iconUrl(Optional<Icon> icon) {
    return icon.map(JavacordAdapters::url).orElse(null);
  }
}
