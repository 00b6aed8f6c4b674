package dev.prima.voice;

/**
 * How often citizens left a service at one touchpoint.
 *
 * @param elementId the touchpoint's BPMN element
 * @param reached cases that reached it
 * @param exits of those, cases whose exit was recorded while it was their latest moment
 */
public record ExitRate(String elementId, long reached, long exits) {

  public ExitRate {
    if (reached < 0 || exits < 0 || exits > reached) {
      throw new IllegalArgumentException(
          "need 0 <= exits <= reached, but was exits " + exits + " of " + reached + " reached");
    }
  }

  /** {@code exits / reached}; 0 when nobody reached it. */
  public double rate() {
    return reached == 0 ? 0 : (double) exits / reached;
  }
}
