package dev.prima.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.journey.internal.ProfileTally;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
    ProfileTally tally = new ProfileTally(processDefinitionKey);
    for (ServiceCycle cycle : cycles) {
      tally.add(cycle);
    }
    return tally.profile();
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
