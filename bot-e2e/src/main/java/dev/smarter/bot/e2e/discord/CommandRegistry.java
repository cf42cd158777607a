package dev.smarter.bot.e2e.discord;

import static dev.smarter.bot.e2e.discord.Json.asArray;
import static dev.smarter.bot.e2e.discord.Json.asLong;
import static dev.smarter.bot.e2e.discord.Json.asObject;
import static dev.smarter.bot.e2e.discord.Json.obj;
import static dev.smarter.bot.e2e.discord.Payloads.id;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The application commands the bot registered, global and per guild, with ids kept across
 * overwrites as Discord keeps them. Every method runs holding the world's lock.
 */
final class CommandRegistry {
  /** Commands are keyed by type and name: a slash command and a context menu may share a name. */
  private static final String SLASH = "1:";

  private static final Pattern COMMAND_NAME = Pattern.compile("[-_\\p{L}\\p{N}]{1,32}");

  private final World world;
  private final Map<String, CommandRegistration.Command> globalCommands = new LinkedHashMap<>();
  private final Map<Long, Map<String, CommandRegistration.Command>> guildCommands = new HashMap<>();
  private final Map<String, Long> commandIds = new HashMap<>();

  CommandRegistry(World world) {
    this.world = world;
  }

  /**
   * Returns the slash command a user of this guild can invoke by name: the guild's, else global.
   */
  CommandRegistration.@Nullable Command slashCommand(long guildId, String name) {
    CommandRegistration.Command command =
        guildCommands.getOrDefault(guildId, Map.of()).get(SLASH + name);
    return command != null ? command : globalCommands.get(SLASH + name);
  }

  boolean isGuildCommand(long guildId, String name) {
    return guildCommands.getOrDefault(guildId, Map.of()).containsKey(SLASH + name);
  }

  String describe(long guildId) {
    return "global: "
        + names(globalCommands.values())
        + ", in this guild: "
        + names(guildCommands.getOrDefault(guildId, Map.of()).values());
  }

  private static List<String> names(Collection<CommandRegistration.Command> commands) {
    return commands.stream().map(CommandRegistration.Command::name).toList();
  }

  List<CommandRegistration.Command> global() {
    return List.copyOf(globalCommands.values());
  }

  List<Object> overwrite(long appId, @Nullable Long guildId, @Nullable Object body) {
    if (appId != world.applicationId) {
      throw DiscordError.unknown("Application", 10002);
    }
    if (guildId != null) {
      world.restGuild(guildId);
    }
    List<@Nullable Object> requested = asArray(body);
    if (requested.size() > 100) {
      throw DiscordError.invalidFormBody("at most 100 commands");
    }
    Map<String, CommandRegistration.Command> commands = new LinkedHashMap<>();
    for (Object item : requested) {
      Map<String, @Nullable Object> json = asObject(item);
      int type = json.get("type") == null ? 1 : (int) asLong(json.get("type"));
      String name = String.valueOf(json.get("name"));
      String description =
          json.get("description") == null ? "" : String.valueOf(json.get("description"));
      if (!COMMAND_NAME.matcher(name).matches()
          || (type == 1 && !name.equals(name.toLowerCase(Locale.ROOT)))) {
        throw DiscordError.invalidFormBody("invalid command name '" + name + "'");
      }
      if (type == 1 && (description.isEmpty() || description.length() > 100)) {
        throw DiscordError.invalidFormBody(
            "the description of /" + name + " must be 1-100 characters");
      }
      if (commands.containsKey(type + ":" + name)) {
        throw DiscordError.invalidFormBody("duplicate command name '" + name + "'");
      }
      String key = (guildId == null ? "global" : id(guildId)) + ":" + type + ":" + name;
      long commandId = commandIds.computeIfAbsent(key, unused -> world.ids.next());
      commands.put(
          type + ":" + name,
          new CommandRegistration.Command(commandId, name, description, type, json));
    }
    if (guildId == null) {
      globalCommands.clear();
      globalCommands.putAll(commands);
    } else {
      guildCommands.put(guildId, commands);
    }
    world.registrations.add(new CommandRegistration(guildId, List.copyOf(commands.values())));
    return commandsJson(commands.values(), guildId);
  }

  List<Object> list(long appId, @Nullable Long guildId) {
    if (appId != world.applicationId) {
      throw DiscordError.unknown("Application", 10002);
    }
    Collection<CommandRegistration.Command> commands =
        guildId == null
            ? globalCommands.values()
            : guildCommands.getOrDefault(guildId, Map.of()).values();
    return commandsJson(commands, guildId);
  }

  private List<Object> commandsJson(
      Collection<CommandRegistration.Command> commands, @Nullable Long guildId) {
    List<Object> json = new ArrayList<>();
    for (CommandRegistration.Command command : commands) {
      Map<String, @Nullable Object> item =
          obj(
              "id", id(command.id()),
              "application_id", id(world.applicationId),
              "version", id(command.id()),
              "type", command.type(),
              "name", command.name(),
              "name_localizations", null,
              "description", command.description(),
              "description_localizations", null,
              "default_member_permissions", command.json().get("default_member_permissions"),
              "dm_permission", guildId == null,
              "nsfw", Boolean.TRUE.equals(command.json().get("nsfw")),
              "integration_types", List.of(0),
              "contexts", null);
      if (command.json().get("options") != null) {
        item.put("options", command.json().get("options"));
      }
      if (guildId != null) {
        item.put("guild_id", id(guildId));
      }
      json.add(item);
    }
    return json;
  }
}
