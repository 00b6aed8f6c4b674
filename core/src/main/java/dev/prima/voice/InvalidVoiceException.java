package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.InvalidArgumentException;
import org.apiguardian.api.API;

/** A complaint, suggestion, rating or exit request is malformed; nothing was recorded. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class InvalidVoiceException extends InvalidArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was malformed and how to fix it
   */
  public InvalidVoiceException(String message) {
    super(message);
  }
}
