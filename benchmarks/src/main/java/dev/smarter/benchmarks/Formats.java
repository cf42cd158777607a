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

  /** {@code median 312 ms (min 290, max 401)} from repeated measurements. */
  static String spread(double[] values, String unit) {
    return String.format(
        Locale.ROOT,
        "median %,.0f %s (min %,.0f, max %,.0f)",
        Stats.median(values),
        unit,
        Stats.min(values),
        Stats.max(values));
  }

  /** {@code 1.07× (95 % CI 1.03–1.12)}. */
  static String ratio(double median, double[] interval) {
    return String.format(
        Locale.ROOT, "%.2f× (95 %% CI %.2f–%.2f)", median, interval[0], interval[1]);
  }

  /** {@code 0.97 (95 % CI 0.95–0.99)} for a share of the baseline's throughput. */
  static String share(double median, double[] interval) {
    return String.format(
        Locale.ROOT, "%.3f (95 %% CI %.3f–%.3f)", median, interval[0], interval[1]);
  }

  /**
   * The verdict on a ratio that must stay at or below {@code target}: PASS when the whole interval
   * does, FAIL when the whole interval is above, UNSETTLED when the interval straddles the target.
   */
  static String verdictAtMost(double[] interval, double target) {
    String goal = String.format(Locale.ROOT, "≤ %.2f×", target);
    if (interval[1] <= target) {
      return "PASS: " + goal + " (whole CI)";
    }
    return interval[0] > target
        ? "FAIL: " + goal + " (whole CI above)"
        : "UNSETTLED: CI spans " + goal;
  }

  /** The verdict on a share that must stay at or above {@code target}, read from its interval. */
  static String verdictAtLeast(double[] interval, double target) {
    String goal = String.format(Locale.ROOT, "≥ %.2f", target);
    if (interval[0] >= target) {
      return "PASS: " + goal + " (whole CI)";
    }
    return interval[1] < target
        ? "FAIL: " + goal + " (whole CI below)"
        : "UNSETTLED: CI spans " + goal;
  }

  /** {@code 16.2×}. */
  static String times(double factor) {
    return String.format(Locale.ROOT, "%.1f×", factor);
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
