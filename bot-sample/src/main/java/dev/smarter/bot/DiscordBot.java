package dev.smarter.bot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.intent.Intent;
import org.javacord.api.entity.message.MessageAuthor;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.event.interaction.SlashCommandCreateEvent;
import org.javacord.api.event.message.MessageCreateEvent;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.callback.InteractionFollowupMessageBuilder;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javacord side of the bot: logs in with the {@code GUILD_MEMBERS}, {@code GUILD_PRESENCES} and
 * {@code MESSAGE_CONTENT} intents on one or more gateway shards, registers the slash commands
 * globally (from the process that runs shard 0), and turns gateway events into calls of {@link
 * BotEvents}. After the login, and whenever a guild becomes available again, guilds the API does
 * not know yet (joined while the bot was offline) are synced with their members. Every shard shares
 * the same {@link BotEvents}, so one SDK client and one Discord-id cache. Syncs run one at a time
 * on a worker thread and the other commands on a small pool, so the gateway's listener threads
 * never wait for the API; {@code !ping} and {@code !stats} answer at once.
 *
 * <p>{@link #close()} shuts down gracefully: the handlers stop (a running sync stops between
 * batches), running commands get up to {@link #DRAIN_TIMEOUT} to finish, then every shard
 * disconnects. The caller closes the SDK client it passed to {@link BotEvents} afterwards.
 */
public final class DiscordBot implements AutoCloseable {
  /** How long {@link #login} waits for Discord: Javacord itself retries forever without network. */
  public static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(30);

  /**
   * How long {@link #close()} lets running syncs and commands finish before cutting them short:
   * short enough that the whole shutdown fits Docker's default 10 s between SIGTERM and SIGKILL.
   */
  public static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(8);

  /**
   * Javacord identifies one shard every 5.5 s (Discord allows one per 5 s): time per further shard.
   */
  private static final Duration PER_SHARD_LOGIN = Duration.ofSeconds(6);

  private static final int COMMAND_THREADS = 4;
  private static final Duration MEMBER_CACHE_WAIT = Duration.ofSeconds(60);
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
  private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

  private final List<DiscordApi> shards;
  private final ShardPlan plan;
  private final BotEvents events;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(threads("bot-sync"));
  private final ExecutorService commands =
      Executors.newFixedThreadPool(COMMAND_THREADS, threads("bot-command"));
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CountDownLatch closed = new CountDownLatch(1);

  private DiscordBot(List<DiscordApi> shards, ShardPlan plan, BotEvents events) {
    this.shards = List.copyOf(shards);
    this.plan = plan;
    this.events = events;
  }

  /**
   * Logs in to Discord on one shard, attaches the listeners and registers the slash commands.
   *
   * @param token the bot token
   * @param events the handlers to call
   * @param timeout how long to wait for the gateway
   * @return the running bot
   * @throws LoginException if Discord refused the token or did not answer in time
   */
  public static DiscordBot login(String token, BotEvents events, Duration timeout)
      throws LoginException {
    return login(token, ShardPlan.SINGLE, events, timeout);
  }

  /**
   * Logs in to Discord on the shards of {@code plan}, attaches the listeners to each and registers
   * the slash commands (when this process runs shard 0). Javacord spaces the shards' logins as
   * Discord requires (Javacord: one every 5.5 s), so the wait grows by 6 s per shard after the
   * first.
   *
   * @param token the bot token
   * @param plan the shards to run
   * @param events the handlers every shard calls
   * @param timeout how long to wait for the first shard
   * @return the running bot
   * @throws LoginException if Discord refused the token or did not answer in time; shards that had
   *     logged in are disconnected
   */
  public static DiscordBot login(String token, ShardPlan plan, BotEvents events, Duration timeout)
      throws LoginException {
    return login(token, plan, events, timeout, builder -> {});
  }

  /**
   * Logs in like {@link #login(String, BotEvents, Duration)}, after letting {@code customizer}
   * adjust Javacord's builder.
   *
   * @param token the bot token
   * @param events the handlers to call
   * @param timeout how long to wait for the gateway
   * @param customizer adjusts the builder before the login
   * @return the running bot
   * @throws LoginException if Discord refused the token or did not answer in time
   */
  public static DiscordBot login(
      String token,
      BotEvents events,
      Duration timeout,
      Consumer<? super DiscordApiBuilder> customizer)
      throws LoginException {
    return login(token, ShardPlan.SINGLE, events, timeout, customizer);
  }

  /**
   * Logs in like {@link #login(String, ShardPlan, BotEvents, Duration)}, after letting {@code
   * customizer} adjust Javacord's builder: it runs once, on the calling thread, after the bot's own
   * settings and before the login (a proxy, for example; the end-to-end tests point Javacord at a
   * local Discord fake this way).
   *
   * @param token the bot token
   * @param plan the shards to run
   * @param events the handlers every shard calls
   * @param timeout how long to wait for the first shard
   * @param customizer adjusts the builder before the login
   * @return the running bot
   * @throws LoginException if Discord refused the token or did not answer in time; shards that had
   *     logged in are disconnected
   */
  public static DiscordBot login(
      String token,
      ShardPlan plan,
      BotEvents events,
      Duration timeout,
      Consumer<? super DiscordApiBuilder> customizer)
      throws LoginException {
    Objects.requireNonNull(token, "token == null");
    Objects.requireNonNull(plan, "plan == null");
    Objects.requireNonNull(events, "events == null");
    Objects.requireNonNull(customizer, "customizer == null");
    DiscordApiBuilder builder =
        new DiscordApiBuilder()
            .setToken(token)
            // GUILD_PRESENCES for the member lists it adds to GUILD_CREATE (servers of up to 250
            // members), not for presences: see README.md, "Create the Discord application".
            .addIntents(Intent.GUILD_MEMBERS, Intent.GUILD_PRESENCES, Intent.MESSAGE_CONTENT)
            .setShutdownHookRegistrationEnabled(false)
            .setTotalShards(plan.total());
    customizer.accept(builder);
    List<CompletableFuture<DiscordApi>> logins =
        plan.only().isPresent()
            ? List.of(builder.setCurrentShard(plan.only().getAsInt()).login())
            : builder.loginAllShards();
    Duration wait = timeout.plus(PER_SHARD_LOGIN.multipliedBy(logins.size() - 1L));
    long deadline = System.nanoTime() + wait.toNanos();
    List<DiscordApi> apis = new ArrayList<>(logins.size());
    try {
      for (CompletableFuture<DiscordApi> login : logins) {
        apis.add(login.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
    } catch (TimeoutException e) {
      abandon(logins, apis);
      throw new LoginException(
          "Discord did not answer within "
              + wait.toSeconds()
              + " s: check the network connection (Javacord retries forever otherwise).");
    } catch (ExecutionException e) {
      abandon(logins, apis);
      throw new LoginException(
          "Discord refused the login ("
              + e.getCause()
              + "): check SMARTER_DEV_BOT_TOKEN and that the SERVER MEMBERS, PRESENCE and"
              + " MESSAGE CONTENT intents are enabled for the bot.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abandon(logins, apis);
      throw new LoginException("Interrupted while logging in to Discord.");
    }
    DiscordBot bot = new DiscordBot(apis, plan, events);
    apis.forEach(bot::attachListeners);
    apis.forEach(bot::catchUp);
    if (plan.runsFirstShard()) {
      bot.registerSlashCommands(apis.get(0));
    } else {
      log.info("Slash commands are registered by the process that runs shard 0");
    }
    return bot;
  }

  private static void abandon(List<CompletableFuture<DiscordApi>> logins, List<DiscordApi> apis) {
    logins.forEach(login -> login.cancel(true));
    for (DiscordApi api : apis) {
      await(api.disconnect(), "a disconnect");
    }
  }

  /**
   * Returns the bot's Discord name, how many servers its shards hold, and the shards, for the
   * startup line.
   *
   * @return such as {@code "SmarterBot#0 in 3 servers (1 shard)"}
   */
  public String describe() {
    int servers = shards.stream().mapToInt(api -> api.getServers().size()).sum();
    return shards.get(0).getYourself().getDiscriminatedName()
        + " in "
        + servers
        + " servers ("
        + plan
        + ")";
  }

  /** Blocks until {@link #close()} has finished. */
  public void awaitClose() {
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Shuts down gracefully: stops the handlers ({@link BotEvents#stop()}: a running sync stops after
   * its current batch, new commands are answered that the bot is restarting), waits up to {@link
   * #DRAIN_TIMEOUT} for running syncs and commands, interrupts what is left, then disconnects every
   * shard (up to 10 s each). Idempotent; a second caller waits for the first.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      awaitClose();
      return;
    }
    events.stop();
    worker.shutdown();
    commands.shutdown();
    long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
    boolean syncsDone = drain(worker, deadline);
    boolean commandsDone = drain(commands, deadline);
    if (syncsDone && commandsDone) {
      log.info("Running syncs and commands finished");
    } else {
      log.warn(
          "Syncs or commands still running after {} s were interrupted", DRAIN_TIMEOUT.toSeconds());
    }
    for (DiscordApi api : shards) {
      try {
        api.disconnect().get(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException e) {
        log.warn("Shard {} did not disconnect cleanly: {}", api.getCurrentShard(), e.toString());
      } catch (RejectedExecutionException e) {
        // Javacord 3.8 schedules a clean-up after sending the close frame; when the close handshake
        // is quicker, its threads are already stopped and disconnect() throws: the disconnect is
        // done.
        log.debug("Javacord stopped before its disconnect() returned: {}", e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    log.info("Disconnected from Discord ({})", plan);
    closed.countDown();
  }

  private static boolean drain(ExecutorService executor, long deadline) {
    try {
      if (executor.awaitTermination(
          Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    executor.shutdownNow();
    return false;
  }

  private void attachListeners(DiscordApi api) {
    api.addMessageCreateListener(this::onMessage);
    api.addSlashCommandCreateListener(this::onSlashCommand);
    api.addServerJoinListener(
        event -> {
          Server server = event.getServer();
          GuildSnapshot guild = JavacordAdapters.guild(server);
          submit(worker, () -> events.joinedGuild(guild, membersWhenCached(server)));
        });
    api.addServerBecomesAvailableListener(event -> available(event.getServer()));
    api.addServerChangeNameListener(
        event -> {
          GuildSnapshot guild =
              JavacordAdapters.guild(event.getServer()).withName(event.getNewName());
          submit(worker, () -> events.guildChanged(guild));
        });
    api.addServerChangeIconListener(
        event -> {
          GuildSnapshot guild =
              JavacordAdapters.guild(event.getServer())
                  .withIconUrl(event.getNewIcon().map(JavacordAdapters::url).orElse(null));
          submit(worker, () -> events.guildChanged(guild));
        });
    api.addServerMemberJoinListener(
        event -> {
          MemberSnapshot member = JavacordAdapters.member(event.getUser(), event.getServer());
          submit(worker, () -> events.memberJoined(member));
        });
    api.addUserChangeNameListener(
        event -> {
          MemberSnapshot user =
              JavacordAdapters.user(event.getUser()).withUsername(event.getNewName());
          submit(worker, () -> events.userChanged(user));
        });
    api.addUserChangeAvatarListener(
        event -> {
          MemberSnapshot user =
              JavacordAdapters.user(event.getUser())
                  .withAvatarUrl(JavacordAdapters.url(event.getNewAvatar()));
          submit(worker, () -> events.userChanged(user));
        });
  }

  /**
   * Javacord's login returns once every guild of the session is available, before the listeners are
   * attached: the guilds the bot joined while it was offline are found here, not by an event.
   */
  private void catchUp(DiscordApi api) {
    api.getServers().forEach(this::available);
  }

  /** Syncs a guild that became available when the API does not know it yet (see BotEvents). */
  private void available(Server server) {
    GuildSnapshot guild = JavacordAdapters.guild(server);
    submit(worker, () -> events.guildAvailable(guild, () -> membersWhenCached(server)));
  }

  private static ThreadFactory threads(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Runs the task on the executor; returns false when the bot is shutting down and it won't. */
  private static boolean submit(Executor executor, Runnable task) {
    try {
      executor.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      log.debug("Shutting down: an event was dropped");
      return false;
    }
  }

  private void registerSlashCommands(DiscordApi api) {
    try {
      int registered =
          api.bulkOverwriteGlobalApplicationCommands(SlashCommands.definitions())
              .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
              .size();
      log.info("Registered {} global slash commands", registered);
    } catch (ExecutionException | TimeoutException e) {
      log.warn("Could not register the slash commands: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void onMessage(MessageCreateEvent event) {
    MessageAuthor author = event.getMessageAuthor();
    if (author.isYourself() || author.isBotUser() || author.isWebhook()) {
      return;
    }
    Optional<Command> command = Command.fromMessage(event.getMessageContent());
    if (command.isEmpty()) {
      return;
    }
    Optional<Server> server = event.getServer();
    CommandContext context =
        context(
            event.getApi(), server, author.isBotOwner(), new ChannelReplies(event.getChannel()));
    dispatch(command.get(), context);
  }

  private void onSlashCommand(SlashCommandCreateEvent event) {
    SlashCommandInteraction interaction = event.getSlashCommandInteraction();
    if (closing.get()) {
      await(
          interaction
              .createImmediateResponder()
              .setContent(BotEvents.SHUTTING_DOWN)
              .setFlags(MessageFlag.EPHEMERAL)
              .respond(),
          "a shutdown notice");
      return;
    }
    Optional<Command> command = Command.fromName(interaction.getCommandName());
    if (command.isPresent()) {
      boolean owner = interaction.getUser().isBotOwner();
      Optional<Server> server = interaction.getServer();
      acknowledge(interaction, false)
          .ifPresent(
              updater ->
                  dispatch(
                      command.get(),
                      context(
                          event.getApi(),
                          server,
                          owner,
                          new InteractionReplies(interaction, updater, false))));
      return;
    }
    Optional<ServerCommand> serverCommand =
        ServerCommand.fromFullName(interaction.getFullCommandName());
    if (serverCommand.isEmpty()) {
      return;
    }
    ServerCommand chosen = serverCommand.get();
    Optional<InteractionOriginalResponseUpdater> updater =
        acknowledge(interaction, chosen.privateFirstReply());
    if (updater.isEmpty()) {
      return;
    }
    Optional<Server> server = interaction.getServer();
    User user = interaction.getUser();
    Replies replies =
        new InteractionReplies(interaction, updater.get(), chosen.privateFirstReply());
    Invocation invocation =
        new Invocation(
            server.map(JavacordAdapters::guild),
            JavacordAdapters.person(user, server),
            server.map(s -> JavacordAdapters.canModerate(s, user)).orElse(false),
            replies,
            new JavacordMemberRoles(event.getApi(), SEND_TIMEOUT));
    boolean accepted =
        submit(
            commands,
            () -> {
              try {
                SlashCommands.dispatch(chosen, interaction, server, invocation, events);
              } catch (RuntimeException e) {
                log.warn("/{} failed: {}", chosen.fullName(), e.toString());
                replies.postPrivately(BotEvents.UNEXPECTED_FAILURE);
              }
            });
    if (!accepted) {
      replies.postPrivately(BotEvents.SHUTTING_DOWN);
    }
  }

  /** Acknowledges at once (Discord allows 3 s); the answers follow when the command is done. */
  private static Optional<InteractionOriginalResponseUpdater> acknowledge(
      SlashCommandInteraction interaction, boolean ephemeral) {
    try {
      return Optional.of(
          interaction.respondLater(ephemeral).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
    } catch (ExecutionException | TimeoutException e) {
      log.warn("Could not acknowledge /{}: {}", interaction.getFullCommandName(), e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  private CommandContext context(
      DiscordApi api, Optional<Server> server, boolean owner, Replies replies) {
    Supplier<Collection<MemberSnapshot>> members =
        () -> server.map(this::membersWhenCached).orElse(List.of());
    return new CommandContext(
        server.map(JavacordAdapters::guild), owner, members, api::getLatestGatewayLatency, replies);
  }

  /** Syncs wait their turn on the worker; the quick commands answer at once. */
  private void dispatch(Command command, CommandContext context) {
    if (command == Command.SYNC) {
      submit(worker, () -> events.run(command, context));
    } else {
      events.run(command, context);
    }
  }

  /** Waits (on the worker) until Javacord has received every member chunk of a large server. */
  private List<MemberSnapshot> membersWhenCached(Server server) {
    long deadline = System.nanoTime() + MEMBER_CACHE_WAIT.toNanos();
    while (!server.hasAllMembersInCache() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (!server.hasAllMembersInCache()) {
      log.warn(
          "Guild {}: not every member is cached yet; syncing the {} that are",
          server.getId(),
          server.getMembers().size());
    }
    return JavacordAdapters.members(server);
  }

  /** Waits for Discord, interruptibly (a shutdown interrupts command threads) and boundedly. */
  private static void await(CompletableFuture<?> send, String what) {
    try {
      send.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("Interrupted while Discord completed {}", what);
    } catch (ExecutionException e) {
      log.warn("Discord did not complete {}: {}", what, String.valueOf(e.getCause()));
    } catch (TimeoutException e) {
      log.warn("Discord did not complete {} within {}", what, SEND_TIMEOUT);
    }
  }

  /** Posts replies to a text channel, in order. */
  private static final class ChannelReplies implements Replies {
    private final TextChannel channel;

    ChannelReplies(TextChannel channel) {
      this.channel = channel;
    }

    @Override
    public void post(String text) {
      await(channel.sendMessage(text), "a reply");
    }
  }

  /**
   * The first reply fills the deferred interaction response, whose visibility was chosen when it
   * was acknowledged; later ones are follow-ups, ephemeral when private.
   */
  private static final class InteractionReplies implements Replies {
    private final SlashCommandInteraction interaction;
    private final InteractionOriginalResponseUpdater original;
    private final boolean ephemeralOriginal;
    private boolean answered;

    InteractionReplies(
        SlashCommandInteraction interaction,
        InteractionOriginalResponseUpdater original,
        boolean ephemeralOriginal) {
      this.interaction = interaction;
      this.original = original;
      this.ephemeralOriginal = ephemeralOriginal;
    }

    @Override
    public void post(String text) {
      send(text, false);
    }

    @Override
    public void postPrivately(String text) {
      send(text, true);
    }

    private synchronized void send(String text, boolean ephemeral) {
      if (!answered) {
        answered = true;
        if (ephemeral != ephemeralOriginal) {
          log.debug("/{}: the first reply keeps the acknowledgement's visibility", name());
        }
        await(original.setContent(text).update(), "a slash-command response");
        return;
      }
      InteractionFollowupMessageBuilder followup =
          interaction.createFollowupMessageBuilder().setContent(text);
      if (ephemeral) {
        followup.setFlags(MessageFlag.EPHEMERAL);
      }
      await(followup.send(), "a slash-command follow-up");
    }

    private String name() {
      return interaction.getFullCommandName();
    }
  }

  /** Discord refused the login or did not answer; the message says what to check. */
  public static final class LoginException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong and what to check
     */
    public LoginException(String message) {
      super(message);
    }
  }
}
