package dev.smarter.bot;

import dev.smarter.sdk.SmarterDevClient;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's behaviour, one method per Discord event or command, all in plain inputs: the Javacord
 * adapters and the simulation call these. Every method catches and logs an API failure (commands
 * also report it in a reply), so one failing call never reaches the caller or stops the bot.
 *
 * <p>{@link #stop()} starts the shutdown: a running sync stops between batches, and commands that
 * arrive afterwards are answered with {@link #SHUTTING_DOWN}. Thread-safe.
 */
public final class BotEvents {
  /** The answer to commands that arrive while the bot shuts down. */
  public static final String SHUTTING_DOWN =
      "The bot is restarting: try again in a minute, nothing was done.";

  /** The answer when a command failed unexpectedly (the log has the details). */
  public static final String UNEXPECTED_FAILURE =
      "Something went wrong: the bot's log has the details.";

  private static final Logger log = LoggerFactory.getLogger(BotEvents.class);

  private final GuildSynchronizer synchronizer;
  private final PingCommand ping;
  private final SyncCommand sync;
  private final BytesCommands bytes;
  private final ModerationCommands moderation;
  private final StatsCommand stats;

  /**
   * Creates the handlers.
   *
   * @param synchronizer the guild and user sync
   * @param ping the {@code !ping} command
   * @param sync the {@code !sync} command
   * @param bytes the {@code /bytes} commands
   * @param moderation the moderation commands
   * @param stats the {@code !stats} command
   */
  public BotEvents(
      GuildSynchronizer synchronizer,
      PingCommand ping,
      SyncCommand sync,
      BytesCommands bytes,
      ModerationCommands moderation,
      StatsCommand stats) {
    this.synchronizer = Objects.requireNonNull(synchronizer, "synchronizer == null");
    this.ping = Objects.requireNonNull(ping, "ping == null");
    this.sync = Objects.requireNonNull(sync, "sync == null");
    this.bytes = Objects.requireNonNull(bytes, "bytes == null");
    this.moderation = Objects.requireNonNull(moderation, "moderation == null");
    this.stats = Objects.requireNonNull(stats, "stats == null");
  }

  /**
   * Creates the handlers for one SDK client and fills the Discord-id cache from the API's lists.
   *
   * @param client the SDK client, built by {@code stats} ({@link ApiStats#build}); it stays owned
   *     by the caller
   * @param stats what {@code !stats} shows
   * @return the handlers, ready for events
   * @throws dev.smarter.sdk.SmarterDevException if the API cannot be listed (it is down, or refuses
   *     the key)
   */
  public static BotEvents start(SmarterDevClient client, ApiStats stats) {
    return start(client, stats, Clock.systemUTC());
  }

  /**
   * Creates the handlers for one SDK client with a clock for the cached bytes settings and the
   * stats' age, and fills the Discord-id cache from the API's lists.
   *
   * @param client the SDK client, built by {@code stats} ({@link ApiStats#build}); it stays owned
   *     by the caller
   * @param stats what {@code !stats} shows
   * @param clock ages the cached bytes settings of each guild, and tells the stats' age
   * @return the handlers, ready for events
   * @throws dev.smarter.sdk.SmarterDevException if the API cannot be listed (it is down, or refuses
   *     the key)
   */
  public static BotEvents start(SmarterDevClient client, ApiStats stats, Clock clock) {
    GuildSynchronizer synchronizer = new GuildSynchronizer(client);
    GuildSynchronizer.CacheSize size = synchronizer.warmUp();
    log.info("Cache filled from the API: {} guilds, {} users", size.guilds(), size.users());
    return new BotEvents(
        synchronizer,
        new PingCommand(client),
        new SyncCommand(synchronizer),
        new BytesCommands(synchronizer, client, clock),
        new ModerationCommands(synchronizer, client),
        new StatsCommand(stats, clock));
  }

  /**
   * Starts the shutdown: a running full sync stops after its current batch, and commands arriving
   * from now on are answered with {@link #SHUTTING_DOWN}. Idempotent.
   */
  public void stop() {
    synchronizer.stop();
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
    return fullSync(guild, members, "after joining it");
  }

  /**
   * A guild became available on the gateway: every guild of the bot when it starts, and a guild
   * that comes back after a Discord outage or with a new gateway session. A guild the API does not
   * know was joined while the bot was offline: it is created and all its members are synced, as on
   * a join. A guild the API knows only gets its name and icon updated when they changed (one
   * request, none when nothing changed), and its members are not asked for: a restart or a new
   * session costs no sync of known guilds ({@code !sync} resyncs their members).
   *
   * @param guild the guild as Discord shows it now
   * @param members its members, bots included; called only for a guild the API does not know (it
   *     may wait for Discord's member chunks)
   * @return {@link SyncOutcome#CREATED} when the guild was new and its members were synced, {@link
   *     SyncOutcome#UPDATED} or {@link SyncOutcome#UNCHANGED} for a known guild, or empty when the
   *     API failed (logged)
   */
  public Optional<SyncOutcome> guildAvailable(
      GuildSnapshot guild, Supplier<? extends Collection<MemberSnapshot>> members) {
    Objects.requireNonNull(guild, "guild == null");
    Objects.requireNonNull(members, "members == null");
    if (synchronizer.guildRowId(guild.discordId()).isPresent()) {
      try {
        SyncOutcome outcome = synchronizer.syncGuild(guild);
        if (outcome == SyncOutcome.UNCHANGED) {
          log.debug("Guild {} is available and unchanged", guild.discordId());
        } else {
          log.info("Guild {} is available: {}", guild.discordId(), outcome);
        }
        return Optional.of(outcome);
      } catch (RuntimeException e) {
        log.warn("Could not sync guild {}: {}", guild.discordId(), e.toString());
        return Optional.empty();
      }
    }
    Collection<MemberSnapshot> all = members.get();
    log.info(
        "Guild {} is available and new to the API (joined while the bot was offline): syncing {}"
            + " members",
        guild.discordId(),
        all.size());
    return fullSync(guild, all, "that joined while the bot was offline")
        .map(report -> SyncOutcome.CREATED);
  }

  private Optional<GuildSyncReport> fullSync(
      GuildSnapshot guild, Collection<MemberSnapshot> members, String when) {
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
    } catch (SyncStoppedException e) {
      log.info("Guild {}: {}", guild.discordId(), e.getMessage());
      return Optional.empty();
    } catch (RuntimeException e) {
      log.warn("Could not sync guild {} {}: {}", guild.discordId(), when, e.toString());
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
   * A chat message: runs it when it is a prefix command ({@code !ping}, {@code !sync}, {@code
   * !stats}).
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
    if (synchronizer.isStopping()) {
      context.replies().post(SHUTTING_DOWN);
      return;
    }
    try {
      switch (command) {
        case PING -> ping.run(context.gatewayLatency().get(), context.replies());
        case SYNC ->
            sync.run(
                context.guild(), context.authorIsOwner(), context.members(), context.replies());
        case STATS -> stats.run(context.authorIsOwner(), context.replies());
      }
    } catch (RuntimeException e) {
      log.warn("Command {} failed: {}", command.commandName(), e.toString());
      context.replies().post("Something went wrong: " + e.getMessage());
    }
  }

  /**
   * {@code /bytes send}: see {@link BytesCommands#send}.
   *
   * @param invocation who, where, and where the answers go
   * @param receiver who gets the bytes
   * @param amount how many
   * @param reason why, or empty
   */
  public void bytesSend(
      Invocation invocation, MemberSnapshot receiver, long amount, Optional<String> reason) {
    guarded(
        ServerCommand.BYTES_SEND,
        invocation,
        () -> bytes.send(invocation, receiver, amount, reason));
  }

  /**
   * {@code /bytes read}: see {@link BytesCommands#read}.
   *
   * @param invocation who, where, and where the answers go
   * @param user whose bytes, or empty for the author's
   */
  public void bytesRead(Invocation invocation, Optional<MemberSnapshot> user) {
    guarded(ServerCommand.BYTES_READ, invocation, () -> bytes.read(invocation, user));
  }

  /**
   * {@code /bytes heap}: see {@link BytesCommands#heap}.
   *
   * @param invocation who, where, and where the answers go
   * @param limit how many members to show
   */
  public void bytesHeap(Invocation invocation, long limit) {
    guarded(ServerCommand.BYTES_HEAP, invocation, () -> bytes.heap(invocation, limit));
  }

  /**
   * {@code /warn}: see {@link ModerationCommands#warn}.
   *
   * @param invocation who, where, and where the answers go
   * @param target who is warned
   * @param reason why
   */
  public void warn(Invocation invocation, MemberSnapshot target, String reason) {
    guarded(ServerCommand.WARN, invocation, () -> moderation.warn(invocation, target, reason));
  }

  /**
   * {@code /cases}: see {@link ModerationCommands#cases}.
   *
   * @param invocation who, where, and where the answers go
   * @param target whose cases
   * @param openOnly whether to list only open cases
   */
  public void cases(Invocation invocation, MemberSnapshot target, boolean openOnly) {
    guarded(ServerCommand.CASES, invocation, () -> moderation.cases(invocation, target, openOnly));
  }

  /**
   * {@code /case resolve}: see {@link ModerationCommands#resolve}.
   *
   * @param invocation who, where, and where the answers go
   * @param caseNumber the case's number in the guild
   * @param note the resolution note
   */
  public void resolveCase(Invocation invocation, long caseNumber, String note) {
    guarded(
        ServerCommand.CASE_RESOLVE,
        invocation,
        () -> moderation.resolve(invocation, caseNumber, note));
  }

  private void guarded(ServerCommand command, Invocation invocation, Runnable action) {
    if (synchronizer.isStopping()) {
      answer(command, invocation, SHUTTING_DOWN);
      return;
    }
    try {
      action.run();
    } catch (RuntimeException e) {
      log.warn("Command /{} failed: {}", command.fullName(), e.toString());
      answer(command, invocation, UNEXPECTED_FAILURE);
    }
  }

  private static void answer(ServerCommand command, Invocation invocation, String text) {
    if (command.privateFirstReply()) {
      invocation.replies().postPrivately(text);
    } else {
      invocation.replies().post(text);
    }
  }
}
