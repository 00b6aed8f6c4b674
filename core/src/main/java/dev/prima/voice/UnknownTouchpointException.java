package dev.prima.voice;

import dev.prima.PrimaException;

/** No touchpoint with the id given is in the journal. */
public class UnknownTouchpointException extends PrimaException {

  private static final long serialVersionUID = 1L;

  private final String touchpointId;

  public UnknownTouchpointException(String touchpointId) {
    super(
        "No touchpoint '"
            + touchpointId
            + "' is in the journal. Fix: use a touchpoint id from prima.touchpoints().query() or"
            + " a cycle of service.");
    this.touchpointId = touchpointId;
  }

  /** {@return the touchpoint id that was not found} */
  public String touchpointId() {
    return touchpointId;
  }
}
