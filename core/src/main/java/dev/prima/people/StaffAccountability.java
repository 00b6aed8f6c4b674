package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.internal.DurationPercentile;
import dev.prima.touchpoint.Touchpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * What one staff member was accountable for in a set of touchpoints: how many they served, how long
 * they took, and how often they met the touchpoint's target.
 *
 * <p>Only touchpoints that have ended with a known duration are judged against their target: one
 * still active is not (yet) counted in {@code withTarget} or {@code targetsMet}. A target is met
 * when the duration is at most the target.
 *
 * @param staffId the user id that served ({@link Touchpoint#userId()})
 * @param name the name the directory gives, or {@code null} when it does not know the user
 * @param served the touchpoints served, active ones included
 * @param medianHandlingTime the median duration of the ended ones, or {@code null} when none ended
 * @param withTarget the ended touchpoints that had a target
 * @param targetsMet how many of those ended within their target
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record StaffAccountability(
    String staffId,
    String name,
    int served,
    Duration medianHandlingTime,
    int withTarget,
    int targetsMet) {

  /**
   * @param staffId the user id
   * @param name the name, or {@code null}
   * @param served the touchpoints served; not negative
   * @param medianHandlingTime the median duration, or {@code null}; not negative
   * @param withTarget the ended touchpoints with a target; at most {@code served}
   * @param targetsMet the targets met; at most {@code withTarget}
   * @throws IllegalArgumentException when the counts are negative or inconsistent
   */
  public StaffAccountability {
    if (staffId == null || staffId.isBlank()) {
      throw new IllegalArgumentException(
          "staffId must not be blank, but was " + (staffId == null ? "null" : "'" + staffId + "'"));
    }
    if (served < 0) {
      throw new IllegalArgumentException("served must not be negative, but was " + served);
    }
    if (withTarget < 0 || withTarget > served) {
      throw new IllegalArgumentException(
          "withTarget must be between 0 and served (" + served + "), but was " + withTarget);
    }
    if (targetsMet < 0 || targetsMet > withTarget) {
      throw new IllegalArgumentException(
          "targetsMet must be between 0 and withTarget ("
              + withTarget
              + "), but was "
              + targetsMet);
    }
    if (medianHandlingTime != null && medianHandlingTime.isNegative()) {
      throw new IllegalArgumentException(
          "medianHandlingTime must not be negative, but was " + medianHandlingTime);
    }
  }

  /**
   * {@return the accountability of every user who served one of {@code touchpoints}, sorted by
   * staff id} Touchpoints without a user are ignored.
   *
   * @param directory gives the names; users it does not know get a {@code null} name
   * @param touchpoints the touchpoints to judge
   */
  public static List<StaffAccountability> from(
      Collection<Touchpoint> touchpoints, StaffDirectory directory) {
    Objects.requireNonNull(touchpoints, "touchpoints must not be null");
    Objects.requireNonNull(directory, "directory must not be null");
    Map<String, List<Touchpoint>> byStaff = new TreeMap<>();
    for (Touchpoint touchpoint : touchpoints) {
      String userId = touchpoint.userId();
      if (userId != null && !userId.isBlank()) {
        byStaff.computeIfAbsent(userId, id -> new ArrayList<>()).add(touchpoint);
      }
    }
    List<StaffAccountability> result = new ArrayList<>();
    byStaff.forEach(
        (staffId, served) -> {
          List<Duration> durations = new ArrayList<>();
          int withTarget = 0;
          int met = 0;
          for (Touchpoint touchpoint : served) {
            Duration duration = touchpoint.duration().orElse(null);
            if (duration == null) {
              continue;
            }
            durations.add(duration);
            if (touchpoint.target() != null) {
              withTarget++;
              if (duration.compareTo(touchpoint.target()) <= 0) {
                met++;
              }
            }
          }
          String name = directory.find(staffId).map(StaffMember::name).orElse(null);
          result.add(
              new StaffAccountability(
                  staffId,
                  name,
                  served.size(),
                  DurationPercentile.median(durations),
                  withTarget,
                  met));
        });
    return List.copyOf(result);
  }

  /** {@return the share of targets met, 0..1; empty when no ended touchpoint had a target} */
  public OptionalDouble shareMet() {
    return withTarget == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) targetsMet / withTarget);
  }

  @Override
  public String toString() {
    return "StaffAccountability["
        + staffId
        + (name == null ? "" : " '" + name + "'")
        + " served "
        + served
        + (medianHandlingTime == null ? "" : ", median " + medianHandlingTime)
        + (withTarget == 0 ? "" : ", met " + targetsMet + " of " + withTarget + " targets")
        + "]";
  }
}
