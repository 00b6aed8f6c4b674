package dev.prima.it;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * A delegate that, while {@link #on} is set, registers a COMMITTING listener that vetoes the
 * commit, as plugins and delegates do. It runs after every listener registered before it.
 */
public class Veto implements JavaDelegate {
  static final String MESSAGE = "commit vetoed by a late COMMITTING listener";
  static volatile boolean on;

  @Override
  public void execute(DelegateExecution execution) {
    if (on) {
      Context.getCommandContext()
          .getTransactionContext()
          .addTransactionListener(
              TransactionState.COMMITTING,
              context -> {
                throw new IllegalStateException(MESSAGE);
              });
    }
  }
}
