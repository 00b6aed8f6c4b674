package dev.prima.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One variant of a service: the sequence of touchpoints a number of cases went through.
 *
 * @param elementIds the BPMN element ids in the order the cases met them
 * @param moments the moment names of those elements, as first seen
 * @param cases how many cases took exactly this path
 * @param share {@code cases} as a fraction (0..1) of all cases of the {@link ServiceProfile}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ServicePath(List<String> elementIds, List<String> moments, int cases, double share) {

  /**
   * Checks that the path is consistent.
   *
   * @param elementIds at least one element id
   * @param moments one moment name per element id
   * @param cases at least 1
   * @param share in (0, 1]
   * @throws IllegalArgumentException when a value is out of range or the lists differ in length
   */
  public ServicePath {
    Objects.requireNonNull(elementIds, "elementIds must not be null");
    Objects.requireNonNull(moments, "moments must not be null");
    elementIds = List.copyOf(elementIds);
    moments = List.copyOf(moments);
    if (elementIds.isEmpty()) {
      throw new IllegalArgumentException("a path needs at least one element");
    }
    if (moments.size() != elementIds.size()) {
      throw new IllegalArgumentException(
          "each element needs one moment name, but there were "
              + elementIds.size()
              + " elements and "
              + moments.size()
              + " moments");
    }
    if (cases < 1) {
      throw new IllegalArgumentException("cases must be positive, but was " + cases);
    }
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in (0, 1], but was " + share);
    }
  }

  @Override
  public String toString() {
    return "ServicePath["
        + String.join(" > ", moments)
        + ", "
        + cases
        + (cases == 1 ? " case" : " cases")
        + String.format(Locale.ROOT, ", %.1f%%]", share * 100);
  }
}
