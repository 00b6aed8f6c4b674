package dev.prima;

/**
 * An argument Prima cannot take: null where a value is needed, longer than Prima can store, or with
 * a NUL character. Refused before the database; nothing was read or changed.
 */
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
