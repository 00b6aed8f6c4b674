package dev.prima.voice;

import dev.prima.InvalidArgumentException;

/** A complaint, suggestion, rating or exit request is malformed; nothing was recorded. */
public class InvalidVoiceException extends InvalidArgumentException {

  private static final long serialVersionUID = 1L;

  public InvalidVoiceException(String message) {
    super(message);
  }
}
