package dev.smarter.bot;

import java.util.Locale;
import java.util.Optional;

/**
 * The slash commands that work inside a server only: the {@code /bytes} group and the moderation
 * commands. Unlike {@link Command} they have no prefix form (their options are Discord users and
 * numbers, which slash commands type and check).
 */
public enum ServerCommand {
  /** {@code /bytes send user amount [reason]}. */
  BYTES_SEND("bytes send", true),
  /** {@code /bytes read [user]}. */
  BYTES_READ("bytes read", false),
  /** {@code /bytes heap [limit]}. */
  BYTES_HEAP("bytes heap", false),
  /** {@code /warn user reason}. */
  WARN("warn", true),
  /** {@code /cases user [open-only]}. */
  CASES("cases", true),
  /** {@code /case resolve number note}. */
  CASE_RESOLVE("case resolve", true);

  private final String fullName;
  private final boolean privateFirstReply;

  ServerCommand(String fullName, boolean privateFirstReply) {
    this.fullName = fullName;
    this.privateFirstReply = privateFirstReply;
  }

  /**
   * Returns the command's name with its subcommand, as Discord reports it.
   *
   * @return such as {@code "bytes send"}
   */
  public String fullName() {
    return fullName;
  }

  /**
   * Returns whether the command's first answer is private to its author (every answer of {@code
   * send} to the giver and of the moderation commands). A slash command's deferred response takes
   * this visibility, so the adapter acknowledges the interaction with it.
   *
   * @return {@code true} for an ephemeral first answer
   */
  public boolean privateFirstReply() {
    return privateFirstReply;
  }

  /**
   * Finds a command by its full name.
   *
   * @param fullName such as {@code "bytes send"} (case-insensitive)
   * @return the command, or empty for another name
   */
  public static Optional<ServerCommand> fromFullName(String fullName) {
    String wanted = fullName.strip().toLowerCase(Locale.ROOT);
    for (ServerCommand command : values()) {
      if (command.fullName.equals(wanted)) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }
}
