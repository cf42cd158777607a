package dev.smarter.bot;

import dev.smarter.sdk.AuthenticationException;
import dev.smarter.sdk.SmarterDevClient;
import dev.smarter.sdk.SmarterDevException;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * Starts the bot: {@code BotMain} logs in to Discord with {@code SMARTER_DEV_BOT_TOKEN}; {@code
 * BotMain --simulate [--members=N]} replays a session without Discord (see {@link Simulation}).
 *
 * <p>Exit status: 0 after a clean shutdown or simulation, 1 when Discord or the API fails at start,
 * 2 for a usage or configuration error (such as a missing token). Errors are one line without a
 * stack trace, and never show a secret.
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
          + ")";

  private BotMain() {}

  /**
   * Runs the bot and exits the JVM with a non-zero status on failure.
   *
   * @param args {@code --simulate}, {@code --members=N}, or nothing for the real bot
   */
  public static void main(String[] args) {
    int status = run(args, System.getenv(), System.out, System.err);
    if (status != EXIT_OK) {
      System.exit(status);
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
    SmarterDevClient client;
    try {
      client = config.apiClient().build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println(config.redact(String.valueOf(e.getMessage())));
      return EXIT_USAGE;
    }
    BotEvents events;
    try {
      events = BotEvents.start(client);
    } catch (SmarterDevException e) {
      err.println(config.redact(apiUnavailable(client.baseUrl(), e)));
      client.close();
      return EXIT_FAILURE;
    }
    DiscordBot bot;
    try {
      bot = DiscordBot.login(config.botToken().get(), events, DiscordBot.LOGIN_TIMEOUT);
    } catch (DiscordBot.LoginException e) {
      err.println(config.redact(String.valueOf(e.getMessage())));
      client.close();
      return EXIT_FAILURE;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  bot.close();
                  client.close();
                },
                "bot-shutdown"));
    out.println("Logged in as " + bot.describe() + ". Press Ctrl+C to stop.");
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
