package dev.smarter.bot;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.intent.Intent;
import org.javacord.api.entity.message.MessageAuthor;
import org.javacord.api.entity.server.Server;
import org.javacord.api.event.interaction.SlashCommandCreateEvent;
import org.javacord.api.event.message.MessageCreateEvent;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javacord side of the bot: logs in with the {@code GUILD_MEMBERS}, {@code GUILD_PRESENCES} and
 * {@code MESSAGE_CONTENT} intents, registers {@code /ping} and {@code /sync} globally, and turns
 * gateway events into calls of {@link BotEvents}. Syncs run one at a time on a worker thread so the
 * gateway's listener threads never wait for the API; {@code !ping} answers at once.
 *
 * <p>{@link #close()} disconnects from the gateway and stops the worker; the caller closes the SDK
 * client it passed to {@link BotEvents}.
 */
public final class DiscordBot implements AutoCloseable {
  /** How long {@link #login} waits for Discord: Javacord itself retries forever without network. */
  public static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(30);

  private static final Duration MEMBER_CACHE_WAIT = Duration.ofSeconds(60);
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
  private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

  private final DiscordApi api;
  private final BotEvents events;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "bot-sync");
            thread.setDaemon(true);
            return thread;
          });
  private final CountDownLatch closed = new CountDownLatch(1);

  private DiscordBot(DiscordApi api, BotEvents events) {
    this.api = api;
    this.events = events;
  }

  /**
   * Logs in to Discord, attaches the listeners and registers the slash commands.
   *
   * @param token the bot token
   * @param events the handlers to call
   * @param timeout how long to wait for the gateway
   * @return the running bot
   * @throws LoginException if Discord refused the token or did not answer in time
   */
  public static DiscordBot login(String token, BotEvents events, Duration timeout)
      throws LoginException {
    return login(token, events, timeout, builder -> {});
  }

  /**
   * Logs in like {@link #login(String, BotEvents, Duration)}, after letting {@code customizer}
   * adjust Javacord's builder: it runs once, on the calling thread, after the bot's own settings
   * and before the login (a proxy, for example; the end-to-end tests point Javacord at a local
   * Discord fake this way).
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
    Objects.requireNonNull(token, "token == null");
    Objects.requireNonNull(events, "events == null");
    Objects.requireNonNull(customizer, "customizer == null");
    DiscordApiBuilder builder =
        new DiscordApiBuilder()
            .setToken(token)
            .addIntents(Intent.GUILD_MEMBERS, Intent.GUILD_PRESENCES, Intent.MESSAGE_CONTENT)
            .setShutdownHookRegistrationEnabled(false);
    customizer.accept(builder);
    var login = builder.login();
    DiscordApi api;
    try {
      api = login.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      login.cancel(true);
      throw new LoginException(
          "Discord did not answer within "
              + timeout.toSeconds()
              + " s: check the network connection (Javacord retries forever otherwise).");
    } catch (ExecutionException e) {
      throw new LoginException(
          "Discord refused the login ("
              + e.getCause()
              + "): check SMARTER_DEV_BOT_TOKEN and that the SERVER MEMBERS, PRESENCE and"
              + " MESSAGE CONTENT intents are enabled for the bot.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      login.cancel(true);
      throw new LoginException("Interrupted while logging in to Discord.");
    }
    DiscordBot bot = new DiscordBot(api, events);
    bot.attachListeners();
    bot.registerSlashCommands();
    return bot;
  }

  /**
   * Returns the bot's Discord name and how many servers it is in, for the startup line.
   *
   * @return such as {@code "SmarterBot#0 in 3 servers"}
   */
  public String describe() {
    return api.getYourself().getDiscriminatedName() + " in " + api.getServers().size() + " servers";
  }

  /** Blocks until {@link #close()} has finished. */
  public void awaitClose() {
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Disconnects from the gateway and stops the worker, waiting up to 10 s each. Idempotent. */
  @Override
  public void close() {
    if (closed.getCount() == 0) {
      return;
    }
    try {
      api.disconnect().get(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      log.warn("Disconnect from Discord did not finish cleanly: {}", e.toString());
    } catch (RejectedExecutionException e) {
      // Javacord 3.8 schedules a clean-up after sending the close frame; when the close handshake
      // is quicker, its threads are already stopped and disconnect() throws: the disconnect is
      // done.
      log.debug("Javacord stopped before its disconnect() returned: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    worker.shutdownNow();
    try {
      worker.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.info("Disconnected from Discord");
    closed.countDown();
  }

  private void attachListeners() {
    api.addMessageCreateListener(this::onMessage);
    api.addSlashCommandCreateListener(this::onSlashCommand);
    api.addServerJoinListener(
        event -> {
          Server server = event.getServer();
          GuildSnapshot guild = JavacordAdapters.guild(server);
          worker.execute(() -> events.joinedGuild(guild, membersWhenCached(server)));
        });
    api.addServerChangeNameListener(
        event -> {
          GuildSnapshot guild =
              JavacordAdapters.guild(event.getServer()).withName(event.getNewName());
          worker.execute(() -> events.guildChanged(guild));
        });
    api.addServerChangeIconListener(
        event -> {
          GuildSnapshot guild =
              JavacordAdapters.guild(event.getServer())
                  .withIconUrl(event.getNewIcon().map(JavacordAdapters::url).orElse(null));
          worker.execute(() -> events.guildChanged(guild));
        });
    api.addServerMemberJoinListener(
        event -> {
          MemberSnapshot member = JavacordAdapters.member(event.getUser(), event.getServer());
          worker.execute(() -> events.memberJoined(member));
        });
    api.addUserChangeNameListener(
        event -> {
          MemberSnapshot user =
              JavacordAdapters.user(event.getUser()).withUsername(event.getNewName());
          worker.execute(() -> events.userChanged(user));
        });
    api.addUserChangeAvatarListener(
        event -> {
          MemberSnapshot user =
              JavacordAdapters.user(event.getUser())
                  .withAvatarUrl(JavacordAdapters.url(event.getNewAvatar()));
          worker.execute(() -> events.userChanged(user));
        });
  }

  private void registerSlashCommands() {
    Set<SlashCommandBuilder> commands =
        Set.of(
            SlashCommand.with(Command.PING.commandName(), Command.PING.description()),
            SlashCommand.with(Command.SYNC.commandName(), Command.SYNC.description()));
    try {
      int registered =
          api.bulkOverwriteGlobalApplicationCommands(commands)
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
        context(server, author.isBotOwner(), new ChannelReplies(event.getChannel()));
    dispatch(command.get(), context);
  }

  private void onSlashCommand(SlashCommandCreateEvent event) {
    SlashCommandInteraction interaction = event.getSlashCommandInteraction();
    Optional<Command> command = Command.fromName(interaction.getCommandName());
    if (command.isEmpty()) {
      return;
    }
    boolean owner = interaction.getUser().isBotOwner();
    Optional<Server> server = interaction.getServer();
    InteractionOriginalResponseUpdater updater;
    try {
      // Acknowledge at once (Discord allows 3 s); the answers follow when the command is done.
      updater = interaction.respondLater().get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      log.warn("Could not acknowledge /{}: {}", interaction.getCommandName(), e.toString());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    dispatch(command.get(), context(server, owner, new InteractionReplies(interaction, updater)));
  }

  private CommandContext context(Optional<Server> server, boolean owner, Replies replies) {
    Supplier<Collection<MemberSnapshot>> members =
        () -> server.map(this::membersWhenCached).orElse(List.of());
    return new CommandContext(
        server.map(JavacordAdapters::guild), owner, members, api::getLatestGatewayLatency, replies);
  }

  private void dispatch(Command command, CommandContext context) {
    if (command == Command.PING) {
      events.run(command, context);
    } else {
      worker.execute(() -> events.run(command, context));
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

  private static void await(CompletableFuture<?> send, String what) {
    try {
      send.orTimeout(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).join();
    } catch (CompletionException e) {
      log.warn("Could not post {}: {}", what, String.valueOf(e.getCause()));
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

  /** The first reply fills the deferred interaction response; later ones are follow-ups. */
  private static final class InteractionReplies implements Replies {
    private final SlashCommandInteraction interaction;
    private final InteractionOriginalResponseUpdater original;
    private boolean answered;

    InteractionReplies(
        SlashCommandInteraction interaction, InteractionOriginalResponseUpdater original) {
      this.interaction = interaction;
      this.original = original;
    }

    @Override
    public synchronized void post(String text) {
      if (!answered) {
        answered = true;
        await(original.setContent(text).update(), "a slash-command response");
      } else {
        await(
            interaction.createFollowupMessageBuilder().setContent(text).send(),
            "a slash-command follow-up");
      }
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
