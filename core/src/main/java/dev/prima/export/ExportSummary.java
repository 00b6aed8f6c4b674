package dev.prima.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What one export wrote.
 *
 * @param cases distinct cases (XES traces, OCEL {@code citizen_case} objects)
 * @param touchpoints touchpoints read from the journal (CSV rows)
 * @param events events written: two per ended touchpoint in XES, one per touchpoint in OCEL and CSV
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ExportSummary(long cases, long touchpoints, long events) {

  /**
   * Checks that no count is negative.
   *
   * @param cases distinct cases
   * @param touchpoints touchpoints read from the journal
   * @param events events written
   * @throws IllegalArgumentException if a count is negative
   */
  public ExportSummary {
    if (cases < 0 || touchpoints < 0 || events < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative, but were "
              + cases
              + " cases, "
              + touchpoints
              + " touchpoints, "
              + events
              + " events");
    }
  }

  /**
   * {@return a summary of these counts}
   *
   * @param cases distinct cases
   * @param touchpoints touchpoints read from the journal
   * @param events events written
   */
  public static ExportSummary of(long cases, long touchpoints, long events) {
    return new ExportSummary(cases, touchpoints, events);
  }

  @Override
  public String toString() {
    return "ExportSummary["
        + cases
        + " cases, "
        + touchpoints
        + " touchpoints, "
        + events
        + " events]";
  }
}
