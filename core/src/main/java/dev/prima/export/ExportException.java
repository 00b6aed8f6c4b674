package dev.prima.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaException;
import org.apiguardian.api.API;

/** Writing an event log failed: the output could not be written or the journal not read. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class ExportException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be written or read, and how to fix it
   * @param cause the I/O or database failure
   */
  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
