package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaException;
import org.apiguardian.api.API;

/** No touchpoint with the id given is in the journal. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class UnknownTouchpointException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /** The touchpoint id nobody knows. */
  private final String touchpointId;

  /**
   * Creates the exception; the message says where to find touchpoint ids.
   *
   * @param touchpointId the touchpoint id nobody knows
   */
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
