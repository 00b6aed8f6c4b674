package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaException;
import org.apiguardian.api.API;

/**
 * A staff member's stored competency profile cannot be read: a level that is not a number or not on
 * the scale 1..5. The message names the user, the entry, the value and how to fix it.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class InvalidStaffProfileException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /** The user whose profile is invalid. */
  private final String staffId;

  /**
   * Creates the exception.
   *
   * @param staffId the user whose profile is invalid
   * @param message the entry, the value and how to fix it
   * @param cause the parse failure, or {@code null}
   */
  public InvalidStaffProfileException(String staffId, String message, Throwable cause) {
    super(message, cause);
    this.staffId = staffId;
  }

  /** {@return the user whose profile is invalid} */
  public String staffId() {
    return staffId;
  }
}
