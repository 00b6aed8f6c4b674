package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaException;
import org.apiguardian.api.API;

/**
 * Survey data cannot be scored: an answer outside 1 to 4, a missing or unknown element, no
 * respondents. The message names the element, the value found and the valid range.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
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
