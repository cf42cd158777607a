package dev.smarter.testkit;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link FakeSmarterDevServer} until the process is killed: a Smarter Dev API for local
 * development, in memory.
 *
 * <pre>
 * java -jar smarter-dev-testkit-VERSION-standalone.jar [--port N] [--api-key KEY] [--no-local]
 * </pre>
 *
 * <p>It starts in local mode, as the real server runs for local development ({@code
 * SMARTER_DEV_LOCAL=1}): the key {@value FakeSmarterDevServer#LOCAL_API_KEY} is accepted and {@code
 * /api/bytes/balance/...} needs no token, so a client configured with {@code SMARTER_DEV_LOCAL=1}
 * (what {@code SmarterDevClient.fromEnv()} reads) connects without further setup.
 *
 * <ul>
 *   <li>{@code --port N}: port on 127.0.0.1, default 8000; {@code 0} picks a free one (printed).
 *   <li>{@code --api-key KEY}: a key accepted besides {@code TESTING}; default {@code
 *       SMARTER_DEV_API_KEY} from the environment, else {@value
 *       FakeSmarterDevServer#DEFAULT_API_KEY}.
 *   <li>{@code --no-local}: local mode off, like the real server in production: only {@code KEY} is
 *       accepted and every {@code /api/} path needs a token. {@code SMARTER_DEV_LOCAL=0} in the
 *       environment does the same. {@code --local} turns it on again.
 * </ul>
 *
 * <p>It records no requests (nothing could read them, and a long session would pile them up in
 * memory). Prints one line, such as {@code Fake Smarter Dev API listening on http://127.0.0.1:8000
 * (API keys: TESTING, test-key; local mode)}; a key from {@code --api-key} or the environment is
 * printed masked.
 */
public final class FakeSmarterDevServerMain {
  private static final int DEFAULT_PORT = 8000;
  private static final String USAGE =
      "usage: java -jar smarter-dev-testkit-standalone.jar [--port N] [--api-key KEY] [--no-local]";
  private static final String HELP =
      String.join(
          System.lineSeparator(),
          USAGE,
          "",
          "Runs a fake Smarter Dev API on 127.0.0.1 for local development, in memory, until stopped.",
          "",
          "  --port N        the port (default 8000; 0 picks a free one and prints it)",
          "  --api-key KEY   a key to accept besides TESTING (default: $SMARTER_DEV_API_KEY,",
          "                  else test-key)",
          "  --no-local      local mode off, as the real server in production: only KEY is",
          "                  accepted and every /api/ path needs a token (SMARTER_DEV_LOCAL=0 too)",
          "  --local         local mode on (the default), as the real server with",
          "                  SMARTER_DEV_LOCAL=1: the key TESTING is accepted and",
          "                  /api/bytes/balance/... needs no token",
          "  -h, --help      this text",
          "",
          "Point a client at it with SMARTER_DEV_API_URL=http://127.0.0.1:8000 and",
          "SMARTER_DEV_LOCAL=1 (the key TESTING), or with the key it prints.");

  private FakeSmarterDevServerMain() {}

  /**
   * Starts the server and blocks forever. Exits with status 2 on bad arguments.
   *
   * @param args the command line
   * @throws InterruptedException if the main thread is interrupted while blocking
   */
  public static void main(String[] args) throws InterruptedException {
    FakeSmarterDevServer server;
    try {
      server = launch(args, System.getenv(), System.out);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (server == null) {
      return;
    }
    FakeSmarterDevServer running = server;
    Runtime.getRuntime().addShutdownHook(new Thread(running::close, "fake-smarter-dev-shutdown"));
    new CountDownLatch(1).await();
  }

  /**
   * Parses {@code args}, starts a server and prints its line to {@code out}; returns {@code null}
   * after printing the help for {@code --help}.
   *
   * @throws IllegalArgumentException for unknown or malformed arguments
   */
  static @Nullable FakeSmarterDevServer launch(
      String[] args, Map<String, String> env, PrintStream out) {
    int port = DEFAULT_PORT;
    boolean local = !"0".equals(env.get("SMARTER_DEV_LOCAL"));
    String apiKey = env.get("SMARTER_DEV_API_KEY");
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String inlineValue = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        inlineValue = arg.substring(equals + 1);
        arg = arg.substring(0, equals);
      }
      switch (arg) {
        case "--port":
          String portText = inlineValue != null ? inlineValue : value(args, ++i, "--port");
          port = parsePort(portText);
          break;
        case "--local":
          local = true;
          break;
        case "--no-local":
          local = false;
          break;
        case "--api-key":
          apiKey = inlineValue != null ? inlineValue : value(args, ++i, "--api-key");
          break;
        case "--help":
        case "-h":
          out.println(HELP);
          return null;
        default:
          throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    FakeSmarterDevServer.Builder builder =
        FakeSmarterDevServer.builder().port(port).localMode(local).maxRecordedRequests(0);
    boolean keyGiven = apiKey != null && !apiKey.isEmpty();
    if (keyGiven) {
      builder.apiKey(apiKey);
    }
    FakeSmarterDevServer server = builder.build().start();
    Set<String> keys = new LinkedHashSet<>();
    if (local) {
      keys.add(FakeSmarterDevServer.LOCAL_API_KEY);
    }
    keys.add(keyGiven ? mask(server.apiKey()) : server.apiKey());
    out.println(
        "Fake Smarter Dev API listening on "
            + server.url()
            + " ("
            + (keys.size() == 1 ? "API key: " : "API keys: ")
            + String.join(", ", keys)
            + (local ? "; local mode" : "")
            + ")");
    out.flush();
    return server;
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port out of range: " + text);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port needs a number: " + text, e);
    }
  }

  /** The key with all but its first two characters masked (fully masked when short). */
  static String mask(String key) {
    if (key.equals(FakeSmarterDevServer.LOCAL_API_KEY)) {
      return key;
    }
    int shown = key.length() > 6 ? 2 : 0;
    return key.substring(0, shown) + "*".repeat(key.length() - shown);
  }
}
