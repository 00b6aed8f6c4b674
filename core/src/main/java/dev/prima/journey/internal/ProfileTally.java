package dev.prima.journey.internal;

import dev.prima.internal.DurationPercentile;
import dev.prima.journey.LeadTimes;
import dev.prima.journey.Moment;
import dev.prima.journey.ServiceCycle;
import dev.prima.journey.ServicePath;
import dev.prima.journey.ServiceProfile;
import dev.prima.journey.TouchpointStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counts a service's cases into its {@link ServiceProfile}, one case at a time in the order given:
 * the first case of a path names its moments, the first moment of an element names it. {@link
 * ServiceProfile#of} counts its cycles here; a profile read from case summaries counts their
 * touchpoints here without building cycles.
 */
public final class ProfileTally {

  private static final Comparator<List<String>> LEXICOGRAPHIC =
      (left, right) -> {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
          int compared = left.get(i).compareTo(right.get(i));
          if (compared != 0) {
            return compared;
          }
        }
        return Integer.compare(left.size(), right.size());
      };

  private final String processDefinitionKey;
  private final Set<String> caseIds = new HashSet<>();
  private final Map<List<String>, List<String>> momentsByPath = new LinkedHashMap<>();
  private final Map<List<String>, Integer> casesByPath = new LinkedHashMap<>();
  private final Map<String, Element> elements = new LinkedHashMap<>();
  private final List<Duration> leadTimes = new ArrayList<>();

  /** One element's first moment name, count and known durations. */
  private static final class Element {
    final String moment;
    int count;
    final List<Duration> durations = new ArrayList<>();

    Element(String moment) {
      this.moment = moment;
    }
  }

  public ProfileTally(String processDefinitionKey) {
    this.processDefinitionKey =
        Objects.requireNonNull(processDefinitionKey, "processDefinitionKey must not be null");
  }

  /**
   * Counts one case.
   *
   * @param caseId the case; each once
   * @param elementIds its moments' elements in cycle order: its path
   * @param moments its moments' names, one per element id
   * @param durations its moments' durations, one per element id, {@code null} where unknown
   * @param leadTime its lead time when it counts (a finished case with an end), else {@code null}
   * @throws IllegalArgumentException when the case was counted already
   */
  public void add(
      String caseId,
      List<String> elementIds,
      List<String> moments,
      List<Duration> durations,
      Duration leadTime) {
    if (!caseIds.add(caseId)) {
      throw new IllegalArgumentException(
          "each case must occur once, but case "
              + caseId
              + " occurs twice in the profile of "
              + processDefinitionKey);
    }
    momentsByPath.putIfAbsent(elementIds, moments);
    casesByPath.merge(elementIds, 1, Integer::sum);
    for (int i = 0; i < elementIds.size(); i++) {
      Element element = elements.get(elementIds.get(i));
      if (element == null) {
        element = new Element(moments.get(i));
        elements.put(elementIds.get(i), element);
      }
      element.count++;
      if (durations.get(i) != null) {
        element.durations.add(durations.get(i));
      }
    }
    if (leadTime != null) {
      leadTimes.add(leadTime);
    }
  }

  /** Counts one case's cycle: durations of its ended moments, its lead time when it has an end. */
  public void add(ServiceCycle cycle) {
    Objects.requireNonNull(cycle, "cycles must not contain null");
    List<Duration> durations = new ArrayList<>(cycle.moments().size());
    for (Moment moment : cycle.moments()) {
      durations.add(moment.touchpoint().duration().orElse(null));
    }
    add(
        cycle.caseId(),
        cycle.elementIds(),
        cycle.momentNames(),
        durations,
        cycle.end() != null ? cycle.leadTime() : null);
  }

  /** {@return how many cases were counted} */
  public int cases() {
    return caseIds.size();
  }

  /**
   * {@return the profile of the cases counted}
   *
   * @throws IllegalArgumentException when no case was counted
   */
  public ServiceProfile profile() {
    if (caseIds.isEmpty()) {
      throw new IllegalArgumentException(
          "cycles must not be empty: a profile of " + processDefinitionKey + " needs cases");
    }
    int cases = caseIds.size();
    List<ServicePath> paths = new ArrayList<>(casesByPath.size());
    casesByPath.forEach(
        (elementIds, count) ->
            paths.add(
                new ServicePath(
                    elementIds, momentsByPath.get(elementIds), count, (double) count / cases)));
    paths.sort(
        Comparator.comparingInt(ServicePath::cases)
            .reversed()
            .thenComparing(ServicePath::elementIds, LEXICOGRAPHIC));
    List<String> mostCommon = paths.get(0).elementIds();
    List<String> order = new ArrayList<>(elements.keySet());
    order.sort(
        Comparator.comparingInt(
                (String elementId) -> {
                  int index = mostCommon.indexOf(elementId);
                  return index < 0 ? Integer.MAX_VALUE : index;
                })
            .thenComparing(Comparator.naturalOrder()));
    List<TouchpointStats> stats = new ArrayList<>(order.size());
    for (String elementId : order) {
      Element element = elements.get(elementId);
      stats.add(
          new TouchpointStats(
              elementId,
              element.moment,
              element.count,
              DurationPercentile.median(element.durations),
              DurationPercentile.of(90, element.durations)));
    }
    return new ServiceProfile(
        processDefinitionKey,
        cases,
        paths,
        stats,
        new LeadTimes(
            leadTimes.size(),
            DurationPercentile.median(leadTimes),
            DurationPercentile.of(90, leadTimes)));
  }
}
