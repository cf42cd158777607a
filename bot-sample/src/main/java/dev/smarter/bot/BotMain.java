package dev.smarter.bot;

import dev.smarter.sdk.AuthenticationException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.SmarterDevException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.javacord.api.DiscordApiBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the bot: {@code BotMain} logs in to Discord with {@code SMARTER_DEV_BOT_TOKEN}; {@code
 * BotMain --simulate [--members=N]} replays a session without Discord (see {@link Simulation}).
 *
 * <p>Exit status: 0 after a simulation (or when {@link #run} returns after the bot was closed), 1
 * when Discord or the API fails at start, 2 for a usage or configuration error (such as a missing
 * token or a bad shard setting). SIGTERM or Ctrl+C shut the running bot down gracefully (a running
 * sync stops between batches, commands finish, the gateway disconnects, the SDK client closes); the
 * JVM then exits with 143 (SIGTERM) or 130 (SIGINT), 128 plus the signal's number. Errors are one
 * line without a stack trace, and never show a secret.
 *
 * <p>The log goes to standard output (slf4j-simple, {@code [LEVEL]} on each line); with {@code
 * --simulate} it goes to standard error at WARN and above unless {@code
 * org.slf4j.simpleLogger.defaultLogLevel} is set, so the session stays readable.
 */
public final class BotMain {
  /** The session ran, or the bot shut down cleanly. */
  public static final int EXIT_OK = 0;

  /** Discord or the API failed at start. */
  public static final int EXIT_FAILURE = 1;

  /** A usage or configuration error: bad arguments, no bot token, no API key. */
  public static final int EXIT_USAGE = 2;

  /** The line printed when the bot token is missing. */
  public static final String MISSING_TOKEN =
      "SMARTER_DEV_BOT_TOKEN is not set: export your Discord bot token in it (see"
          + " bot-sample/README.md), or run with --simulate to try the bot without Discord.";

  /** The name of the thread that stops the bot gracefully (the shutdown hook). */
  public static final String SHUTDOWN_THREAD = "bot-shutdown";

  static final String USAGE =
      "usage: BotMain [--simulate [--members=N]]  (N: size of the simulated guild, default "
          + Simulation.DEFAULT_MEMBERS
          + "; shards: SMARTER_DEV_BOT_SHARDS and SMARTER_DEV_BOT_SHARD)";

  private BotMain() {}

  /**
   * Runs the bot and exits the JVM with a non-zero status on failure.
   *
   * @param args {@code --simulate}, {@code --members=N}, or nothing for the real bot
   */
  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--simulate")) {
      quietLogForSimulation();
    }
    int status = run(args, System.getenv(), System.out, System.err);
    if (status != EXIT_OK) {
      System.exit(status);
    }
  }

  /** Must run before the first logger is made: slf4j-simple reads its settings once. */
  private static void quietLogForSimulation() {
    if (System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
      System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }

  /**
   * Runs the bot or the simulation and returns the exit status instead of exiting. In real mode it
   * blocks until the JVM shuts down (its shutdown hook disconnects from Discord and closes the SDK
   * client), or until the calling thread is interrupted.
   *
   * @param args the command line
   * @param environment the environment variables
   * @param out where the session and status lines go
   * @param err where errors go
   * @return the exit status: {@link #EXIT_OK}, {@link #EXIT_FAILURE} or {@link #EXIT_USAGE}
   */
  public static int run(
      String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    return run(args, environment, out, err, Platform.jvm());
  }

  /**
   * Runs the bot or the simulation like {@link #run(String[], Map, PrintStream, PrintStream)}, on
   * another platform: with Javacord's builder adjusted, or with the graceful stop registered
   * somewhere else than the JVM's shutdown hooks. In real mode it blocks until the graceful stop
   * handed to {@code platform} has run to its end (or the calling thread is interrupted), then
   * returns {@link #EXIT_OK}.
   *
   * @param args the command line
   * @param environment the environment variables
   * @param out where the session and status lines go
   * @param err where errors go
   * @param platform what the bot meets around it
   * @return the exit status: {@link #EXIT_OK}, {@link #EXIT_FAILURE} or {@link #EXIT_USAGE}
   */
  public static int run(
      String[] args,
      Map<String, String> environment,
      PrintStream out,
      PrintStream err,
      Platform platform) {
    Objects.requireNonNull(args, "args == null");
    Objects.requireNonNull(platform, "platform == null");
    BotConfig config = BotConfig.fromEnvironment(environment);
    boolean simulate = false;
    int members = Simulation.DEFAULT_MEMBERS;
    for (String arg : args) {
      if (arg.equals("--simulate")) {
        simulate = true;
      } else if (arg.startsWith("--members=")) {
        try {
          members = Integer.parseInt(arg.substring("--members=".length()));
        } catch (NumberFormatException e) {
          members = 0;
        }
        if (members < 3) {
          err.println("--members needs a whole number of at least 3. " + USAGE);
          return EXIT_USAGE;
        }
      } else {
        err.println("unknown argument " + config.redact(arg) + ". " + USAGE);
        return EXIT_USAGE;
      }
    }
    if (simulate) {
      return new Simulation(out, err, members).run(config);
    }
    return runBot(config, out, err, platform);
  }

  private static int runBot(BotConfig config, PrintStream out, PrintStream err, Platform platform) {
    if (config.botToken().isEmpty()) {
      err.println(MISSING_TOKEN);
      return EXIT_USAGE;
    }
    ShardPlan shards;
    try {
      shards = config.shards();
    } catch (IllegalArgumentException e) {
      err.println(config.redact(String.valueOf(e.getMessage())));
      return EXIT_USAGE;
    }
    ApiStats stats = ApiStats.create();
    SmarterDevClient client;
    try {
      client = stats.build(config.apiClient());
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println(config.redact(String.valueOf(e.getMessage())));
      return EXIT_USAGE;
    }
    BotEvents events;
    try {
      events = BotEvents.start(client, stats);
    } catch (SmarterDevException e) {
      err.println(config.redact(apiUnavailable(client.baseUrl(), e)));
      client.close();
      return EXIT_FAILURE;
    }
    DiscordBot bot;
    try {
      bot =
          DiscordBot.login(
              config.botToken().get(),
              shards,
              events,
              DiscordBot.LOGIN_TIMEOUT,
              platform.discord());
    } catch (DiscordBot.LoginException e) {
      err.println(config.redact(String.valueOf(e.getMessage())));
      client.close();
      return EXIT_FAILURE;
    }
    Logger log = LoggerFactory.getLogger(BotMain.class);
    CountDownLatch stopped = new CountDownLatch(1);
    platform
        .shutdownHooks()
        .accept(
            new Thread(
                () -> {
                  log.info("Shutting down: syncs stop between batches, commands finish");
                  try {
                    bot.close();
                    client.close();
                    log.info("Shut down cleanly");
                  } finally {
                    stopped.countDown();
                  }
                },
                SHUTDOWN_THREAD));
    out.println(
        "Logged in as "
            + bot.describe()
            + ". Stop with Ctrl+C or SIGTERM: the bot shuts down gracefully.");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return EXIT_OK;
  }

  /**
   * Explains why the API could not be used at start.
   *
   * @param baseUrl the API's base URL
   * @param e the failure of the first calls
   * @return one line saying what to check
   */
  static String apiUnavailable(String baseUrl, SmarterDevException e) {
    if (e instanceof AuthenticationException) {
      return "The Smarter Dev API at "
          + baseUrl
          + " refused the API key: check SMARTER_DEV_API_KEY (or SMARTER_DEV_LOCAL=1 for a local"
          + " server).";
    }
    return "The Smarter Dev API at "
        + baseUrl
        + " did not answer as expected ("
        + e.getMessage()
        + "): start it, or point SMARTER_DEV_API_URL at it.";
  }

  /**
   * What {@link BotMain#run(String[], Map, PrintStream, PrintStream, Platform) run} meets around
   * the bot: {@link #jvm()} for a normal process. Another platform points Javacord elsewhere (a
   * proxy, as the end-to-end tests do with a local Discord fake) or lets the program that embeds
   * the bot decide when it stops.
   *
   * @param discord adjusts Javacord's builder after the bot's own settings, before the login (see
   *     {@link DiscordBot#login(String, ShardPlan, BotEvents, java.time.Duration, Consumer)})
   * @param shutdownHooks is handed the not yet started thread that stops the bot gracefully (a
   *     running sync stops between batches, commands finish, every shard disconnects, the SDK
   *     client closes); whoever receives it starts it when the bot should stop, and {@code run}
   *     returns once it has finished. The JVM's platform registers it as a shutdown hook, which
   *     SIGTERM and Ctrl+C start.
   */
  public record Platform(
      Consumer<? super DiscordApiBuilder> discord, Consumer<? super Thread> shutdownHooks) {
    /**
     * Checks that nothing is null.
     *
     * @param discord the builder customiser
     * @param shutdownHooks where the stopping thread goes
     */
    public Platform {
      Objects.requireNonNull(discord, "discord == null");
      Objects.requireNonNull(shutdownHooks, "shutdownHooks == null");
    }

    /**
     * Returns the platform of a normal process: Javacord as the bot configures it, and the graceful
     * stop as a JVM shutdown hook.
     *
     * @return the platform {@link BotMain#main} uses
     */
    public static Platform jvm() {
      return new Platform(builder -> {}, Runtime.getRuntime()::addShutdownHook);
    }
  }
}
