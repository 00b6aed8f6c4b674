package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.quality.internal.ResultTable;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The grade (mutu pelayanan) of an IKM with its performance label (kinerja unit pelayanan). The
 * thresholds belong to the regulation: see {@link SkmProfile#gradeOf(java.math.BigDecimal)}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum SkmGrade {
  /** Sangat Baik (very good): the IKM is at or above the profile's {@code minimumA}. */
  A("Sangat Baik", "very good"),
  /** Baik (good): at or above {@code minimumB}, below {@code minimumA}. */
  B("Baik", "good"),
  /** Kurang Baik (poor): at or above {@code minimumC}, below {@code minimumB}. */
  C("Kurang Baik", "poor"),
  /** Tidak Baik (bad): below {@code minimumC}. */
  D("Tidak Baik", "bad");

  private final String performance;
  private final String english;

  SkmGrade(String performance, String english) {
    this.performance = performance;
    this.english = english;
  }

  /** {@return the label the regulation prints, such as {@code Sangat Baik}} */
  public String performance() {
    return performance;
  }

  /** {@return the label in English, such as {@code very good}} */
  public String englishPerformance() {
    return english;
  }

  /**
   * The performance label (kinerja unit pelayanan) in Bahasa Indonesia or English.
   *
   * @param locale {@code id} for Bahasa Indonesia; any other language gives English, {@code null}
   *     the JVM's default language
   * @return {@code Sangat Baik} in Indonesian, {@code very good} in English
   */
  public String performance(Locale locale) {
    return ResultTable.performance(ResultTable.messages(locale), this);
  }

  /**
   * {@code A, Sangat Baik (very good)}.
   *
   * @return the grade with both labels, such as {@code A, Sangat Baik (very good)}
   */
  public String describe() {
    return name() + ", " + performance + " (" + english + ")";
  }
}
