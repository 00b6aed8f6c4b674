package dev.prima.voice;

import dev.prima.PrimaException;

/** A complaint, suggestion, rating or exit request is malformed; nothing was recorded. */
public class InvalidVoiceException extends PrimaException {

  private static final long serialVersionUID = 1L;

  public InvalidVoiceException(String message) {
    super(message);
  }
}
