package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What {@link Exits#abandonIdleCases} does with a case the citizen has left waiting too long. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum AbandonPolicy {
  /** Records the exit ("Case abandoned") and leaves the case running. */
  FLAG,
  /**
   * Records the exit and ends the case with delete reason {@code withdrawn: abandoned}, so its
   * active touchpoints end {@link dev.prima.touchpoint.Outcome#WITHDRAWN}.
   */
  CLOSE
}
