package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.History;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class with {@link PrimaExtension}: an in-memory Prima engine on a {@link TestClock},
 * {@link Deploy} resources deployed per test, Prima and Camunda objects injected into fields and
 * parameters, and process coverage recorded. Use {@code @RegisterExtension} with {@link
 * PrimaExtension#builder()} instead for settings an annotation cannot hold.
 *
 * <pre>{@code
 * @PrimaTest(minimumCoverage = 0.9)
 * @Deploy("certificate-application.bpmn")
 * class CertificateApplicationTest {
 *   Prima prima;
 *   ...
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(PrimaExtension.class)
public @interface PrimaTest {

  /**
   * Engine per class (default) or one shared by the whole run.
   *
   * @return the engine's scope
   */
  Scope engine() default Scope.PER_CLASS;

  /**
   * {@return the least share of flow nodes and sequence flows of the deployed processes the class's
   * tests must reach, from 0 to 1; checked after the class, 0 (the default) for no check}
   */
  double minimumCoverage() default 0;

  /**
   * Camunda's history level; at least {@link History#ACTIVITY}, as coverage reads it.
   *
   * @return the history level
   */
  History history() default History.FULL;

  /**
   * {@return where the {@link TestClock} starts, ISO-8601; default {@link TestClock#DEFAULT_START}}
   */
  String clockStart() default "2026-01-05T08:00:00Z";
}
