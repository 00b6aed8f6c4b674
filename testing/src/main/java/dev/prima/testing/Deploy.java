package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * BPMN (or DMN) resources on the test classpath to deploy before each test of a {@link
 * PrimaExtension} and to remove after it, with their process instances, history and touchpoints. On
 * a class (inherited by subclasses and nested classes) and on a method, the two add up.
 *
 * <pre>{@code
 * @PrimaTest
 * @Deploy("certificate-application.bpmn")
 * class CertificateApplicationTest { ... }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Deploy {

  /**
   * Classpath resource paths, such as {@code "processes/certificate-application.bpmn"}.
   *
   * @return the resources to deploy before each test of the annotated class
   */
  String[] value();
}
