package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaException;
import org.apiguardian.api.API;

/** A survey file cannot be read or written (missing, unreadable, not UTF-8, disk full). */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class SurveyFileException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the file, what failed and how to fix it
   * @param cause the I/O failure
   */
  public SurveyFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
