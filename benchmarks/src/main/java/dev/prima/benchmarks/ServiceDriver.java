package dev.prima.benchmarks;

import java.lang.management.ManagementFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Runs instances of {@link ServiceModel} to their end on one engine, on a thread of its own named
 * after the engine and scenario, so that a profiler (JFR) attributes each sample to its engine, and
 * the thread's own CPU time and allocation can be told apart from the other engines'.
 */
final class ServiceDriver {

  /**
   * What one run measured.
   *
   * @param rate instances per second, wall clock
   * @param cpuNanos CPU time of the engine's thread per instance (the JVM side only: a database
   *     server's work is not in it)
   * @param allocatedBytes bytes the engine's thread allocated per instance
   */
  record Run(double rate, double cpuNanos, double allocatedBytes) {}

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static final String OFFICER = "officer";

  private final RuntimeService runtime;
  private final TaskService tasks;

  private final String threadName;

  ServiceDriver(ProcessEngine engine, String threadName) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.threadName = threadName;
  }

  /**
   * Starts {@code instances} instances with business keys {@code prefix-0, prefix-1, ...} and has
   * an officer claim, then complete, each one's user tasks, as a tasklist does (the claim is its
   * own command, which Prima records as the moment the officer began to serve).
   *
   * @return the throughput and the engine thread's CPU time and allocation
   */
  Run run(String prefix, int instances) {
    Run[] rate = new Run[1];
    RuntimeException[] failure = new RuntimeException[1];
    Thread thread =
        new Thread(
            () -> {
              try {
                rate[0] = runHere(prefix, instances);
              } catch (RuntimeException e) {
                failure[0] = e;
              }
            },
            threadName);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + threadName + " ran", e);
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    return rate[0];
  }

  private Run runHere(String prefix, int instances) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    for (int i = 0; i < instances; i++) {
      runOne(prefix + "-" + i);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuNanos = (double) (THREADS.getCurrentThreadCpuTime() - cpu) / instances;
    double allocatedBytes =
        (double) (THREADS.getCurrentThreadAllocatedBytes() - allocated) / instances;
    long running = runtime.createProcessInstanceQuery().count();
    if (running != 0) {
      throw new IllegalStateException(running + " instances did not run to their end");
    }
    return new Run(instances / seconds, cpuNanos, allocatedBytes);
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
