package dev.prima.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Runs instances of {@link ServiceModel} to their end on one engine, on a thread of its own named
 * after the engine and scenario, so that a profiler (JFR) attributes each sample to its engine, and
 * the thread's own CPU time and allocation can be told apart from the other engines'. The thread
 * lives as long as the driver, so instances can be run one at a time, alternating with other
 * engines' drivers ({@link #one}), or many in a row ({@link #run}).
 */
final class ServiceDriver implements AutoCloseable {

  /**
   * What one run measured.
   *
   * @param rate instances per second, wall clock
   * @param cpuNanos CPU time of the engine's thread per instance (the JVM side only: a database
   *     server's work is not in it)
   * @param allocatedBytes bytes the engine's thread allocated per instance
   */
  record Run(double rate, double cpuNanos, double allocatedBytes) {}

  /**
   * What some instances took on the engine's thread, in total: wall-clock, CPU and allocation.
   * Samples add up, so a round's samples of one engine make one {@link Run}.
   */
  record Sample(int instances, long wallNanos, long cpuNanos, long allocatedBytes) {

    static final Sample NONE = new Sample(0, 0, 0, 0);

    Sample plus(Sample other) {
      return new Sample(
          instances + other.instances,
          wallNanos + other.wallNanos,
          cpuNanos + other.cpuNanos,
          allocatedBytes + other.allocatedBytes);
    }

    Run toRun() {
      return new Run(
          instances / (wallNanos / 1e9),
          (double) cpuNanos / instances,
          (double) allocatedBytes / instances);
    }
  }

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static final String OFFICER = "officer";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final String threadName;
  private final ExecutorService thread;

  ServiceDriver(ProcessEngine engine, String threadName) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.threadName = threadName;
    this.thread = Executors.newSingleThreadExecutor(task -> new Thread(task, threadName));
  }

  /**
   * Starts {@code instances} instances with business keys {@code prefix-0, prefix-1, ...} one after
   * the other and has an officer claim, then complete, each one's user tasks, as a tasklist does
   * (the claim is its own command, which Prima records as the moment the officer began to serve).
   *
   * @return the throughput and the engine thread's CPU time and allocation
   */
  Run run(String prefix, int instances) {
    Sample sample =
        onThread(
            () -> {
              Sample total = measured(() -> runMany(prefix, instances), instances);
              checkAllEnded();
              return total;
            });
    return sample.toRun();
  }

  /** Runs one instance with business key {@code businessKey}, as {@link #run} runs each. */
  Sample one(String businessKey) {
    return onThread(() -> measured(() -> runOne(businessKey), 1));
  }

  /** Fails unless every instance this engine started ran to its end. */
  void checkAllEnded() {
    long running = runtime.createProcessInstanceQuery().count();
    if (running != 0) {
      throw new IllegalStateException(running + " instances did not run to their end");
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }

  private Sample onThread(Supplier<Sample> work) {
    Future<Sample> result = thread.submit(work::get);
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + threadName + " ran", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(threadName + " failed", e.getCause());
    }
  }

  /** Runs {@code work} on the calling thread and measures it. */
  private static Sample measured(Runnable work, int instances) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    work.run();
    long wall = System.nanoTime() - start;
    return new Sample(
        instances,
        wall,
        THREADS.getCurrentThreadCpuTime() - cpu,
        THREADS.getCurrentThreadAllocatedBytes() - allocated);
  }

  private void runMany(String prefix, int instances) {
    for (int i = 0; i < instances; i++) {
      runOne(prefix + "-" + i);
    }
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
