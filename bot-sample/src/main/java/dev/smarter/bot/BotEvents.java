package dev.smarter.bot;

import dev.smarter.sdk.SmarterDevClient;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's behaviour, one method per Discord event, all in plain inputs: the Javacord adapters and
 * the simulation call these. Every method catches and logs an API failure (commands also report it
 * in a reply), so one failing call never reaches the caller or stops the bot. Thread-safe.
 */
public final class BotEvents {
  private static final Logger log = LoggerFactory.getLogger(BotEvents.class);

  private final GuildSynchronizer synchronizer;
  private final PingCommand ping;
  private final SyncCommand sync;

  /**
   * Creates the handlers.
   *
   * @param synchronizer the guild and user sync
   * @param ping the {@code !ping} command
   * @param sync the {@code !sync} command
   */
  public BotEvents(GuildSynchronizer synchronizer, PingCommand ping, SyncCommand sync) {
    this.synchronizer = Objects.requireNonNull(synchronizer, "synchronizer == null");
    this.ping = Objects.requireNonNull(ping, "ping == null");
    this.sync = Objects.requireNonNull(sync, "sync == null");
  }

  /**
   * Creates the handlers for one SDK client and fills the Discord-id cache from the API's lists.
   *
   * @param client the SDK client; it stays owned by the caller
   * @return the handlers, ready for events
   * @throws dev.smarter.sdk.SmarterDevException if the API cannot be listed (it is down, or refuses
   *     the key)
   */
  public static BotEvents start(SmarterDevClient client) {
    GuildSynchronizer synchronizer = new GuildSynchronizer(client);
    GuildSynchronizer.CacheSize size = synchronizer.warmUp();
    log.info("Cache filled from the API: {} guilds, {} users", size.guilds(), size.users());
    return new BotEvents(synchronizer, new PingCommand(client), new SyncCommand(synchronizer));
  }

  /**
   * Returns the synchronizer, for callers that need its cache.
   *
   * @return the synchronizer
   */
  public GuildSynchronizer synchronizer() {
    return synchronizer;
  }

  /**
   * The bot joined a guild: creates it and syncs all its members in batches, logging progress.
   *
   * @param guild the guild
   * @param members its members, bots included
   * @return the report, or empty when the sync failed (logged)
   */
  public Optional<GuildSyncReport> joinedGuild(
      GuildSnapshot guild, Collection<MemberSnapshot> members) {
    log.info("Joined guild {}: syncing {} members", guild.discordId(), members.size());
    try {
      GuildSyncReport report =
          synchronizer.syncGuildAndMembers(
              guild,
              members,
              progress -> {
                if (SyncCommand.isMilestone(progress)) {
                  log.info("Guild {}: {}", guild.discordId(), SyncCommand.progressLine(progress));
                }
              });
      log.info("Guild {}: {}", guild.discordId(), SyncCommand.summaryLine(guild, report));
      report
          .members()
          .failures()
          .forEach(
              failure ->
                  log.warn(
                      "Guild {}: batch {} failed: {}",
                      guild.discordId(),
                      failure.batchIndex() + 1,
                      failure.error().getMessage()));
      return Optional.of(report);
    } catch (RuntimeException e) {
      log.warn("Could not sync guild {} after joining it: {}", guild.discordId(), e.toString());
      return Optional.empty();
    }
  }

  /**
   * A guild's name or icon changed: updates its row.
   *
   * @param guild the guild as it is now
   * @return the outcome, or empty when the API call failed (logged)
   */
  public Optional<SyncOutcome> guildChanged(GuildSnapshot guild) {
    try {
      SyncOutcome outcome = synchronizer.syncGuild(guild);
      log.info("Guild {} changed: {}", guild.discordId(), outcome);
      return Optional.of(outcome);
    } catch (RuntimeException e) {
      log.warn("Could not sync guild {}: {}", guild.discordId(), e.toString());
      return Optional.empty();
    }
  }

  /**
   * A member joined a guild: creates the user (or updates an older copy).
   *
   * @param member the new member
   * @return the outcome, or empty when the API call failed (logged)
   */
  public Optional<SyncOutcome> memberJoined(MemberSnapshot member) {
    return syncUser("joined", member);
  }

  /**
   * A user's name or avatar changed: updates the user's row, found through the cache.
   *
   * @param user the user as they are now
   * @return the outcome, or empty when the API call failed (logged)
   */
  public Optional<SyncOutcome> userChanged(MemberSnapshot user) {
    return syncUser("changed", user);
  }

  private Optional<SyncOutcome> syncUser(String what, MemberSnapshot user) {
    try {
      SyncOutcome outcome = synchronizer.syncUser(user);
      log.info("User {} {}: {}", user.discordId(), what, outcome);
      return Optional.of(outcome);
    } catch (RuntimeException e) {
      log.warn("Could not sync user {}: {}", user.discordId(), e.toString());
      return Optional.empty();
    }
  }

  /**
   * A chat message: runs it when it is a prefix command ({@code !ping}, {@code !sync}).
   *
   * @param content the message text
   * @param context the invocation's inputs
   * @return whether the message was a command
   */
  public boolean message(String content, CommandContext context) {
    Optional<Command> command = Command.fromMessage(content);
    command.ifPresent(c -> run(c, context));
    return command.isPresent();
  }

  /**
   * Runs a command (from a prefix message or a slash command). Failures are reported in a reply.
   *
   * @param command the command
   * @param context the invocation's inputs
   */
  public void run(Command command, CommandContext context) {
    Objects.requireNonNull(command, "command == null");
    Objects.requireNonNull(context, "context == null");
    try {
      switch (command) {
        case PING -> ping.run(context.gatewayLatency().get(), context.replies());
        case SYNC ->
            sync.run(
                context.guild(), context.authorIsOwner(), context.members(), context.replies());
      }
    } catch (RuntimeException e) {
      log.warn("Command {} failed: {}", command.commandName(), e.toString());
      context.replies().post("Something went wrong: " + e.getMessage());
    }
  }
}
