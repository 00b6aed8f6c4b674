package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How responses are grouped in time: agencies report SKM per year, semester, quarter or month.
 * Labels sort in time order: {@code 2024}, {@code 2024-S1}, {@code 2024-Q3}, {@code 2024-07}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum SurveyPeriod {
  /** One period for all responses, dated or not; its label is empty. */
  ALL,
  /** Per calendar year, labelled such as {@code 2024}. */
  YEAR,
  /** Per half year, labelled such as {@code 2024-S1}. */
  SEMESTER,
  /** Per quarter, labelled such as {@code 2024-Q3}. */
  QUARTER,
  /** Per month, labelled such as {@code 2024-07}. */
  MONTH;

  /**
   * {@return the label of the period containing {@code date}}
   *
   * @param date the day
   */
  public String label(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    return switch (this) {
      case ALL -> "";
      case YEAR -> String.valueOf(date.getYear());
      case SEMESTER -> date.getYear() + "-S" + ((date.getMonthValue() - 1) / 6 + 1);
      case QUARTER -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
      case MONTH -> String.format("%d-%02d", date.getYear(), date.getMonthValue());
    };
  }
}
