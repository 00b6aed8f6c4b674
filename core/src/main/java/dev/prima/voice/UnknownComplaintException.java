package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaException;
import org.apiguardian.api.API;

/** No complaint or suggestion with the id given is stored. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class UnknownComplaintException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /** The complaint id nobody knows. */
  private final String complaintId;

  /**
   * Creates the exception; the message says where a valid id comes from.
   *
   * @param complaintId the complaint id nobody knows
   */
  public UnknownComplaintException(String complaintId) {
    super(
        "No complaint or suggestion '"
            + complaintId
            + "' is stored. Fix: use the id returned by lodgeComplaint or lodgeSuggestion.");
    this.complaintId = complaintId;
  }

  /** {@return the id that was not found} */
  public String complaintId() {
    return complaintId;
  }
}
