package dev.prima.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the integration tests run on: a private H2 in memory, and PostgreSQL from {@code
 * PRIMA_TEST_JDBC_URL} (user and password from {@code PRIMA_TEST_JDBC_USER} and {@code
 * PRIMA_TEST_JDBC_PASSWORD}). Without it the PostgreSQL cases are skipped, except under {@code
 * CI=true} where a skip is a failure.
 */
enum ItDatabase {
  H2,
  POSTGRES;

  private static final AtomicBoolean TOLD = new AtomicBoolean();

  /** A pooled data source on this database, as applications run it. */
  HikariDataSource dataSource() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url());
    if (this == POSTGRES) {
      config.setUsername(env("PRIMA_TEST_JDBC_USER", "prima"));
      config.setPassword(env("PRIMA_TEST_JDBC_PASSWORD", "prima"));
    }
    config.setMaximumPoolSize(8);
    return new HikariDataSource(config);
  }

  /** The JDBC URL; a fresh private database for H2. */
  String url() {
    if (this == H2) {
      return "jdbc:h2:mem:it-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64";
    }
    return postgresUrl();
  }

  static String postgresUrl() {
    String url = System.getenv("PRIMA_TEST_JDBC_URL");
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but PRIMA_TEST_JDBC_URL is not set: the PostgreSQL suite must run in CI");
      }
      String message =
          "PostgreSQL tests skipped: set PRIMA_TEST_JDBC_URL (for example"
              + " jdbc:postgresql://127.0.0.1:5432/prima_test) to run them";
      if (!TOLD.getAndSet(true)) {
        System.err.println("[prima] " + message);
      }
      Assumptions.abort(message);
    }
    return url;
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
