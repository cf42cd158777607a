package dev.smarter.testkit;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link FakeSmarterDevServer} until the process is killed.
 *
 * <pre>
 * java -jar smarter-dev-testkit-VERSION-standalone.jar [--port N] [--local] [--api-key KEY]
 * </pre>
 *
 * <ul>
 *   <li>{@code --port N}: port on 127.0.0.1, default 8000; {@code 0} picks a free one (printed).
 *   <li>{@code --local}: local mode (key {@code TESTING} accepted); on by default when the
 *       environment has {@code SMARTER_DEV_LOCAL=1}.
 *   <li>{@code --api-key KEY}: the accepted key; default {@code SMARTER_DEV_API_KEY} from the
 *       environment, else {@value FakeSmarterDevServer#DEFAULT_API_KEY}.
 * </ul>
 *
 * <p>Prints one line, {@code Fake Smarter Dev API listening on http://127.0.0.1:8000 (API key:
 * TESTING)}; a configured key other than {@code TESTING} is printed masked.
 */
public final class FakeSmarterDevServerMain {
  private static final int DEFAULT_PORT = 8000;
  private static final String USAGE =
      "usage: java -jar smarter-dev-testkit-standalone.jar [--port N] [--local] [--api-key KEY]";

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
   * after printing the usage for {@code --help}.
   *
   * @throws IllegalArgumentException for unknown or malformed arguments
   */
  static FakeSmarterDevServer launch(String[] args, Map<String, String> env, PrintStream out) {
    int port = DEFAULT_PORT;
    boolean local = "1".equals(env.get("SMARTER_DEV_LOCAL"));
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
        case "--api-key":
          apiKey = inlineValue != null ? inlineValue : value(args, ++i, "--api-key");
          break;
        case "--help":
        case "-h":
          out.println(USAGE);
          return null;
        default:
          throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    FakeSmarterDevServer.Builder builder =
        FakeSmarterDevServer.builder().port(port).localMode(local);
    if (apiKey != null && !apiKey.isEmpty()) {
      builder.apiKey(apiKey);
    }
    FakeSmarterDevServer server = builder.build().start();
    String shownKey = local ? FakeSmarterDevServer.LOCAL_API_KEY : mask(server.apiKey());
    out.println(
        "Fake Smarter Dev API listening on " + server.url() + " (API key: " + shownKey + ")");
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
