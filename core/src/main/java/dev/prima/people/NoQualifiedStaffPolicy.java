package dev.prima.people;

/**
 * What {@link CompetencyRouting} does with a task when nobody in its role meets the requirements.
 */
public enum NoQualifiedStaffPolicy {
  /** Offer it to the whole role (candidate group) anyway, so the work is not stuck. */
  LEAVE_TO_GROUP,
  /**
   * Offer it to the role's supervisor role; when the role declares none, offer it to the whole role
   * and say so in the reason.
   */
  ESCALATE_TO_SUPERVISOR
}
