package dev.prima.engine.internal;

import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/** The case an execution belongs to: the top-level process instance and its business key. */
final class Cases {
  private Cases() {}

  static ExecutionEntity root(ExecutionEntity execution) {
    ExecutionEntity root = execution.getProcessInstance();
    while (root.getSuperExecutionId() != null) {
      root = root.getSuperExecution().getProcessInstance();
    }
    return root;
  }

  static String caseKey(ExecutionEntity root) {
    return root.getBusinessKey() != null ? root.getBusinessKey() : root.getId();
  }
}
