package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How often citizens left a service at one touchpoint.
 *
 * @param elementId the touchpoint's BPMN element
 * @param reached cases that reached it
 * @param exits of those, cases whose exit was recorded while it was their latest moment
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ExitRate(String elementId, long reached, long exits) {

  /**
   * Checks that {@code 0 <= exits <= reached}.
   *
   * @param elementId the touchpoint's BPMN element
   * @param reached cases that reached it
   * @param exits cases that left there
   * @throws IllegalArgumentException when the counts are inconsistent
   */
  public ExitRate {
    if (reached < 0 || exits < 0 || exits > reached) {
      throw new IllegalArgumentException(
          "need 0 <= exits <= reached, but was exits " + exits + " of " + reached + " reached");
    }
  }

  /**
   * {@code exits / reached}; 0 when nobody reached it.
   *
   * @return the exit rate, from 0 to 1
   */
  public double rate() {
    return reached == 0 ? 0 : (double) exits / reached;
  }
}
