package dev.smarter.bot;

import dev.smarter.sdk.AuthenticationException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.SmarterDevException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
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
   * client).
   *
   * @param args the command line
   * @param environment the environment variables
   * @param out where the session and status lines go
   * @param err where errors go
   * @return the exit status: {@link #EXIT_OK}, {@link #EXIT_FAILURE} or {@link #EXIT_USAGE}
   */
  public static int run(
      String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    Objects.requireNonNull(args, "args == null");
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
    return runBot(config, out, err);
  }

  private static int runBot(BotConfig config, PrintStream out, PrintStream err) {
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
      bot = DiscordBot.login(config.botToken().get(), shards, events, DiscordBot.LOGIN_TIMEOUT);
    } catch (DiscordBot.LoginException e) {
      err.println(config.redact(String.valueOf(e.getMessage())));
      client.close();
      return EXIT_FAILURE;
    }
    Logger log = LoggerFactory.getLogger(BotMain.class);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("Shutting down: syncs stop between batches, commands finish");
                  bot.close();
                  client.close();
                  log.info("Shut down cleanly");
                },
                "bot-shutdown"));
    out.println(
        "Logged in as "
            + bot.describe()
            + ". Stop with Ctrl+C or SIGTERM: the bot shuts down gracefully.");
    bot.awaitClose();
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
}
