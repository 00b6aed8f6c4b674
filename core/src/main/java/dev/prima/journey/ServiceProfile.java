package dev.prima.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.internal.DurationPercentile;
import dev.prima.touchpoint.Touchpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One service (a process definition key) over a set of cases: which paths citizens took, how long
 * each touchpoint took them and how long the whole service took. Built with {@link #of(String,
 * Collection)}.
 *
 * <p>Medians and 90th percentiles are interpolated linearly between the two nearest values (as
 * Excel's PERCENTILE.INC): the median of 1..10 minutes is 5.5 minutes, its 90th percentile 9.1
 * minutes.
 *
 * @param processDefinitionKey the service
 * @param cases how many cases the profile covers
 * @param paths every path taken, most frequent first; equally frequent paths in lexicographic order
 *     of their element ids
 * @param touchpoints statistics per BPMN element, in the order of the most common path, then the
 *     remaining elements by id
 * @param leadTimes lead times of the finished cases
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ServiceProfile(
    String processDefinitionKey,
    int cases,
    List<ServicePath> paths,
    List<TouchpointStats> touchpoints,
    LeadTimes leadTimes) {

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

  /**
   * Checks that the profile is consistent; prefer {@link #of(String, Collection)}, which computes
   * it.
   *
   * @param processDefinitionKey the service; not null
   * @param cases at least 1
   * @param paths the paths; their cases add up to {@code cases}
   * @param touchpoints the statistics per element
   * @param leadTimes the lead times; at most {@code cases} finished cases
   * @throws IllegalArgumentException when the figures contradict each other
   */
  public ServiceProfile {
    Objects.requireNonNull(processDefinitionKey, "processDefinitionKey must not be null");
    Objects.requireNonNull(paths, "paths must not be null");
    Objects.requireNonNull(touchpoints, "touchpoints must not be null");
    Objects.requireNonNull(leadTimes, "leadTimes must not be null");
    paths = List.copyOf(paths);
    touchpoints = List.copyOf(touchpoints);
    if (cases < 1) {
      throw new IllegalArgumentException(
          "a service profile needs at least one case, but "
              + processDefinitionKey
              + " had "
              + cases);
    }
    int casesOnPaths = paths.stream().mapToInt(ServicePath::cases).sum();
    if (casesOnPaths != cases) {
      throw new IllegalArgumentException(
          "every case must take exactly one path, but "
              + processDefinitionKey
              + " has "
              + cases
              + " cases and "
              + casesOnPaths
              + " on its paths");
    }
    if (leadTimes.cases() > cases) {
      throw new IllegalArgumentException(
          "finished cases cannot outnumber cases, but were "
              + leadTimes.cases()
              + " of "
              + cases
              + " for "
              + processDefinitionKey);
    }
  }

  /**
   * {@return the profile of a service over the given cycles of service, one per case}
   *
   * <p>Which cases belong to the service is the caller's choice (a case's touchpoints may come from
   * called processes with other keys). Lead times count only cycles with an {@linkplain
   * ServiceCycle#end() end}; touchpoint durations only ended touchpoints with a known start.
   *
   * @param processDefinitionKey the service
   * @param cycles the cycles of service, one per case; at least one
   * @throws IllegalArgumentException if {@code cycles} is empty or holds a case twice
   * @throws NullPointerException if an argument or a cycle is null
   */
  public static ServiceProfile of(String processDefinitionKey, Collection<ServiceCycle> cycles) {
    Objects.requireNonNull(processDefinitionKey, "processDefinitionKey must not be null");
    Objects.requireNonNull(cycles, "cycles must not be null");
    if (cycles.isEmpty()) {
      throw new IllegalArgumentException(
          "cycles must not be empty: a profile of " + processDefinitionKey + " needs cases");
    }
    Set<String> caseIds = new HashSet<>();
    for (ServiceCycle cycle : cycles) {
      Objects.requireNonNull(cycle, "cycles must not contain null");
      if (!caseIds.add(cycle.caseId())) {
        throw new IllegalArgumentException(
            "each case must occur once, but case "
                + cycle.caseId()
                + " occurs twice in the profile of "
                + processDefinitionKey);
      }
    }
    List<ServicePath> paths = paths(cycles);
    return new ServiceProfile(
        processDefinitionKey,
        cycles.size(),
        paths,
        touchpointStats(cycles, paths.get(0)),
        leadTimes(cycles));
  }

  private static List<ServicePath> paths(Collection<ServiceCycle> cycles) {
    Map<List<String>, List<String>> momentsByPath = new LinkedHashMap<>();
    Map<List<String>, Integer> casesByPath = new LinkedHashMap<>();
    for (ServiceCycle cycle : cycles) {
      List<String> elementIds = cycle.elementIds();
      momentsByPath.putIfAbsent(elementIds, cycle.momentNames());
      casesByPath.merge(elementIds, 1, Integer::sum);
    }
    List<ServicePath> paths = new ArrayList<>(casesByPath.size());
    casesByPath.forEach(
        (elementIds, count) ->
            paths.add(
                new ServicePath(
                    elementIds,
                    momentsByPath.get(elementIds),
                    count,
                    (double) count / cycles.size())));
    paths.sort(
        Comparator.comparingInt(ServicePath::cases)
            .reversed()
            .thenComparing(ServicePath::elementIds, LEXICOGRAPHIC));
    return paths;
  }

  private static List<TouchpointStats> touchpointStats(
      Collection<ServiceCycle> cycles, ServicePath mostCommon) {
    Map<String, String> momentByElement = new LinkedHashMap<>();
    Map<String, Integer> countByElement = new LinkedHashMap<>();
    Map<String, List<Duration>> durationsByElement = new LinkedHashMap<>();
    for (ServiceCycle cycle : cycles) {
      for (Moment moment : cycle.moments()) {
        Touchpoint touchpoint = moment.touchpoint();
        String elementId = touchpoint.elementId();
        momentByElement.putIfAbsent(elementId, touchpoint.moment());
        countByElement.merge(elementId, 1, Integer::sum);
        List<Duration> durations =
            durationsByElement.computeIfAbsent(elementId, e -> new ArrayList<>());
        touchpoint.duration().ifPresent(durations::add);
      }
    }
    List<String> order = new ArrayList<>(momentByElement.keySet());
    order.sort(
        Comparator.comparingInt(
                (String elementId) -> {
                  int index = mostCommon.elementIds().indexOf(elementId);
                  return index < 0 ? Integer.MAX_VALUE : index;
                })
            .thenComparing(Comparator.naturalOrder()));
    List<TouchpointStats> stats = new ArrayList<>(order.size());
    for (String elementId : order) {
      List<Duration> durations = durationsByElement.get(elementId);
      stats.add(
          new TouchpointStats(
              elementId,
              momentByElement.get(elementId),
              countByElement.get(elementId),
              DurationPercentile.median(durations),
              DurationPercentile.of(90, durations)));
    }
    return stats;
  }

  private static LeadTimes leadTimes(Collection<ServiceCycle> cycles) {
    List<Duration> leadTimes =
        cycles.stream()
            .filter(cycle -> cycle.end() != null && cycle.leadTime() != null)
            .map(ServiceCycle::leadTime)
            .toList();
    return new LeadTimes(
        leadTimes.size(),
        DurationPercentile.median(leadTimes),
        DurationPercentile.of(90, leadTimes));
  }

  /**
   * {@return the path most cases took; when several are equally frequent, the one whose element ids
   * come first lexicographically}
   */
  public ServicePath mostCommonPath() {
    return paths.get(0);
  }

  @Override
  public String toString() {
    return "ServiceProfile["
        + processDefinitionKey
        + ", "
        + cases
        + (cases == 1 ? " case" : " cases")
        + ", "
        + paths.size()
        + (paths.size() == 1 ? " path" : " paths")
        + ", "
        + leadTimes
        + "]";
  }
}
