package dev.prima.engine.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Thin hook on a process instance's end (built in, so it runs on deletion with custom listeners
 * skipped too): a top-level instance's end has its case's summary written in the same transaction.
 */
final class CaseEndListener implements ExecutionListener {

  static final CaseEndListener INSTANCE = new CaseEndListener();

  private CaseEndListener() {}

  @Override
  public void notify(DelegateExecution execution) {
    ExecutionEntity instance = ((ExecutionEntity) execution).getProcessInstance();
    if (instance.getSuperExecutionId() == null) {
      TouchpointSession.current().caseEnded(Cases.caseKey(instance));
    }
  }
}
