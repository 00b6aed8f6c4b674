package dev.prima.testing.internal;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Hands camunda-bpm-assert ({@code BpmnAwareTests}) the engine of the running test class when that
 * optional library is on the class path; does nothing without it.
 */
public final class CamundaAssertEngine {

  static final String ASSERTIONS = "org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions";

  private static final boolean PRESENT = present(CamundaAssertEngine.class.getClassLoader());

  private CamundaAssertEngine() {}

  /** Whether camunda-bpm-assert can be loaded by {@code loader}. */
  static boolean present(ClassLoader loader) {
    try {
      Class.forName(ASSERTIONS, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Whether camunda-bpm-assert is on the class path. */
  public static boolean present() {
    return PRESENT;
  }

  /** camunda-bpm-assert's assertions on this thread use {@code engine} from now on. */
  public static void use(ProcessEngine engine) {
    if (PRESENT) {
      Api.init(engine);
    }
  }

  /** camunda-bpm-assert on this thread forgets the engine, so no later class sees a closed one. */
  public static void forget() {
    if (PRESENT) {
      Api.reset();
    }
  }

  /** The only class that names camunda-bpm-assert; loaded only when it is present. */
  private static final class Api {
    static void init(ProcessEngine engine) {
      org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.init(engine);
    }

    static void reset() {
      org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions.reset();
    }
  }
}
