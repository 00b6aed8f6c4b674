package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.journey.Durations;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Assertions on one time of a cycle of service: a wait, the time in a moment, the lead time. Made
 * by {@link AbstractServiceCycleAssert#waitBefore(String)} and its siblings; failures show the
 * cycle's timeline.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ServiceTimeAssert {

  private final Duration actual;
  private final String what;
  private final Consumer<String> fail;

  ServiceTimeAssert(Duration actual, String what, Consumer<String> fail) {
    this.actual = actual;
    this.what = what;
    this.fail = fail;
  }

  /**
   * The time is at most {@code limit}.
   *
   * @param limit the longest allowed time
   * @return this assertion, for chaining
   */
  public ServiceTimeAssert isAtMost(Duration limit) {
    Objects.requireNonNull(limit, "limit must not be null");
    if (known().compareTo(limit) > 0) {
      fail("at most " + show(limit));
    }
    return this;
  }

  /**
   * The time is at least {@code minimum}.
   *
   * @param minimum the shortest expected time
   * @return this assertion, for chaining
   */
  public ServiceTimeAssert isAtLeast(Duration minimum) {
    Objects.requireNonNull(minimum, "minimum must not be null");
    if (known().compareTo(minimum) < 0) {
      fail("at least " + show(minimum));
    }
    return this;
  }

  /**
   * The time is exactly {@code expected}.
   *
   * @param expected the expected time
   * @return this assertion, for chaining
   */
  public ServiceTimeAssert isEqualTo(Duration expected) {
    Objects.requireNonNull(expected, "expected must not be null");
    if (!known().equals(expected)) {
      fail("exactly " + show(expected));
    }
    return this;
  }

  /**
   * The time is from {@code minimum} to {@code limit}, both included.
   *
   * @param minimum the shortest expected time
   * @param limit the longest allowed time
   * @return this assertion, for chaining
   */
  public ServiceTimeAssert isBetween(Duration minimum, Duration limit) {
    return isAtLeast(minimum).isAtMost(limit);
  }

  private Duration known() {
    if (actual == null) {
      fail.accept("to know " + what + " (it is unknown: a start was not recorded)");
      throw new IllegalStateException("unreachable: the failure above throws");
    }
    return actual;
  }

  private void fail(String expectation) {
    fail.accept("to have " + what + " " + expectation + " (it was " + show(actual) + ")");
  }

  /**
   * A duration as the timeline prints it, with the exact ISO-8601 value added when the short form
   * cuts something off, so {@code 2d 3h (PT51H59M)} never reads as equal to {@code 2d 3h}.
   */
  static String show(Duration duration) {
    String text = Durations.format(duration);
    return isExact(duration) ? text : text + " (" + duration + ")";
  }

  private static boolean isExact(Duration duration) {
    if (duration.isNegative()) {
      return isExact(duration.negated());
    }
    if (duration.getNano() % 1_000_000 != 0) {
      return false;
    }
    long millis = duration.toMillis();
    long[] units = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
    for (int unit = 0; unit < units.length; unit++) {
      long amount = millis / units[unit];
      if (amount > 0) {
        long rest = millis % units[unit];
        return unit + 1 >= units.length || rest % units[unit + 1] == 0;
      }
    }
    return true;
  }
}
