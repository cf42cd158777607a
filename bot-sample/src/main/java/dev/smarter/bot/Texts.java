package dev.smarter.bot;

import java.time.Duration;
import java.util.Locale;

/** Number and duration formats shared by the bot's messages, locale-independent. */
final class Texts {
  private Texts() {}

  /** {@code 1050} → {@code "1,050"}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A duration in seconds with two decimals, such as {@code "1.42 s"}. */
  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
  }

  /** A duration in whole milliseconds, such as {@code "42 ms"}. */
  static String millis(Duration duration) {
    return duration.toMillis() + " ms";
  }
}
