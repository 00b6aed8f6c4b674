package dev.prima.upkeep;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.InvalidArgumentException;
import org.apiguardian.api.API;

/**
 * What one upkeep run deleted (and archived).
 *
 * @param cases whole cases deleted
 * @param touchpoints touchpoints of those cases deleted (a touchpoint may take two journal rows)
 * @param journalRows rows deleted from the journal
 * @param breaches breaches deleted
 * @param voices complaints and suggestions deleted, those about a service included
 * @param ratings ratings deleted
 * @param archived touchpoints written to the archive; 0 for a purge without one
 * @param batches transactions committed
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record UpkeepResult(
    long cases,
    long touchpoints,
    long journalRows,
    long breaches,
    long voices,
    long ratings,
    long archived,
    long batches) {

  /**
   * Refuses negative counts.
   *
   * @param cases whole cases deleted
   * @param touchpoints touchpoints of those cases deleted
   * @param journalRows rows deleted from the journal
   * @param breaches breaches deleted
   * @param voices complaints and suggestions deleted
   * @param ratings ratings deleted
   * @param archived touchpoints written to the archive
   * @param batches transactions committed
   * @throws InvalidArgumentException if a count is negative
   */
  public UpkeepResult {
    long[] counts = {cases, touchpoints, journalRows, breaches, voices, ratings, archived, batches};
    String[] names = {
      "cases", "touchpoints", "journalRows", "breaches", "voices", "ratings", "archived", "batches"
    };
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        throw new InvalidArgumentException(
            names[i] + " must not be negative, but was " + counts[i]);
      }
    }
  }
}
