package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** The people side of the service triangle: roles, staff and their accountability view. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface People {

  /** {@return the declared frontline roles; empty when none were declared} */
  FrontlineRoles roles();

  /** {@return the staff directory, when one was given} */
  Optional<StaffDirectory> staff();

  /**
   * Per staff member, over the touchpoints offered to a role (tasks) that started in {@code [from,
   * to)}, the citizen's own steps (customer lane) aside: touchpoints served, median handling time
   * and targets met; sorted by staff id.
   *
   * @param from the start of the period, inclusive
   * @param to the end of the period, exclusive
   * @return one entry per staff member who served in the period
   */
  List<StaffAccountability> accountability(Instant from, Instant to);
}
