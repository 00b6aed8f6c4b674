package dev.prima.benchmarks;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Runs instances of {@link ServiceModel} to their end on one engine, from the calling thread. */
final class ServiceDriver {

  private static final String OFFICER = "officer";

  private final RuntimeService runtime;
  private final TaskService tasks;

  ServiceDriver(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
  }

  /**
   * Starts {@code instances} instances with business keys {@code prefix-0, prefix-1, ...} and has
   * an officer claim, then complete, each one's user tasks, as a tasklist does (the claim is its
   * own command, which Prima records as the moment the officer began to serve).
   *
   * @return the throughput in instances per second
   */
  double run(String prefix, int instances) {
    long start = System.nanoTime();
    for (int i = 0; i < instances; i++) {
      runOne(prefix + "-" + i);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long running = runtime.createProcessInstanceQuery().count();
    if (running != 0) {
      throw new IllegalStateException(running + " instances did not run to their end");
    }
    return instances / seconds;
  }

  private void runOne(String businessKey) {
    String id = runtime.startProcessInstanceByKey(ServiceModel.KEY, businessKey).getId();
    for (int step = 0; step < ServiceModel.USER_TASKS; step++) {
      Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
      tasks.claim(task.getId(), OFFICER);
      tasks.complete(task.getId());
    }
  }
}
