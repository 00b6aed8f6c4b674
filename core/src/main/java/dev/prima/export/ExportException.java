package dev.prima.export;

import dev.prima.PrimaException;

/** Writing an event log failed: the output could not be written or the journal not read. */
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
