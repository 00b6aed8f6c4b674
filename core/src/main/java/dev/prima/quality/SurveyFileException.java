package dev.prima.quality;

import dev.prima.PrimaException;

/** A survey file cannot be read or written (missing, unreadable, not UTF-8, disk full). */
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
