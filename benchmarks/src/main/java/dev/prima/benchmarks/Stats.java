package dev.prima.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * Median and quartiles of a sample, by linear interpolation between order statistics.
 *
 * @param median the 50th percentile
 * @param q1 the 25th percentile
 * @param q3 the 75th percentile
 * @param count the sample size
 */
record Stats(double median, double q1, double q3, int count) {

  /** The statistics of {@code values}, which must not be empty. */
  static Stats of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values to summarise");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return new Stats(
        percentile(sorted, 0.5), percentile(sorted, 0.25), percentile(sorted, 0.75), sorted.length);
  }

  private static double percentile(double[] sorted, double p) {
    double position = p * (sorted.length - 1);
    int lower = (int) Math.floor(position);
    int upper = (int) Math.ceil(position);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
  }

  /** E.g. {@code 0.97 (IQR 0.93-1.01}, without the closing parenthesis. */
  String ratioWithIqr() {
    return String.format(java.util.Locale.ROOT, "%.2f (IQR %.2f-%.2f", median, q1, q3);
  }
}
