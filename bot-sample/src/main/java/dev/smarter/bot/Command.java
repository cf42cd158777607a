package dev.smarter.bot;

import java.util.Locale;
import java.util.Optional;

/**
 * The bot's commands usable both as a prefix command ({@code !ping}) and a slash command. The
 * slash-only server commands are {@link ServerCommand}.
 */
public enum Command {
  /** Replies with the gateway latency and the API round trip. */
  PING("ping", "Shows the Discord gateway latency and the Smarter Dev API round trip"),
  /** Syncs the current guild and its members with the API (bot owner only). */
  SYNC("sync", "Syncs this server and its members with the Smarter Dev website (bot owner only)"),
  /**
   * Shows the SDK's calls, errors, retries and latency per API route since start (bot owner only).
   */
  STATS(
      "stats",
      "Shows the Smarter Dev API calls, errors, retries and latency per route (bot owner only)");

  /** The prefix of text commands. */
  public static final String PREFIX = "!";

  private final String commandName;
  private final String description;

  Command(String commandName, String description) {
    this.commandName = commandName;
    this.description = description;
  }

  /**
   * Returns the name used after {@code !} and {@code /}.
   *
   * @return the lower-case name, such as {@code "ping"}
   */
  public String commandName() {
    return commandName;
  }

  /**
   * Returns the description shown in Discord's slash-command picker.
   *
   * @return a short description
   */
  public String description() {
    return description;
  }

  /**
   * Parses a chat message: {@code "!sync"} (case-insensitive, arguments ignored) names {@link
   * #SYNC}.
   *
   * @param content the message text
   * @return the command, or empty when the message is not one
   */
  public static Optional<Command> fromMessage(String content) {
    String text = content.strip();
    if (!text.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String word = text.substring(PREFIX.length()).split("\\s+", 2)[0];
    return fromName(word);
  }

  /**
   * Finds a command by name, as a slash command reports it.
   *
   * @param name the name, such as {@code "ping"} (case-insensitive)
   * @return the command, or empty for an unknown name
   */
  public static Optional<Command> fromName(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (Command command : values()) {
      if (command.commandName.equals(wanted)) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }
}
