package dev.prima;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/**
 * Camunda's history level. Prima's touchpoint journal does not depend on it: with {@link #NONE} the
 * journal still answers every question about a cycle of service.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum History {
  /** No history: Camunda keeps only runtime data; Prima's journal is unaffected. */
  NONE("none"),
  /** Process, activity and task instances: the least that test coverage needs. */
  ACTIVITY("activity"),
  /** Activity level plus variable updates (Camunda's default). */
  AUDIT("audit"),
  /** Everything Camunda records, such as user operations and variable details. */
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
