package dev.prima.touchpoint;

import static org.apiguardian.api.API.Status.MAINTAINED;

import org.apiguardian.api.API;

/** How a touchpoint ended, or {@link #ACTIVE} while it has not. */
@API(status = MAINTAINED, since = "0.1.0")
public enum Outcome {
  /** Still going on: the citizen is at this moment now. */
  ACTIVE,
  /** Left normally. */
  COMPLETED,
  /** Cut short by an interrupting boundary or event sub-process event (a deadline, a message). */
  INTERRUPTED,
  /** Ended because the case was cancelled or deleted. */
  CANCELLED,
  /** Ended because the citizen withdrew the case. */
  WITHDRAWN
}
