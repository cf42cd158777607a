package dev.smarter.bot.e2e.discord;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A guild (server) of the fake that the bot is a member of, with one text channel ({@code
 * #general}), an {@code @everyone} role and the bot's own managed role. Changes send the gateway
 * events Discord sends. Thread-safe.
 */
public final class FakeGuild {
  private final World world;
  private final long id;

  FakeGuild(World world, long id) {
    this.world = world;
    this.id = id;
  }

  /**
   * Returns the guild's snowflake.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * Returns the current name.
   *
   * @return the name
   */
  public String name() {
    return world.guildName(id);
  }

  /**
   * Returns the icon hash.
   *
   * @return the hash, or null when the guild has no icon
   */
  public @Nullable String iconHash() {
    return world.guildIcon(id);
  }

  /**
   * Returns the URL Discord's CDN serves the icon at (Javacord 3.8 always uses {@code .png}).
   *
   * @return {@code https://cdn.discordapp.com/icons/{id}/{hash}.png} ({@code .gif} when animated),
   *     or null without an icon
   */
  public @Nullable String iconUrl() {
    String hash = iconHash();
    if (hash == null) {
      return null;
    }
    return "https://cdn.discordapp.com/icons/"
        + Payloads.id(id)
        + "/"
        + hash
        + (hash.startsWith("a_") ? ".gif" : ".png");
  }

  /**
   * Returns the guild's text channel.
   *
   * @return {@code #general}
   */
  public FakeChannel general() {
    return new FakeChannel(world, world.firstChannel(id).id(), this);
  }

  /**
   * Returns the ids of the members, the owner and the bot included.
   *
   * @return the member ids in join order of the fake
   */
  public List<Long> memberIds() {
    return world.memberIds(id);
  }

  /**
   * Returns when a member joined.
   *
   * @param user a member
   * @return the join time Discord reports (millisecond precision)
   * @throws IllegalArgumentException if the user is not a member
   */
  public Instant joinedAt(FakeUser user) {
    return world.joinedAt(id, user.id());
  }

  /**
   * Returns the roles of a member, {@code @everyone} left out.
   *
   * @param user a member
   * @return the role ids
   * @throws IllegalArgumentException if the user is not a member
   */
  public Set<Long> roles(FakeUser user) {
    return world.memberRoles(id, user.id());
  }

  /**
   * Creates a role without permissions below the bot's own role (so the bot may assign it), with a
   * GUILD_ROLE_CREATE.
   *
   * @param name the role's name
   * @return the new role's id
   */
  public long createRole(String name) {
    return createRole(name, new Permission[0]);
  }

  /**
   * Creates a role granting permissions, below the bot's own role, with a GUILD_ROLE_CREATE.
   *
   * @param name the role's name
   * @param permissions what the role allows
   * @return the new role's id
   */
  public long createRole(String name, Permission... permissions) {
    return world.newRole(id, name, Permission.setOf(permissions)).id();
  }

  /**
   * Gives a member a role, as a server admin does in Discord's client: GUILD_MEMBER_UPDATE to
   * sessions with the GUILD_MEMBERS intent. Not recorded in {@link FakeDiscord#roleChanges()},
   * which holds what the bot did.
   *
   * @param user a member
   * @param roleId a role of this guild, not {@code @everyone} nor a managed role
   * @throws IllegalArgumentException if the user is not a member or the role cannot be given
   */
  public void giveRole(FakeUser user, long roleId) {
    world.grantRole(id, user.id(), roleId);
  }

  /**
   * Adds a member: GUILD_MEMBER_ADD to sessions with the GUILD_MEMBERS intent.
   *
   * @param user the user who joins
   * @throws IllegalStateException if the user is already a member
   */
  public void addMember(FakeUser user) {
    world.addMember(id, user.id());
  }

  /**
   * Starts a Discord outage of the guild, as when its Discord server goes down: GUILD_DELETE with
   * {@code unavailable: true}. Until {@link #endOutage()} its changes send no events, and a new
   * session gets it in READY as unavailable without its GUILD_CREATE.
   *
   * @throws IllegalStateException if the guild is already unavailable
   */
  public void startOutage() {
    world.startOutage(id);
  }

  /**
   * Ends the outage: GUILD_CREATE with the guild as it is now (a client sees it become available
   * again).
   *
   * @throws IllegalStateException if the guild is not unavailable
   */
  public void endOutage() {
    world.endOutage(id);
  }

  /**
   * Renames the guild: GUILD_UPDATE.
   *
   * @param name the new name
   */
  public void rename(String name) {
    world.renameGuild(id, name);
  }

  /**
   * Changes the icon: GUILD_UPDATE.
   *
   * @param iconHash the new icon hash, or null to remove the icon
   */
  public void changeIcon(@Nullable String iconHash) {
    world.changeGuildIcon(id, iconHash);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FakeGuild && ((FakeGuild) other).id == id;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }

  @Override
  public String toString() {
    return "FakeGuild{" + id + " " + name() + "}";
  }
}
