package dev.smarter.bot.e2e.discord;

import static dev.smarter.bot.e2e.discord.Json.asLong;
import static dev.smarter.bot.e2e.discord.Json.asObject;
import static dev.smarter.bot.e2e.discord.Json.obj;
import static dev.smarter.bot.e2e.discord.Payloads.id;

import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Slash-command interactions: INTERACTION_CREATE for an invocation, then the bot's callback (once,
 * within the deadline), edits of the original response and follow-ups. Every method runs holding
 * the world's lock.
 */
final class Interactions {
  private final World world;
  private final Map<Long, State.Interaction> interactions = new HashMap<>();

  Interactions(World world) {
    this.world = world;
  }

  State.Interaction invoke(long channelId, long userId, String name, List<SlashOption> options) {
    State.Guild guild = world.availableGuildOfChannel(channelId);
    State.User user = world.user(userId);
    State.Member member = guild.members.get(userId);
    if (member == null) {
      throw new IllegalArgumentException(user.username + " is not a member of " + guild.name);
    }
    CommandRegistration.Command command = world.commands.slashCommand(guild.id, name);
    if (command == null) {
      throw new IllegalStateException(
          "The bot has not registered the slash command /"
              + name
              + " ("
              + world.commands.describe(guild.id)
              + ")");
    }
    SlashOption.validate("/" + name, command.json().get("options"), options);
    State.Session session = world.gateway.connectedSessionOwning(guild.id);
    long interactionId = world.ids.next();
    String token = "aW50ZXJhY3Rpb24" + HexFormat.of().formatHex(world.randomBytes(24));
    State.Interaction interaction =
        new State.Interaction(interactionId, token, guild.id, channelId, userId, System.nanoTime());
    interactions.put(interactionId, interaction);
    Map<String, @Nullable Object> memberJson = Payloads.member(member, user);
    memberJson.put("permissions", Long.toString(World.permissions(guild, member)));
    Map<String, @Nullable Object> data = obj("id", id(command.id()), "name", name, "type", 1);
    if (world.commands.isGuildCommand(guild.id, name)) {
      data.put("guild_id", id(guild.id));
    }
    if (!options.isEmpty()) {
      data.put("options", SlashOption.toJson(options));
      Map<String, @Nullable Object> resolvedUsers = new LinkedHashMap<>();
      Map<String, @Nullable Object> resolvedMembers = new LinkedHashMap<>();
      for (long resolvedId : SlashOption.userIds(options)) {
        State.User resolved = world.user(resolvedId);
        resolvedUsers.put(id(resolvedId), Payloads.user(resolved));
        State.Member resolvedMember = guild.members.get(resolvedId);
        if (resolvedMember != null) {
          Map<String, @Nullable Object> partial = Payloads.member(resolvedMember, null);
          partial.put("permissions", Long.toString(World.permissions(guild, resolvedMember)));
          resolvedMembers.put(id(resolvedId), partial);
        }
      }
      if (!resolvedUsers.isEmpty()) {
        data.put("resolved", obj("users", resolvedUsers, "members", resolvedMembers));
      }
    }
    State.Channel channel = Objects.requireNonNull(guild.channel(channelId));
    world.gateway.dispatch(
        session,
        "INTERACTION_CREATE",
        obj(
            "id", id(interactionId),
            "application_id", id(world.applicationId),
            "type", 2,
            "data", data,
            "guild_id", id(guild.id),
            "guild", obj("id", id(guild.id), "locale", "en-US", "features", List.of()),
            "channel_id", id(channelId),
            "channel", Payloads.channel(channel),
            "member", memberJson,
            "token", token,
            "version", 1,
            "app_permissions", Long.toString(World.BOT_PERMISSIONS),
            "locale", "en-US",
            "guild_locale", "en-US",
            "entitlements", List.of(),
            "authorizing_integration_owners", obj("0", id(guild.id)),
            "context", 0));
    return interaction;
  }

