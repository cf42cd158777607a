package dev.smarter.bot.e2e.discord;

/**
 * Discord permissions a role of the fake can grant, with their bits in Discord's permission set
 * (API v10). Only those that the bots under test check are listed; the fake's {@code @everyone} and
 * bot roles carry the usual channel permissions besides.
 */
public enum Permission {
  /** Kick Members. */
  KICK_MEMBERS(1),
  /** Administrator: every permission, in every channel. */
  ADMINISTRATOR(3),
  /** Manage Roles. */
  MANAGE_ROLES(28),
  /** Timeout Members ({@code MODERATE_MEMBERS}). */
  MODERATE_MEMBERS(40);

  private final int bit;

  Permission(int bit) {
    this.bit = bit;
  }

  /**
   * Returns the permission's value in Discord's permission set.
   *
   * @return {@code 1 << bit}
   */
  public long value() {
    return 1L << bit;
  }

  /**
   * Returns the permission set holding these permissions.
   *
   * @param permissions the permissions
   * @return their values combined
   */
  static long setOf(Permission... permissions) {
    long set = 0;
    for (Permission permission : permissions) {
      set |= permission.value();
    }
    return set;
  }
}
