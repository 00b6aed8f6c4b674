package dev.prima;

/** A setting given to Prima is invalid; the message names the setting, the value and the fix. */
public class PrimaConfigurationException extends PrimaException {

  private static final long serialVersionUID = 1L;

  public PrimaConfigurationException(String message) {
    super(message);
  }

  public PrimaConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
