package dev.smarter.bot.e2e.discord;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Discord's gateway intents (API v10) with their bits, as a client sends them in IDENTIFY. Three
 * are privileged: Discord refuses a connection that asks for one the application has not enabled in
 * the Developer Portal.
 */
public enum GatewayIntent {
  /** Guild create, update and delete; channels and roles. */
  GUILDS(0, false),
  /** Member joins, updates (user renames and avatars) and leaves; the full member list (chunks). */
  GUILD_MEMBERS(1, true),
  /** Bans and audit log entries. */
  GUILD_MODERATION(2, false),
  /** Emoji and sticker changes. */
  GUILD_EMOJIS_AND_STICKERS(3, false),
  /** Integration changes. */
  GUILD_INTEGRATIONS(4, false),
  /** Webhook changes. */
  GUILD_WEBHOOKS(5, false),
  /** Invite changes. */
  GUILD_INVITES(6, false),
  /** Voice states. */
  GUILD_VOICE_STATES(7, false),
  /** Presence updates, and the online members in a guild's GUILD_CREATE. */
  GUILD_PRESENCES(8, true),
  /** Messages in guild channels. */
  GUILD_MESSAGES(9, false),
  /** Reactions in guild channels. */
  GUILD_MESSAGE_REACTIONS(10, false),
  /** Typing in guild channels. */
  GUILD_MESSAGE_TYPING(11, false),
  /** Direct messages. */
  DIRECT_MESSAGES(12, false),
  /** Reactions in direct messages. */
  DIRECT_MESSAGE_REACTIONS(13, false),
  /** Typing in direct messages. */
  DIRECT_MESSAGE_TYPING(14, false),
  /** The content of messages that neither mention the bot nor are direct messages. */
  MESSAGE_CONTENT(15, true),
  /** Scheduled events. */
  GUILD_SCHEDULED_EVENTS(16, false),
  /** Auto-moderation rule changes. */
  AUTO_MODERATION_CONFIGURATION(20, false),
  /** Auto-moderation actions. */
  AUTO_MODERATION_EXECUTION(21, false),
  /** Poll votes in guilds. */
  GUILD_MESSAGE_POLLS(24, false),
  /** Poll votes in direct messages. */
  DIRECT_MESSAGE_POLLS(25, false);

  private final int bit;
  private final boolean privileged;

  GatewayIntent(int bit, boolean privileged) {
    this.bit = bit;
    this.privileged = privileged;
  }

  /**
   * Returns the intent's bit in the IDENTIFY bitmask.
   *
   * @return {@code 1 << n}
   */
  public long mask() {
    return 1L << bit;
  }

  /**
   * Returns whether the application must enable the intent in the Developer Portal.
   *
   * @return true for GUILD_MEMBERS, GUILD_PRESENCES and MESSAGE_CONTENT
   */
  public boolean isPrivileged() {
    return privileged;
  }

  /**
   * Returns the intents whose bits are set.
   *
   * @param mask an IDENTIFY bitmask
   * @return the known intents in it (unknown bits are left out)
   */
  public static Set<GatewayIntent> fromMask(long mask) {
    Set<GatewayIntent> intents = EnumSet.noneOf(GatewayIntent.class);
    for (GatewayIntent intent : values()) {
      if ((mask & intent.mask()) != 0) {
        intents.add(intent);
      }
    }
    return intents;
  }

  /**
   * Returns the bitmask of some intents.
   *
   * @param intents the intents
   * @return their bits or-ed together
   */
  public static long maskOf(Collection<GatewayIntent> intents) {
    long mask = 0;
    for (GatewayIntent intent : intents) {
      mask |= intent.mask();
    }
    return mask;
  }

  /**
   * Returns the three privileged intents.
   *
   * @return GUILD_MEMBERS, GUILD_PRESENCES and MESSAGE_CONTENT
   */
  public static Set<GatewayIntent> privileged() {
    return EnumSet.of(GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT);
  }
}
