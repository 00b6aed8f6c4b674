package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The scale on which every {@link Competency} is rated and required: 1 basic to 5 exemplary.
 * Profiles and requirements hold levels as plain {@code int}s; this enum names them and {@link
 * #check} is the one place that validates them. Level {@value #NOT_ASSESSED} is not on the scale:
 * it is what a {@link CompetencyProfile} reports for a factor nobody has rated.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum CompetencyLevel {
  /** 1: knows the basics, needs guidance. */
  BASIC,
  /** 2: works with some guidance. */
  DEVELOPING,
  /** 3: works independently to the standard. */
  PROFICIENT,
  /** 4: handles difficult cases, guides others. */
  ADVANCED,
  /** 5: a model for others, improves the service. */
  EXEMPLARY;

  /** The level a profile reports for a factor that was not assessed. */
  public static final int NOT_ASSESSED = 0;

  /** The lowest level on the scale. */
  public static final int MIN = 1;

  /** The highest level on the scale. */
  public static final int MAX = 5;

  /** {@return the level as a number, 1..5} */
  public int value() {
    return ordinal() + 1;
  }

  /**
   * {@return the named level for a number}
   *
   * @param value the level, 1..5
   * @throws IllegalArgumentException when {@code value} is not in 1..5
   */
  public static CompetencyLevel of(int value) {
    return values()[check("level", value) - 1];
  }

  /**
   * {@return {@code level} when it is on the scale 1..5}
   *
   * @param what names the value in the message, e.g. {@code "skills level"}
   * @param level the number to check
   * @throws IllegalArgumentException "{@code skills level must be between 1 (basic) and 5
   *     (exemplary), but was 6}"
   */
  public static int check(String what, int level) {
    Objects.requireNonNull(what, "what must not be null");
    if (level < MIN || level > MAX) {
      throw new IllegalArgumentException(
          what + " must be between 1 (basic) and 5 (exemplary), but was " + level);
    }
    return level;
  }

  @Override
  public String toString() {
    return value() + " (" + name().toLowerCase(Locale.ROOT) + ")";
  }
}
