package dev.smarter.bot;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs {@link BotMain#run} with its standard output and error captured, for tests. */
final class CapturedBotRun {
  /** A bot token shaped like Discord's, to check it never reaches the output. */
  static final String TOKEN = "MTIz.discord-token-secret.xyz";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(Map<String, String> environment, String... args) {
    return BotMain.run(
        args,
        environment,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
