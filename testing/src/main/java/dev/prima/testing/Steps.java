package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Factories for scenario steps, made to be imported statically.
 *
 * <pre>{@code
 * import static dev.prima.testing.Steps.*;
 *
 * application
 *     .then(staff("siti").completes("Verify documents").after(Duration.ofMinutes(20)))
 *     .then(waits(Duration.ofDays(1)));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Steps {

  private Steps() {}

  /**
   * {@return a staff member by user id}
   *
   * @param userId the staff member's user id
   */
  public static Actor staff(String userId) {
    return Actor.staff(userId);
  }

  /**
   * {@return a citizen by user id}
   *
   * @param userId the citizen's user id
   */
  public static Actor citizen(String userId) {
    return Actor.citizen(userId);
  }

  /**
   * Time passes: the test clock moves forward by {@code duration} and every job that comes due on
   * the way runs (see {@link TestClock#advanceAndRunDueJobs(Duration)}).
   *
   * @param duration how much time passes; not negative
   * @return the step
   */
  public static Step waits(Duration duration) {
    Objects.requireNonNull(duration, "duration must not be null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, but was " + duration);
    }
    return serviceCase -> serviceCase.clock().advanceAndRunDueJobs(duration);
  }
}
