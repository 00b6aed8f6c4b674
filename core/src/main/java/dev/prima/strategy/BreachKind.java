package dev.prima.strategy;

/** What limit a case went past. */
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
