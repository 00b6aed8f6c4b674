package dev.prima.journey.internal;

import dev.prima.touchpoint.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Puts the touchpoints of one case in the order the citizen lived them. */
public final class Chronology {

  private Chronology() {}

  /** By start, then sequence; one without a start before the first timed one of higher sequence. */
  public static List<Touchpoint> order(List<Touchpoint> touchpoints) {
    List<Touchpoint> timed = new ArrayList<>();
    List<Touchpoint> untimed = new ArrayList<>();
    for (Touchpoint touchpoint : touchpoints) {
      (touchpoint.start() == null ? untimed : timed).add(touchpoint);
    }
    timed.sort(
        Comparator.comparing(Touchpoint::start, Comparator.<Instant>naturalOrder())
            .thenComparingLong(Touchpoint::sequence)
            .thenComparing(Touchpoint::id));
    untimed.sort(Comparator.comparingLong(Touchpoint::sequence).thenComparing(Touchpoint::id));

    List<Touchpoint> ordered = new ArrayList<>(touchpoints.size());
    int next = 0;
    for (Touchpoint touchpoint : timed) {
      while (next < untimed.size() && untimed.get(next).sequence() < touchpoint.sequence()) {
        ordered.add(untimed.get(next++));
      }
      ordered.add(touchpoint);
    }
    ordered.addAll(untimed.subList(next, untimed.size()));
    return ordered;
  }
}
