package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaException;
import org.apiguardian.api.API;

/** No running process instance and no journaled touchpoint belongs to the case id given. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class UnknownCaseException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /** The case id nobody knows. */
  private final String caseId;

  /**
   * Creates the exception; the message says how to find a valid case id.
   *
   * @param caseId the case id nobody knows
   */
  public UnknownCaseException(String caseId) {
    super(
        "No case '"
            + caseId
            + "' is known: no running process instance has it as business key or id, and the"
            + " journal has no touchpoint of it. Fix: pass the business key the case was started"
            + " with.");
    this.caseId = caseId;
  }

  /** {@return the case id that was not found} */
  public String caseId() {
    return caseId;
  }
}
