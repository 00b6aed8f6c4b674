package dev.prima.it;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Fails the first attempt of each job, as a registry that is briefly down would: a job starts with
 * 3 retries and the failed attempt leaves 2, so its retry succeeds.
 */
public class FailsFirstAttempt implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    JobEntity job = Context.getCommandContext().getCurrentJob();
    if (job != null && job.getRetries() == 3) {
      throw new IllegalStateException("registry unavailable (first attempt of every job)");
    }
  }
}
