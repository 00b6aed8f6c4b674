package dev.prima.strategy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What limit a case went past. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum BreachKind {
  /** The case is still running past the standard's lead time. */
  LEAD_TIME,
  /** A touchpoint is still going on past its target. */
  TOUCHPOINT_TARGET,
  /**
   * A complaint is still unanswered past its deadline. The breach's id is {@code
   * COMPLAINT_DEADLINE:<complaint id>}, its process instance the complaint-handling process.
   */
  COMPLAINT_DEADLINE
}
