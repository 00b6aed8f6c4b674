package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.people.internal.Levels;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Minimum levels (1..5) per {@link Competency} that a {@link FrontlineRole} asks of its staff. A
 * factor that is left out is not required. Immutable.
 *
 * <pre>{@code
 * CompetencyRequirements.none().with(Competency.SKILLS, 3).with(Competency.ETHICS, 2)
 * }</pre>
 *
 * @param levels the minimum level per required factor, in factor order; unmodifiable
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CompetencyRequirements(Map<Competency, Integer> levels) {

  private static final CompetencyRequirements NONE = new CompetencyRequirements(Map.of());

  /**
   * @param levels the minimum levels, each 1..5; factors left out are not required
   * @throws IllegalArgumentException when a level is not in 1..5
   */
  public CompetencyRequirements {
    levels = Levels.copyOf("requirements", levels);
  }

  /**
   * Nothing required.
   *
   * @return the requirements of a role that requires nothing
   */
  public static CompetencyRequirements none() {
    return NONE;
  }

  /**
   * {@return the given minimum levels}
   *
   * @param levels the minimum levels, each 1..5
   * @throws IllegalArgumentException when a level is not in 1..5
   */
  public static CompetencyRequirements of(Map<Competency, Integer> levels) {
    return new CompetencyRequirements(levels);
  }

  /**
   * These requirements with {@code competency} at least {@code level} (replacing an earlier minimum
   * for it).
   *
   * @param competency the factor
   * @param level the minimum level, 1..5
   * @return new requirements; these are left unchanged
   * @throws IllegalArgumentException when {@code level} is not in 1..5
   */
  public CompetencyRequirements with(Competency competency, int level) {
    Objects.requireNonNull(competency, "competency must not be null");
    EnumMap<Competency, Integer> copy = new EnumMap<>(Competency.class);
    copy.putAll(levels);
    copy.put(competency, CompetencyLevel.check(competency.id() + " level", level));
    return new CompetencyRequirements(copy);
  }

  /**
   * {@return the minimum level for {@code competency}, 0 when it is not required}
   *
   * @param competency the factor
   */
  public int minimum(Competency competency) {
    Objects.requireNonNull(competency, "competency must not be null");
    return levels.getOrDefault(competency, 0);
  }

  /** {@return whether nothing is required} */
  public boolean isEmpty() {
    return levels.isEmpty();
  }

  /**
   * {@code skills >= 3, ethics >= 2}, or {@code none}.
   *
   * @return the requirements as short text, for messages and logs
   */
  public String describe() {
    return levels.isEmpty() ? "none" : Levels.format(levels, " >= ");
  }

  @Override
  public String toString() {
    return "CompetencyRequirements[" + describe() + "]";
  }
}
