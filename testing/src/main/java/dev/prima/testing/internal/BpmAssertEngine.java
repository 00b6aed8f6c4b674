package dev.prima.testing.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Hands camunda-bpm-assert ({@code BpmnAwareTests}) the engine of the running test class when that
 * optional library is on the class path; does nothing without it.
 */
public final class BpmAssertEngine {

  static final String ASSERTIONS = "org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions";

  private static final boolean PRESENT = present(BpmAssertEngine.class.getClassLoader());

  private BpmAssertEngine() {}

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

  /**
   * The only class that calls camunda-bpm-assert, by name: nothing names the library at compile
   * time, so the same source serves an engine whose assertion library is not published (Operaton
   * 1.0.3). Loaded only when the library is present.
   */
  private static final class Api {
    private static final MethodHandle INIT;
    private static final MethodHandle RESET;

    static {
      try {
        Class<?> assertions =
            Class.forName(ASSERTIONS, true, BpmAssertEngine.class.getClassLoader());
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        INIT =
            lookup.findStatic(
                assertions, "init", MethodType.methodType(void.class, ProcessEngine.class));
        RESET = lookup.findStatic(assertions, "reset", MethodType.methodType(void.class));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            ASSERTIONS + " has no init(ProcessEngine) or reset(): an unsupported version", e);
      }
    }

    static void init(ProcessEngine engine) {
      try {
        INIT.invokeExact(engine);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    static void reset() {
      try {
        RESET.invokeExact();
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
