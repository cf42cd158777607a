package dev.smarter.bot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;

/** Number, amount and duration formats shared by the bot's messages, locale-independent. */
final class Texts {
  private static final long KB = 1024;
  private static final long MB = KB * 1024;
  private static final long GB = MB * 1024;
  private static final BigDecimal HALF_KB = BigDecimal.valueOf(512);

  private Texts() {}

  /** {@code 1050} → {@code "1,050"}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A duration in seconds with two decimals, such as {@code "1.42 s"}. */
  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
  }

  /**
   * A latency with two or three significant digits: {@code "0.8 ms"}, {@code "4.2 ms"}, {@code "42
   * ms"}, {@code "1.5 s"}.
   */
  static String latency(Duration duration) {
    double millis = duration.toNanos() / 1e6;
    if (millis < 9.95) {
      return String.format(Locale.ROOT, "%.1f ms", millis);
    }
    if (millis < 999.5) {
      return Math.round(millis) + " ms";
    }
    return String.format(Locale.ROOT, "%.1f s", millis / 1_000);
  }

  /** A duration in whole milliseconds, such as {@code "42 ms"}. */
  static String millis(Duration duration) {
    return duration.toMillis() + " ms";
  }

  /**
   * An amount of bytes as the original bot showed it: below 512 as {@code "N bytes"}, then KB, MB
   * or GB (powers of 1024, each from 512 of the unit below) with two decimals, followed by the
   * exact number when the rounded figure is not exact: {@code 40} → {@code "40 bytes"}, {@code
   * 1536} → {@code "1.50 KB"}, {@code 1000} → {@code "0.98 KB (1,000 bytes)"}.
   */
  static String bytes(long amount) {
    BigDecimal exact = BigDecimal.valueOf(amount);
    BigDecimal magnitude = exact.abs();
    if (magnitude.compareTo(HALF_KB) < 0) {
      return amount + (amount == 1 || amount == -1 ? " byte" : " bytes");
    }
    long unit;
    String name;
    if (magnitude.compareTo(HALF_KB.multiply(BigDecimal.valueOf(KB))) < 0) {
      unit = KB;
      name = "KB";
    } else if (magnitude.compareTo(HALF_KB.multiply(BigDecimal.valueOf(MB))) < 0) {
      unit = MB;
      name = "MB";
    } else {
      unit = GB;
      name = "GB";
    }
    // Dividing by a power of two always has a finite decimal expansion.
    BigDecimal inUnits = exact.divide(BigDecimal.valueOf(unit));
    BigDecimal shown = inUnits.setScale(2, RoundingMode.HALF_EVEN);
    String text = shown.toPlainString() + " " + name;
    return shown.compareTo(inUnits) == 0 ? text : text + " (" + count(amount) + " bytes)";
  }

  /**
   * A wait in hours and minutes: {@code 1439} → {@code "23 hours 59 minutes"}, {@code 60} → {@code
   * "1 hour"}, {@code 0} → {@code "less than a minute"}.
   */
  static String hoursAndMinutes(long minutes) {
    if (minutes <= 0) {
      return "less than a minute";
    }
    long hours = minutes / 60;
    long rest = minutes % 60;
    String h = hours == 1 ? "1 hour" : hours + " hours";
    String m = rest == 1 ? "1 minute" : rest + " minutes";
    if (hours == 0) {
      return m;
    }
    return rest == 0 ? h : h + " " + m;
  }

  /** A Discord mention of a user, {@code <@id>}: Discord shows the name and notifies the user. */
  static String mention(MemberSnapshot member) {
    return "<@" + member.discordId() + ">";
  }

  /** Shortens {@code text} to at most {@code max} characters, ending with an ellipsis if cut. */
  static String clip(String text, int max) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
