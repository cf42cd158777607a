package dev.smarter.benchmarks;

import java.util.Arrays;

/**
 * Order statistics of repeated measurements: min, median, max, and a distribution-free confidence
 * interval of the median (from the binomial distribution of ranks, so it assumes nothing about the
 * shape of the noise, which on a shared machine is anything but normal).
 */
final class Stats {
  /** The coverage asked of {@link #medianInterval(double[])}. */
  static final double CONFIDENCE = 0.95;

  private Stats() {}

  static double min(double[] values) {
    return sorted(values)[0];
  }

  static double max(double[] values) {
    double[] sorted = sorted(values);
    return sorted[sorted.length - 1];
  }

  static double median(double[] values) {
    double[] sorted = sorted(values);
    return (sorted[sorted.length / 2] + sorted[(sorted.length - 1) / 2]) / 2;
  }

  /**
   * The interval between the k-th smallest and k-th largest values, with k the largest rank for
   * which that interval covers the true median with probability at least {@link #CONFIDENCE}. With
   * fewer than 6 values no such k exists and the interval is the whole range.
   *
   * @return {@code {low, high}}
   */
  static double[] medianInterval(double[] values) {
    double[] sorted = sorted(values);
    int n = sorted.length;
    int k = rankForConfidence(n);
    return new double[] {sorted[k - 1], sorted[n - k]};
  }

  /** The largest k >= 1 with P(k <= B(n, 1/2) <= n - k) >= {@link #CONFIDENCE}, or 1. */
  static int rankForConfidence(int n) {
    int best = 1;
    for (int k = 1; k <= n / 2; k++) {
      double outside = 2 * binomialCdf(n, k - 1);
      if (1 - outside >= CONFIDENCE) {
        best = k;
      } else {
        break;
      }
    }
    return best;
  }

  /** P(B(n, 1/2) <= k). */
  private static double binomialCdf(int n, int k) {
    double sum = 0;
    double term = Math.pow(0.5, n);
    for (int i = 0; i <= k; i++) {
      sum += term;
      term = term * (n - i) / (i + 1);
    }
    return sum;
  }

  /** The relative half-width of an interval around its centre value: 0.02 for ±2 %. */
  static double relativeHalfWidth(double[] interval, double centre) {
    return (interval[1] - interval[0]) / 2 / centre;
  }

  private static double[] sorted(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted;
  }
}
