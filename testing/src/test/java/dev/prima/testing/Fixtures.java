package dev.prima.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs fixture test classes in-process, to see what the extension does around a whole class.
 * Fixtures carry {@code @EnabledIfSystemProperty(named = Fixtures.PROPERTY, matches = "on")} so
 * they run only from here (surefire skips nested classes anyway).
 */
final class Fixtures {

  static final String PROPERTY = "prima.fixture";

  /** A failed test or container: its display name and what it threw. */
  record Failure(String name, Throwable error) {}

  /** How a run went: the tests that succeeded and everything that failed. */
  record Result(List<String> succeeded, List<Failure> failures) {}

  private Fixtures() {}

  static synchronized Result run(Class<?>... classes) {
    List<String> succeeded = new CopyOnWriteArrayList<>();
    List<Failure> failures = new CopyOnWriteArrayList<>();
    TestExecutionListener listener =
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
              if (test.isTest()) {
                succeeded.add(test.getDisplayName());
              }
            } else {
              failures.add(new Failure(test.getDisplayName(), result.getThrowable().orElse(null)));
            }
          }
        };
    var request = LauncherDiscoveryRequestBuilder.request();
    for (Class<?> type : classes) {
      request.selectors(selectClass(type));
    }
    System.setProperty(PROPERTY, "on");
    try {
      Launcher launcher = LauncherFactory.create();
      launcher.execute(request.build(), listener);
    } finally {
      System.clearProperty(PROPERTY);
    }
    return new Result(List.copyOf(succeeded), List.copyOf(failures));
  }
}
