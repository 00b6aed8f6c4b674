package dev.prima.voice;

import dev.prima.InvalidArgumentException;

/** A complaint, suggestion, rating or exit request is malformed; nothing was recorded. */
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
