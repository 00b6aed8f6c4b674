package dev.prima.people.internal;

import dev.prima.people.Competency;
import dev.prima.people.CompetencyLevel;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Validated, unmodifiable copies of levels per competency (profiles and requirements). */
public final class Levels {

  private Levels() {}

  /** An unmodifiable EnumMap copy; every key non-null and every level on the 1..5 scale. */
  public static Map<Competency, Integer> copyOf(String what, Map<Competency, Integer> levels) {
    Objects.requireNonNull(levels, what + " must not be null");
    EnumMap<Competency, Integer> copy = new EnumMap<>(Competency.class);
    levels.forEach(
        (competency, level) -> {
          if (competency == null) {
            throw new IllegalArgumentException(what + " must not have a null competency");
          }
          if (level == null) {
            throw new IllegalArgumentException(
                competency.id() + " level must not be null; leave the factor out instead");
          }
          copy.put(competency, CompetencyLevel.check(competency.id() + " level", level));
        });
    return Collections.unmodifiableMap(copy);
  }

  /** {@code ethics 4, skills 3} in factor order, with {@code separator} between name and level. */
  public static String format(Map<Competency, Integer> levels, String separator) {
    return levels.entrySet().stream()
        .map(e -> e.getKey().id() + separator + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
