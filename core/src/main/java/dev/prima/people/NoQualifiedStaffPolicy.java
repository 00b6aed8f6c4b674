package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What {@link CompetencyRouting} does with a task when nobody in its role meets the requirements.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum NoQualifiedStaffPolicy {
  /** Offer it to the whole role (candidate group) anyway, so the work is not stuck. */
  LEAVE_TO_GROUP,
  /**
   * Offer it to the role's supervisor role; when the role declares none, offer it to the whole role
   * and say so in the reason.
   */
  ESCALATE_TO_SUPERVISOR
}
