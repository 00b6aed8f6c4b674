package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaException;
import org.apiguardian.api.API;

/** The case exists in the journal but has already ended, so it cannot be withdrawn. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class CaseNotRunningException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /** The case that has ended. */
  private final String caseId;

  /**
   * Creates the exception; the message says that only a running case can be withdrawn.
   *
   * @param caseId the case that has ended
   */
  public CaseNotRunningException(String caseId) {
    super(
        "Case '"
            + caseId
            + "' has already ended, so it cannot be withdrawn; only a running case can be. A"
            + " complaint about it can still be lodged.");
    this.caseId = caseId;
  }

  /** {@return the case that has ended} */
  public String caseId() {
    return caseId;
  }
}
