package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The service, unit and period a group of responses belongs to. An empty string means the responses
 * did not give it (or, for the period, that {@link SurveyPeriod#ALL} was asked for).
 *
 * @param service the service, such as {@code KTP-el}, or empty
 * @param unit the service unit, or empty
 * @param period the period's label, such as {@code 2024-S1}, or empty
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SkmGroup(String service, String unit, String period) implements Comparable<SkmGroup> {

  private static final Comparator<SkmGroup> ORDER =
      Comparator.comparing(SkmGroup::service)
          .thenComparing(SkmGroup::unit)
          .thenComparing(SkmGroup::period);

  /**
   * Checks that no part is {@code null}.
   *
   * @param service the service, or empty; not null
   * @param unit the service unit, or empty; not null
   * @param period the period's label, or empty; not null
   */
  public SkmGroup {
    Objects.requireNonNull(service, "service must not be null (use \"\" for none)");
    Objects.requireNonNull(unit, "unit must not be null (use \"\" for none)");
    Objects.requireNonNull(period, "period must not be null (use \"\" for none)");
  }

  /**
   * {@return the group with the given parts; {@code null} counts as not given}
   *
   * @param service the service, or {@code null}
   * @param unit the service unit, or {@code null}
   * @param period the period's label, or {@code null}
   */
  public static SkmGroup of(String service, String unit, String period) {
    return new SkmGroup(
        service == null ? "" : service, unit == null ? "" : unit, period == null ? "" : period);
  }

  /**
   * {@return the group of a response under the given period} Undated responses get an empty period.
   *
   * @param response the response whose respondent gives the service, unit and date
   * @param period how to group the date
   */
  public static SkmGroup of(SkmResponse response, SurveyPeriod period) {
    SkmRespondent respondent = response.respondent();
    return of(
        respondent.service(),
        respondent.unit(),
        respondent.date() == null ? "" : period.label(respondent.date()));
  }

  /** By service, then unit, then period. */
  @Override
  public int compareTo(SkmGroup other) {
    return ORDER.compare(this, other);
  }

  /** {@code service KTP-el, unit Kecamatan Coblong, period 2024-S1}; absent parts are named so. */
  @Override
  public String toString() {
    return "service "
        + (service.isEmpty() ? "(not given)" : service)
        + ", unit "
        + (unit.isEmpty() ? "(not given)" : unit)
        + ", period "
        + (period.isEmpty() ? "(all)" : period);
  }
}
