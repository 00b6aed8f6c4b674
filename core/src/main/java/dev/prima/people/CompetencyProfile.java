package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.people.internal.Levels;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a staff member rates on each {@link Competency}, on the scale 1 (basic) to 5 (exemplary). A
 * factor that is left out was not assessed: {@link #level} reports {@value
 * CompetencyLevel#NOT_ASSESSED} for it, which meets no requirement. Immutable.
 *
 * <pre>{@code
 * CompetencyProfile profile = CompetencyProfile.builder().ethics(4).skills(3).build();
 * profile.gaps(role.requirements()); // [knowledge not assessed, needs 2]
 * }</pre>
 *
 * @param levels the assessed levels, in factor order; unmodifiable
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CompetencyProfile(Map<Competency, Integer> levels) {

  private static final CompetencyProfile NOT_ASSESSED = new CompetencyProfile(Map.of());

  /**
   * @param levels the assessed levels, each 1..5; factors left out were not assessed
   * @throws IllegalArgumentException when a level is not in 1..5
   */
  public CompetencyProfile {
    levels = Levels.copyOf("profile", levels);
  }

  /** {@return a profile with no factor assessed} */
  public static CompetencyProfile notAssessed() {
    return NOT_ASSESSED;
  }

  /**
   * {@return the given levels; leave out the factors that were not assessed}
   *
   * @param levels the assessed levels, each 1..5
   * @throws IllegalArgumentException when a level is not in 1..5
   */
  public static CompetencyProfile of(Map<Competency, Integer> levels) {
    return new CompetencyProfile(levels);
  }

  /** {@return a builder starting with nothing assessed} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the level of {@code competency}, 1..5, or 0 when it was not assessed}
   *
   * @param competency the factor
   */
  public int level(Competency competency) {
    Objects.requireNonNull(competency, "competency must not be null");
    return levels.getOrDefault(competency, CompetencyLevel.NOT_ASSESSED);
  }

  /**
   * {@return whether every required factor is at least at its minimum level}
   *
   * @param requirements the role's minimum levels
   */
  public boolean meets(CompetencyRequirements requirements) {
    return gaps(requirements).isEmpty();
  }

  /**
   * {@return the required factors this profile falls short in, in factor order; empty when it meets
   * all}
   *
   * @param requirements the role's minimum levels
   */
  public List<CompetencyGap> gaps(CompetencyRequirements requirements) {
    Objects.requireNonNull(requirements, "requirements must not be null");
    List<CompetencyGap> gaps = new ArrayList<>();
    requirements
        .levels()
        .forEach(
            (competency, minimum) -> {
              int actual = level(competency);
              if (actual < minimum) {
                gaps.add(new CompetencyGap(competency, minimum, actual));
              }
            });
    return List.copyOf(gaps);
  }

  @Override
  public String toString() {
    return "CompetencyProfile["
        + (levels.isEmpty() ? "not assessed" : Levels.format(levels, " "))
        + "]";
  }

  /** Collects levels; each setter rejects a level outside 1..5 at once. Not thread-safe. */
  public static final class Builder {

    private final EnumMap<Competency, Integer> levels = new EnumMap<>(Competency.class);

    private Builder() {}

    /**
     * Sets {@code competency} to {@code level}.
     *
     * @param competency the factor
     * @param level the level, 1..5
     * @return this builder
     * @throws IllegalArgumentException "{@code skills level must be between 1 (basic) and 5
     *     (exemplary), but was 6}"
     */
    public Builder level(Competency competency, int level) {
      Objects.requireNonNull(competency, "competency must not be null");
      levels.put(competency, CompetencyLevel.check(competency.id() + " level", level));
      return this;
    }

    /**
     * Sets {@link Competency#ETHICS}.
     *
     * @param level the level, 1..5
     * @return this builder
     */
    public Builder ethics(int level) {
      return level(Competency.ETHICS, level);
    }

    /**
     * Sets {@link Competency#PROFESSIONALISM}.
     *
     * @param level the level, 1..5
     * @return this builder
     */
    public Builder professionalism(int level) {
      return level(Competency.PROFESSIONALISM, level);
    }

    /**
     * Sets {@link Competency#EDUCATION} (formal and non-formal).
     *
     * @param level the level, 1..5
     * @return this builder
     */
    public Builder education(int level) {
      return level(Competency.EDUCATION, level);
    }

    /**
     * Sets {@link Competency#KNOWLEDGE}.
     *
     * @param level the level, 1..5
     * @return this builder
     */
    public Builder knowledge(int level) {
      return level(Competency.KNOWLEDGE, level);
    }

    /**
     * Sets {@link Competency#SKILLS}.
     *
     * @param level the level, 1..5
     * @return this builder
     */
    public Builder skills(int level) {
      return level(Competency.SKILLS, level);
    }

    /**
     * Sets {@link Competency#PERSONAL_QUALITY}.
     *
     * @param level the level, 1..5
     * @return this builder
     */
    public Builder personalQuality(int level) {
      return level(Competency.PERSONAL_QUALITY, level);
    }

    /**
     * Builds the profile.
     *
     * @return the profile; factors never set are not assessed
     */
    public CompetencyProfile build() {
      return new CompetencyProfile(levels);
    }
  }
}
