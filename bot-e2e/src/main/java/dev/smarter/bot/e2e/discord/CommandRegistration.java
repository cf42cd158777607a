package dev.smarter.bot.e2e.discord;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One bulk overwrite of application commands ({@code PUT /applications/{app}/commands}, or the
 * guild-scoped route).
 *
 * @param guildId the guild of guild-scoped commands, or null for global ones
 * @param commands the commands as registered, in request order
 */
public record CommandRegistration(@Nullable Long guildId, List<Command> commands) {
  /**
   * Copies the list.
   *
   * @param guildId the guild, or null
   * @param commands the commands
   */
  public CommandRegistration {
    commands = List.copyOf(commands);
  }

  /**
   * Returns the names of the registered commands.
   *
   * @return the names, in request order
   */
  public List<String> names() {
    return commands.stream().map(Command::name).toList();
  }

  /**
   * One registered command.
   *
   * @param id the id Discord assigned (kept across overwrites of the same name)
   * @param name its name
   * @param description its description
   * @param type 1 for a slash command, 2 for a user context menu, 3 for a message context menu
   * @param json the command exactly as the bot sent it
   */
  public record Command(
      long id, String name, String description, int type, Map<String, @Nullable Object> json) {}
}
