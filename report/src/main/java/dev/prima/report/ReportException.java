package dev.prima.report;

import dev.prima.PrimaException;

/** A service report cannot be made, for example because the service has no deployed definition. */
public class ReportException extends PrimaException {

  private static final long serialVersionUID = 1L;

  public ReportException(String message) {
    super(message);
  }

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
