package dev.prima;

/**
 * Camunda's history level. Prima's touchpoint journal does not depend on it: with {@link #NONE} the
 * journal still answers every question about a cycle of service.
 */
public enum History {
  NONE("none"),
  ACTIVITY("activity"),
  AUDIT("audit"),
  FULL("full");

  private final String camundaName;

  History(String camundaName) {
    this.camundaName = camundaName;
  }

  /** The name Camunda's configuration uses for this level. */
  public String camundaName() {
    return camundaName;
  }
}
