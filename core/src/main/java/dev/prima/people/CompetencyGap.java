package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One factor in which a profile falls short of a requirement.
 *
 * @param competency the factor
 * @param required the minimum level, 1..5
 * @param actual the profile's level, 0 (not assessed) up to {@code required - 1}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CompetencyGap(Competency competency, int required, int actual) {

  /**
   * Checks that {@code actual} really falls short of {@code required}.
   *
   * @param competency the factor; not null
   * @param required the minimum level, 1..5
   * @param actual the profile's level, 0 up to {@code required - 1}
   * @throws IllegalArgumentException when a level is out of range
   */
  public CompetencyGap {
    Objects.requireNonNull(competency, "competency must not be null");
    CompetencyLevel.check("required " + competency.id() + " level", required);
    if (actual < CompetencyLevel.NOT_ASSESSED || actual >= required) {
      throw new IllegalArgumentException(
          "actual "
              + competency.id()
              + " level must be between 0 (not assessed) and "
              + (required - 1)
              + ", but was "
              + actual);
    }
  }

  /** {@return how many levels are missing, at least 1} */
  public int shortfall() {
    return required - actual;
  }

  /** {@code skills at 2, needs 3} or {@code ethics not assessed, needs 2}. */
  @Override
  public String toString() {
    return competency.id()
        + (actual == CompetencyLevel.NOT_ASSESSED ? " not assessed" : " at " + actual)
        + ", needs "
        + required;
  }
}
