package dev.prima.strategy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Told of each breach after the transaction that recorded it has committed, on the thread that ran
 * the timer job (a job executor thread, or the caller of {@code ManagementService.executeJob}). A
 * listener that throws is logged and skipped. Use it, for example, to notify a supervisor role.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface BreachListener {

  /**
   * Called once per breach, after commit.
   *
   * @param breach the recorded breach
   */
  void onBreach(Breach breach);
}
