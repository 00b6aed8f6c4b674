package dev.prima.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaException;
import org.apiguardian.api.API;

/** A service report cannot be made, for example because the service has no deployed definition. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class ReportException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message that says what is wrong and how to fix it.
   *
   * @param message what is wrong and how to fix it
   */
  public ReportException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a message and the failure that caused it.
   *
   * @param message what is wrong and how to fix it
   * @param cause the underlying failure, such as an {@link java.io.IOException}
   */
  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
