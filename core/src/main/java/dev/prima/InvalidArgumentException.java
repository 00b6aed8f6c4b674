package dev.prima;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * An argument Prima cannot take: null where a value is needed, longer than Prima can store, or with
 * a NUL character. Refused before the database; nothing was read or changed.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class InvalidArgumentException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong with the argument, naming it, and how to fix it
   */
  public InvalidArgumentException(String message) {
    super(message);
  }
}
