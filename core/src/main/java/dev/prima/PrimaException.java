package dev.prima;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Root of every exception Prima throws. Unchecked; subtypes carry the context of what went wrong,
 * where, and how to fix it.
 */
@API(status = STABLE, since = "0.1.0")
public class PrimaException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, where, and how to fix it
   */
  public PrimaException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what went wrong, where, and how to fix it
   * @param cause the underlying failure
   */
  public PrimaException(String message, Throwable cause) {
    super(message, cause);
  }
}
