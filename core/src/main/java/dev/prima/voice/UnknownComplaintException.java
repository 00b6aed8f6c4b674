package dev.prima.voice;

import dev.prima.PrimaException;

/** No complaint or suggestion with the id given is stored. */
public class UnknownComplaintException extends PrimaException {

  private static final long serialVersionUID = 1L;

  private final String complaintId;

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
