package dev.prima.benchmarks;

import java.util.Locale;

/**
 * One measurement: its detail line, printed when measured, and its ratio line for the summary.
 *
 * @param detail the line with absolute figures
 * @param ratio the summary line, starting with {@code RATIO}
 */
record Result(String detail, String ratio) {

  /** A summary line such as {@code RATIO h2 audit prima/bare = 0.97 (IQR 0.93-1.01, 30 rounds)}. */
  static String ratioLine(String database, String label, Stats ratios, String sample) {
    return String.format(
        Locale.ROOT, "RATIO %s %s = %s, %s)", database, label, ratios.ratioWithIqr(), sample);
  }
}
