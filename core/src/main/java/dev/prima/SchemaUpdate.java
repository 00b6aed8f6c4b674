package dev.prima;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What happens to the database schema (Camunda's and Prima's own tables) when the engine starts.
 * Prima's journal tables follow the same switch as Camunda's {@code databaseSchemaUpdate}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum SchemaUpdate {
  /** Create missing tables and apply pending upgrade scripts (Camunda's {@code true}). */
  UPDATE("true"),
  /** Check that the schema is present and current; fail otherwise (Camunda's {@code false}). */
  VALIDATE("false"),
  /** Create the schema on start and drop it on close; for tests and in-memory databases. */
  CREATE_DROP("create-drop"),
  /** Drop any existing schema, then create it afresh. */
  DROP_CREATE("drop-create");

  private final String camundaName;

  SchemaUpdate(String camundaName) {
    this.camundaName = camundaName;
  }

  /** {@return the value Camunda's {@code databaseSchemaUpdate} takes for this mode} */
  public String camundaName() {
    return camundaName;
  }
}
