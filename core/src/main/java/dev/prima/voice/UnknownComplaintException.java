package dev.prima.voice;

import dev.prima.PrimaException;

/** No complaint or suggestion with the id given is stored. */
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
