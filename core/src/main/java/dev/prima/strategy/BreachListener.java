package dev.prima.strategy;

/**
 * Told of each breach after the transaction that recorded it has committed, on the thread that ran
 * the timer job (a job executor thread, or the caller of {@code ManagementService.executeJob}). A
 * listener that throws is logged and skipped. Use it, for example, to notify a supervisor role.
 */
@FunctionalInterface
public interface BreachListener {

  /**
   * Called once per breach, after commit.
   *
   * @param breach the recorded breach
   */
  void onBreach(Breach breach);
}
