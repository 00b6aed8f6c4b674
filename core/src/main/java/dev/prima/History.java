package dev.prima;

/**
 * Camunda's history level. Prima's touchpoint journal does not depend on it: with {@link #NONE} the
 * journal still answers every question about a cycle of service.
 */
public enum History {
  NONE("none"),
  ACTIVITY("activity"),
  AUDIT("audit"),
  FULL("full"),
  /**
   * The level the database was created with (Camunda's {@code auto}): for an engine that reads a
   * database another engine set up, such as a report or an export. A new database gets Camunda's
   * default, {@code audit}.
   */
  AUTO("auto");

  private final String camundaName;

  History(String camundaName) {
    this.camundaName = camundaName;
  }

  /** {@return the name Camunda's configuration uses for this level} */
  public String camundaName() {
    return camundaName;
  }
}
