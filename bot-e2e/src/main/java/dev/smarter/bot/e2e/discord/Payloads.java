package dev.smarter.bot.e2e.discord;

import static dev.smarter.bot.e2e.discord.Json.obj;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Discord's JSON shapes (API v10) for the fake's entities. */
final class Payloads {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

  private Payloads() {}

  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  static String id(long snowflake) {
    return Long.toUnsignedString(snowflake);
  }

  static Map<String, @Nullable Object> user(State.User user) {
    return obj(
        "id",
        id(user.id),
        "username",
        user.username,
        "discriminator",
        user.discriminator,
        "global_name",
        user.bot ? null : user.username,
        "avatar",
        user.avatar,
        "bot",
        user.bot,
        "system",
        false,
        "public_flags",
        0,
        "flags",
        0,
        "banner",
        null,
        "accent_color",
        null,
        "avatar_decoration_data",
        null);
  }

  static Map<String, @Nullable Object> member(State.Member member, State.@Nullable User user) {
    Map<String, @Nullable Object> json =
        obj(
            "nick",
            null,
            "avatar",
            null,
            "roles",
            ids(member.roles),
            "joined_at",
            timestamp(member.joinedAt),
            "premium_since",
            null,
            "deaf",
            false,
            "mute",
            false,
            "flags",
            0,
            "pending",
            false,
            "communication_disabled_until",
            null);
    if (user != null) {
      json.put("user", user(user));
    }
    return json;
  }

  static Map<String, @Nullable Object> role(State.Role role, long botId) {
    Map<String, @Nullable Object> json =
        obj(
            "id",
            id(role.id()),
            "name",
            role.name(),
            "color",
            0,
            "hoist",
            false,
            "icon",
            null,
            "unicode_emoji",
            null,
            "position",
            role.position(),
            "permissions",
            Long.toString(role.permissions()),
            "managed",
            role.managed(),
            "mentionable",
            false,
            "flags",
            0);
    if (role.managed()) {
      json.put("tags", obj("bot_id", id(botId)));
    }
    return json;
  }

  static Map<String, @Nullable Object> channel(State.Channel channel) {
    return obj(
        "id",
        id(channel.id()),
        "type",
        0,
        "guild_id",
        id(channel.guildId()),
        "name",
        channel.name(),
        "position",
        channel.position(),
        "permission_overwrites",
        List.of(),
        "parent_id",
        null,
        "topic",
        null,
        "nsfw",
        false,
        "last_message_id",
        null,
        "rate_limit_per_user",
        0,
        "flags",
        0);
  }

  /** The guild object of GUILD_UPDATE and the base of GUILD_CREATE. */
  static Map<String, @Nullable Object> guild(State.Guild guild, long botId) {
    List<Object> roles = new ArrayList<>();
    guild.roles.values().forEach(role -> roles.add(role(role, botId)));
    return obj(
        "id",
        id(guild.id),
        "name",
        guild.name,
        "icon",
        guild.icon,
        "icon_hash",
        guild.icon,
        "splash",
        null,
        "discovery_splash",
        null,
        "owner_id",
        id(guild.ownerId),
        "region",
        "deprecated",
        "afk_channel_id",
        null,
        "afk_timeout",
        300,
        "widget_enabled",
        false,
        "verification_level",
        0,
        "default_message_notifications",
        0,
        "explicit_content_filter",
        0,
        "roles",
        roles,
        "emojis",
        List.of(),
        "features",
        List.of(),
        "mfa_level",
        0,
        "application_id",
        null,
        "system_channel_id",
        id(guild.channels.get(0).id()),
        "system_channel_flags",
        0,
        "rules_channel_id",
        null,
        "max_members",
        500_000,
        "vanity_url_code",
        null,
        "description",
        null,
        "banner",
        null,
        "premium_tier",
        0,
        "premium_subscription_count",
        0,
        "preferred_locale",
        "en-US",
        "public_updates_channel_id",
        null,
        "max_video_channel_users",
        25,
        "nsfw_level",
        0,
        "stickers",
        List.of(),
        "premium_progress_bar_enabled",
        false,
        "safety_alerts_channel_id",
        null);
  }

  static Map<String, @Nullable Object> message(
      long id,
      long channelId,
      @Nullable Long guildId,
      State.User author,
      @Nullable Map<String, @Nullable Object> member,
      String content,
      int type,
      int flags,
      @Nullable Long webhookId) {
    Map<String, @Nullable Object> json =
        obj(
            "id", id(id),
            "type", type,
            "channel_id", id(channelId),
            "author", user(author),
            "content", content,
            "timestamp", timestamp(Snowflakes.timestamp(id)),
            "edited_timestamp", null,
            "tts", false,
            "mention_everyone", false,
            "mentions", List.of(),
            "mention_roles", List.of(),
            "attachments", List.of(),
            "embeds", List.of(),
            "pinned", false,
            "flags", flags,
            "components", List.of());
    if (guildId != null) {
      json.put("guild_id", id(guildId));
    }
    if (member != null) {
      json.put("member", member);
    }
    if (webhookId != null) {
      json.put("webhook_id", id(webhookId));
      json.put("application_id", id(webhookId));
    }
    return json;
  }

  static List<String> ids(Iterable<Long> snowflakes) {
    List<String> ids = new ArrayList<>();
    snowflakes.forEach(snowflake -> ids.add(id(snowflake)));
    return ids;
  }
}
