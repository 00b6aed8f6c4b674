package dev.prima.spring.boot;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on PostgreSQL from {@code PRIMA_TEST_JDBC_URL}; skipped without it, except under
 * {@code CI=true}, where a skip is a failure.
 */
@EnabledIf("postgresConfigured")
// metrics export is off in Spring Boot tests unless asked for
@AutoConfigureObservability
@SpringBootTest(
    classes = TestAgencyApplication.class,
    properties = {
      "camunda.bpm.process-engine-name=bootPostgres",
      "camunda.bpm.database.schema-update=create-drop",
      "camunda.bpm.job-execution.enabled=false"
    })
class PrimaApplicationPostgresTest extends AbstractPrimaApplicationTest {

  static boolean postgresConfigured() {
    String url = System.getenv("PRIMA_TEST_JDBC_URL");
    boolean configured = url != null && !url.isBlank();
    if (!configured && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(
          "CI=true but PRIMA_TEST_JDBC_URL is not set: the PostgreSQL suite must run in CI");
    }
    return configured;
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> System.getenv("PRIMA_TEST_JDBC_URL"));
    properties.add("spring.datasource.username", () -> env("PRIMA_TEST_JDBC_USER", "prima"));
    properties.add("spring.datasource.password", () -> env("PRIMA_TEST_JDBC_PASSWORD", "prima"));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
