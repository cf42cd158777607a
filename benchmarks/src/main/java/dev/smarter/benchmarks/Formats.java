package dev.smarter.benchmarks;

import java.util.Locale;

/** Number formats of the results table. */
final class Formats {
  private Formats() {}

  /** {@code 41.3 ± 2.0 µs/call · 24,213 calls/s} from microseconds per call and JMH's error. */
  static String perCall(double micros, double error) {
    return String.format(Locale.ROOT, "%.1f", micros)
        + plusMinus(error, "%.1f")
        + String.format(Locale.ROOT, " µs/call · %,.0f calls/s", 1e6 / micros);
  }

  /** {@code 41.3 µs/call · 24,213 calls/s} from microseconds per call, without an error. */
  static String perCall(double micros) {
    return perCall(micros, Double.NaN);
  }

  /** {@code 812.4 ± 3.1 µs/op} from microseconds per operation and JMH's error. */
  static String perOp(double micros, double error) {
    boolean small = micros < 10;
    return String.format(Locale.ROOT, small ? "%.2f" : "%,.1f", micros)
        + plusMinus(error, small ? "%.2f" : "%,.1f")
        + " µs/op";
  }

  /** {@code 5,224 B/call} from bytes. */
  static String bytes(double bytes, String unit) {
    return String.format(Locale.ROOT, "%,.0f B/%s", bytes, unit);
  }

  /** {@code 1,234 ms · 810 calls/s} for {@code calls} calls in {@code nanos}. */
  static String total(long nanos, int calls) {
    double millis = nanos / 1e6;
    return String.format(Locale.ROOT, "%,.0f ms · %,.0f calls/s", millis, calls / (millis / 1e3));
  }

  /** A share as a percentage, {@code 93 %}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f %%", share * 100);
  }

  /** {@code " ± 1.2"}, or nothing when JMH could not compute the error. */
  private static String plusMinus(double error, String format) {
    return Double.isNaN(error) ? "" : " ± " + String.format(Locale.ROOT, format, error);
  }
}