  void callback(long interactionId, String token, @Nullable Object body) {
    State.Interaction interaction = interactions.get(interactionId);
    if (interaction == null || !interaction.token.equals(token)) {
      throw DiscordError.unknown("interaction", 10062);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - interaction.createdNanos);
    if (elapsed.compareTo(world.settings.interactionDeadline()) > 0) {
      world.problems.add(
          "Interaction "
              + interactionId
              + " acknowledged after "
              + elapsed.toMillis()
              + " ms, beyond Discord's "
              + world.settings.interactionDeadline().toMillis()
              + " ms: refused as an unknown interaction");
      throw DiscordError.unknown("interaction", 10062);
    }
    if (interaction.acknowledged()) {
      throw new DiscordError(400, 40060, "Interaction has already been acknowledged.");
    }
    Map<String, @Nullable Object> json = asObject(body);
    int type = json.get("type") == null ? 0 : (int) asLong(json.get("type"));
    Map<String, @Nullable Object> data =
        json.get("data") == null ? Map.of() : asObject(json.get("data"));
    int flags = data.get("flags") == null ? 0 : (int) asLong(data.get("flags"));
    String content = null;
    switch (type) {
      case InteractionCallback.CHANNEL_MESSAGE_WITH_SOURCE -> {
        content = World.messageContent(data);
        interaction.originalMessageId = world.ids.next();
        world.messages.add(
            new BotMessage(
                interaction.originalMessageId,
                interaction.channelId,
                content,
                flags,
                BotMessage.Kind.INTERACTION_RESPONSE,
                interactionId));
      }
      case InteractionCallback.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE ->
          interaction.originalMessageId = world.ids.next();
      case InteractionCallback.MODAL -> {
        if (data.get("custom_id") == null || data.get("title") == null) {
          throw DiscordError.invalidFormBody("a modal needs custom_id, title and components");
        }
      }
      default ->
          throw DiscordError.invalidFormBody(
              "callback type " + type + " is not valid for an application command interaction");
    }
    interaction.callbackType = type;
    interaction.flags = flags;
    world.callbacks.add(new InteractionCallback(interactionId, type, flags, content, elapsed));
  }

  Map<String, @Nullable Object> editOriginal(long appId, String token, @Nullable Object body) {
    State.Interaction interaction = webhookInteraction(appId, token);
    if (!interaction.acknowledged() || interaction.callbackType == InteractionCallback.MODAL) {
      throw DiscordError.unknown("Message", 10008);
    }
    Map<String, @Nullable Object> json = asObject(body);
    String content = World.messageContent(json);
    int flags = interaction.flags & BotMessage.EPHEMERAL;
    world.messages.add(
        new BotMessage(
            interaction.originalMessageId,
            interaction.channelId,
            content,
            flags,
            BotMessage.Kind.ORIGINAL_RESPONSE_EDIT,
            interaction.id));
    return interactionMessage(
        interaction,
        interaction.originalMessageId,
        content,
        flags,
        World.MESSAGE_TYPE_CHAT_INPUT_COMMAND);
  }

  Map<String, @Nullable Object> followup(long appId, String token, @Nullable Object body) {
    State.Interaction interaction = webhookInteraction(appId, token);
    if (!interaction.acknowledged()) {
      throw DiscordError.unknown("Webhook", 10015);
    }
    Map<String, @Nullable Object> json = asObject(body);
    String content = World.messageContent(json);
    int flags = json.get("flags") == null ? 0 : (int) asLong(json.get("flags"));
    long messageId = world.ids.next();
    world.messages.add(
        new BotMessage(
            messageId,
            interaction.channelId,
            content,
            flags,
            BotMessage.Kind.FOLLOWUP,
            interaction.id));
    return interactionMessage(
        interaction, messageId, content, flags, World.MESSAGE_TYPE_CHAT_INPUT_COMMAND);
  }

  private Map<String, @Nullable Object> interactionMessage(
      State.Interaction interaction, long messageId, String content, int flags, int type) {
    State.User user = world.users.get(interaction.userId);
    Map<String, @Nullable Object> json =
        Payloads.message(
            messageId,
            interaction.channelId,
            null,
            world.bot,
            null,
            content,
            type,
            flags,
            world.applicationId);
    json.put(
        "interaction",
        obj("id", id(interaction.id), "type", 2, "name", "command", "user", Payloads.user(user)));
    return json;
  }

  private State.Interaction webhookInteraction(long appId, String token) {
    if (appId != world.applicationId) {
      throw DiscordError.unknown("Webhook", 10015);
    }
    for (State.Interaction interaction : interactions.values()) {
      if (interaction.token.equals(token)) {
        return interaction;
      }
    }
    throw DiscordError.unknown("Webhook", 10015);
  }
}
