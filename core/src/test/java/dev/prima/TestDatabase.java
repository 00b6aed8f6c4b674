package dev.prima;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * The databases every engine test runs on. PostgreSQL comes from {@code PRIMA_TEST_JDBC_URL} (user
 * and password from {@code PRIMA_TEST_JDBC_USER} and {@code PRIMA_TEST_JDBC_PASSWORD}); without it
 * the PostgreSQL cases are skipped with a message, except under {@code CI=true} where a skip is a
 * failure. Each engine creates the schema and drops it on close, as Camunda stores the history
 * level in the database.
 */
public enum TestDatabase {
  H2,
  POSTGRES;

  public static final String URL_VARIABLE = "PRIMA_TEST_JDBC_URL";

  /** A builder on this database, or a skipped/failed test when it is not configured. */
  public Prima.Builder builder() {
    if (this == H2) {
      return Prima.builder();
    }
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      String message =
          "PostgreSQL tests skipped: set "
              + URL_VARIABLE
              + " (for example jdbc:postgresql://127.0.0.1:5432/prima_test) to run them";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but " + URL_VARIABLE + " is not set: the PostgreSQL suite must run in CI");
      }
      System.err.println("[prima] " + message);
      Assumptions.abort(message);
    }
    return Prima.builder()
        .jdbc(url, env("PRIMA_TEST_JDBC_USER", "prima"), env("PRIMA_TEST_JDBC_PASSWORD", "prima"))
        .schemaUpdate(SchemaUpdate.CREATE_DROP);
  }

  public static boolean postgresConfigured() {
    String url = System.getenv(URL_VARIABLE);
    return url != null && !url.isBlank();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
