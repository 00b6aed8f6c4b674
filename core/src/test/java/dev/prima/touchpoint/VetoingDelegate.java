package dev.prima.touchpoint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * While {@link #veto} is set, registers a COMMITTING listener that vetoes the commit, as plugins
 * and delegates do: it runs after every listener registered before it. Also used by the integration
 * tests (core's test jar).
 */
public class VetoingDelegate implements JavaDelegate {
  public static final String MESSAGE = "commit vetoed by a late COMMITTING listener";
  public static volatile boolean veto;

  @Override
  public void execute(DelegateExecution execution) {
    if (veto) {
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
