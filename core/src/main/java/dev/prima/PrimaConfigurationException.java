package dev.prima;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A setting given to Prima is invalid; the message names the setting, the value and the fix. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class PrimaConfigurationException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the setting, the value and the fix
   */
  public PrimaConfigurationException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message the setting, the value and the fix
   * @param cause the failure that made the setting unusable
   */
  public PrimaConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
