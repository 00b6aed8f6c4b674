package dev.prima.quality;

import dev.prima.PrimaException;

/**
 * Survey data cannot be scored: an answer outside 1 to 4, a missing or unknown element, no
 * respondents. The message names the element, the value found and the valid range.
 */
public class InvalidSurveyException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the element, the value found and the valid range
   */
  public InvalidSurveyException(String message) {
    super(message);
  }
}
