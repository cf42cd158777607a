package dev.smarter.bot;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionBuilder;
import org.javacord.api.interaction.SlashCommandOptionType;

/**
 * The bot's slash commands on the Javacord side: their definitions for Discord, and the mapping of
 * an interaction's options to a call of {@link BotEvents}. Discord checks the option types and
 * ranges ({@code amount} at least 1, {@code limit} 1 to 25); the commands check them again.
 */
final class SlashCommands {
  static final String USER = "user";
  static final String AMOUNT = "amount";
  static final String REASON = "reason";
  static final String LIMIT = "limit";
  static final String OPEN_ONLY = "open-only";
  static final String NUMBER = "number";
  static final String NOTE = "note";

  private static final long TEXT_LENGTH = 200;

  private SlashCommands() {}

  /**
   * Returns every slash command, for one bulk registration: {@code /ping}, {@code /sync}, {@code
   * /stats}, the {@code /bytes} group and the moderation commands. The moderation commands are
   * shown by default only to members with {@code MODERATE_MEMBERS} (a server can change that in its
   * Integrations settings, so the bot checks the permission itself too); the server commands are
   * hidden in direct messages.
   */
  static Set<SlashCommandBuilder> definitions() {
    SlashCommandBuilder bytes =
        SlashCommand.with(
                "bytes",
                "Send and read bytes, the community's kudos",
                List.of(
                    SlashCommandOption.createSubcommand(
                        "send",
                        "Send bytes to a member who helped you",
                        List.of(
                            SlashCommandOption.createUserOption(USER, "Who gets the bytes", true),
                            new SlashCommandOptionBuilder()
                                .setType(SlashCommandOptionType.LONG)
                                .setName(AMOUNT)
                                .setDescription("How many bytes (at most the server's limit)")
                                .setRequired(true)
                                .setLongMinValue(1)
                                .build(),
                            text(REASON, "Why (shown with the bytes)", false))),
                    SlashCommandOption.createSubcommand(
                        "read",
                        "Show a member's bytes and roles",
                        List.of(
                            SlashCommandOption.createUserOption(
                                USER, "Whose bytes (default: yours)", false))),
                    SlashCommandOption.createSubcommand(
                        "heap",
                        "Show the server's bytes leaderboard",
                        List.of(
                            SlashCommandOption.createLongOption(
                                LIMIT,
                                "How many members (1-25, default 10)",
                                false,
                                1,
                                BytesCommands.MAX_HEAP_LIMIT)))))
            .setEnabledInDms(false);
    SlashCommandBuilder warn =
        moderation(
            SlashCommand.with(
                "warn",
                "Warn a member and open a case (moderators)",
                List.of(
                    SlashCommandOption.createUserOption(USER, "Who to warn", true),
                    text(REASON, "Why (stored with the warning)", true))));
    SlashCommandBuilder cases =
        moderation(
            SlashCommand.with(
                "cases",
                "List a member's warnings and cases (moderators)",
                List.of(
                    SlashCommandOption.createUserOption(USER, "Whose cases", true),
                    SlashCommandOption.createBooleanOption(
                        OPEN_ONLY, "Only the open cases", false))));
    SlashCommandBuilder resolve =
        moderation(
            SlashCommand.with(
                "case",
                "Work on a moderation case (moderators)",
                List.of(
                    SlashCommandOption.createSubcommand(
                        "resolve",
                        "Resolve a case",
                        List.of(
                            SlashCommandOption.createLongOption(
                                NUMBER, "The case number", true, 1, Integer.MAX_VALUE),
                            text(NOTE, "How it was resolved", true))))));
    return Set.of(
        SlashCommand.with(Command.PING.commandName(), Command.PING.description()),
        SlashCommand.with(Command.SYNC.commandName(), Command.SYNC.description()),
        SlashCommand.with(Command.STATS.commandName(), Command.STATS.description()),
        bytes,
        warn,
        cases,
        resolve);
  }

  private static SlashCommandBuilder moderation(SlashCommandBuilder command) {
    return command
        .setDefaultEnabledForPermissions(PermissionType.MODERATE_MEMBERS)
        .setEnabledInDms(false);
  }

  private static SlashCommandOption text(String name, String description, boolean required) {
    return SlashCommandOption.createStringOption(name, description, required, 1, TEXT_LENGTH);
  }

  /**
   * Reads a server command's options from the interaction and runs it through {@code events}.
   *
   * @throws IllegalStateException if Discord sent the command without a required option
   */
  static void dispatch(
      ServerCommand command,
      SlashCommandInteraction interaction,
      Optional<Server> server,
      Invocation invocation,
      BotEvents events) {
    switch (command) {
      case BYTES_SEND ->
          events.bytesSend(
              invocation,
              person(interaction, server, USER).orElseThrow(() -> missing(command, USER)),
              interaction
                  .getArgumentLongValueByName(AMOUNT)
                  .orElseThrow(() -> missing(command, AMOUNT)),
              interaction.getArgumentStringValueByName(REASON));
      case BYTES_READ -> events.bytesRead(invocation, person(interaction, server, USER));
      case BYTES_HEAP ->
          events.bytesHeap(
              invocation,
              interaction
                  .getArgumentLongValueByName(LIMIT)
                  .orElse((long) BytesCommands.DEFAULT_HEAP_LIMIT));
      case WARN ->
          events.warn(
              invocation,
              person(interaction, server, USER).orElseThrow(() -> missing(command, USER)),
              interaction
                  .getArgumentStringValueByName(REASON)
                  .orElseThrow(() -> missing(command, REASON)));
      case CASES ->
          events.cases(
              invocation,
              person(interaction, server, USER).orElseThrow(() -> missing(command, USER)),
              interaction.getArgumentBooleanValueByName(OPEN_ONLY).orElse(false));
      case CASE_RESOLVE ->
          events.resolveCase(
              invocation,
              interaction
                  .getArgumentLongValueByName(NUMBER)
                  .orElseThrow(() -> missing(command, NUMBER)),
              interaction
                  .getArgumentStringValueByName(NOTE)
                  .orElseThrow(() -> missing(command, NOTE)));
    }
  }

  private static Optional<MemberSnapshot> person(
      SlashCommandInteraction interaction, Optional<Server> server, String option) {
    Optional<User> user = interaction.getArgumentUserValueByName(option);
    return user.map(u -> JavacordAdapters.person(u, server));
  }

  private static IllegalStateException missing(ServerCommand command, String option) {
    return new IllegalStateException(
        "Discord sent /" + command.fullName() + " without its option " + option);
  }
}
