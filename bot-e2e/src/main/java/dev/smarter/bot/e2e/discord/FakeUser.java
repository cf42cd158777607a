package dev.smarter.bot.e2e.discord;

import org.jspecify.annotations.Nullable;

/**
 * A Discord user of the fake, human or bot. The getters read the fake's current state; {@link
 * #rename} and {@link #changeAvatar} change it and send the gateway events Discord sends.
 * Thread-safe.
 */
public final class FakeUser {
  private final World world;
  private final long id;

  FakeUser(World world, long id) {
    this.world = world;
    this.id = id;
  }

  /**
   * Returns the user's snowflake.
   *
   * @return the id
   */
  public long id() {
    return id;
  }

  /**
   * Returns the current username.
   *
   * @return the username
   */
  public String username() {
    return world.username(id);
  }

  /**
   * Returns the discriminator: {@code "0"} for humans (Discord's unique usernames), four digits for
   * bots.
   *
   * @return the discriminator
   */
  public String discriminator() {
    return world.discriminator(id);
  }

  /**
   * Returns the avatar hash.
   *
   * @return the hash, or null for Discord's default avatar
   */
  public @Nullable String avatarHash() {
    return world.avatar(id);
  }

  /**
   * Returns whether this is a bot account.
   *
   * @return whether it is a bot
   */
  public boolean isBot() {
    return world.isBot(id);
  }

  /**
   * Returns the URL Discord's CDN serves the avatar at (clients may add {@code ?size=}; Javacord
   * 3.8 adds {@code ?size=1024}).
   *
   * @return {@code https://cdn.discordapp.com/avatars/{id}/{hash}.png} (or {@code .gif} for an
   *     animated hash), or the default avatar's URL when there is no hash
   */
  public String avatarUrl() {
    String hash = avatarHash();
    if (hash == null) {
      return "https://cdn.discordapp.com/embed/avatars/" + ((id >>> 22) % 6) + ".png";
    }
    return "https://cdn.discordapp.com/avatars/"
        + Payloads.id(id)
        + "/"
        + hash
        + (hash.startsWith("a_") ? ".gif" : ".png");
  }

  /**
   * Changes the username: every guild the user is in gets a GUILD_MEMBER_UPDATE with the new user
   * (sessions with the GUILD_MEMBERS intent), as Discord sends it.
   *
   * @param username the new username
   */
  public void rename(String username) {
    world.renameUser(id, username);
  }

  /**
   * Changes the avatar, with the same events as {@link #rename}.
   *
   * @param avatarHash the new hash, or null for the default avatar
   */
  public void changeAvatar(@Nullable String avatarHash) {
    world.changeAvatar(id, avatarHash);
  }

  /**
   * Returns the mention of the user in message text.
   *
   * @return {@code <@id>}
   */
  public String mention() {
    return "<@" + Payloads.id(id) + ">";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FakeUser && ((FakeUser) other).id == id;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }

  @Override
  public String toString() {
    return "FakeUser{" + id + " " + username() + "}";
  }
}
