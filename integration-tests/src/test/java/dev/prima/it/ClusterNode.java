package dev.prima.it;

import dev.prima.Prima;
import dev.prima.engine.PrimaPlugin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.task.Task;

/**
 * One engine node of a cluster, run as its own JVM by the cluster and crash tests: Prima joined to
 * a Camunda engine on the shared database, job executor on. It starts its share of licence cases,
 * then works on every open case of the cluster (completing tasks, correlating payments; its job
 * executor runs timers and retried jobs) until all cases are finished or its time is up.
 *
 * <p>Arguments: JDBC URL, user, password, node name, first case number, number of cases to start,
 * number of cases in the whole run, seconds to work.
 */
public final class ClusterNode {

  static final String PROCESS = "licence";
  static final String MESSAGE = "PaymentReceived";

  private ClusterNode() {}

  public static void main(String[] args) {
    try {
      run(args);
      System.exit(0);
    } catch (Throwable failure) {
      failure.printStackTrace();
      System.exit(1); // the job executor's threads would keep the JVM alive
    }
  }

  private static void run(String[] args) throws InterruptedException {
    String node = args[3];
    int first = Integer.parseInt(args[4]);
    int toStart = Integer.parseInt(args[5]);
    int total = Integer.parseInt(args[6]);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[7]));
    ProcessEngine engine = engine(args[0], args[1], args[2], node, true, "true");
    Prima.join(engine);
    System.out.println("READY " + node);

    for (int i = first; i < first + toStart; i++) {
      start(engine, caseId(i));
      if ((i - first + 1) % 50 == 0) {
        System.out.println("STARTED " + (i - first + 1));
      }
    }
    int completed = 0;
    int correlated = 0;
    Map<String, Integer> conflicts = new TreeMap<>();
    while (System.nanoTime() < deadline) {
      long all =
          engine
              .getHistoryService()
              .createHistoricProcessInstanceQuery()
              .processDefinitionKey(PROCESS)
              .count();
      long open =
          engine
              .getHistoryService()
              .createHistoricProcessInstanceQuery()
              .processDefinitionKey(PROCESS)
              .unfinished()
              .count();
      if (all >= total && open == 0) {
        break;
      }
      boolean acted = false;
      List<Task> tasks =
          new ArrayList<>(
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .processDefinitionKey(PROCESS)
                  .listPage(0, 10));
      Collections.shuffle(tasks);
      for (Task task : tasks) {
        try {
          engine.getTaskService().setAssignee(task.getId(), node);
          engine.getTaskService().complete(task.getId());
          completed++;
          acted = true;
        } catch (RuntimeException e) {
          conflicts.merge(
              e.getClass().getSimpleName(),
              1,
              Integer::sum); // the other node was first (see below)
        }
      }
      List<EventSubscription> waiting =
          new ArrayList<>(
              engine
                  .getRuntimeService()
                  .createEventSubscriptionQuery()
                  .eventType("message")
                  .eventName(MESSAGE)
                  .listPage(0, 10));
      Collections.shuffle(waiting);
      for (EventSubscription subscription : waiting) {
        try {
          engine
              .getRuntimeService()
              .createMessageCorrelation(MESSAGE)
              .processInstanceId(subscription.getProcessInstanceId())
              .correlate();
          correlated++;
          acted = true;
        } catch (RuntimeException e) {
          conflicts.merge(e.getClass().getSimpleName(), 1, Integer::sum);
        }
      }
      // Conflicts with the other node are expected: optimistic locking, a task or message already
      // taken (NotFound, MismatchingMessageCorrelation), and under READ COMMITTED also Camunda's
      // own NullPointerExceptions when it reads a half-changed execution tree. Each one only rolls
      // its command back; the test checks that the journal stays exact through all of them.
      if (!acted) {
        Thread.sleep(100);
      }
    }
    System.out.println(
        "DONE "
            + node
            + " completed="
            + completed
            + " correlated="
            + correlated
            + " conflicts="
            + conflicts);
    engine.close();
  }

  /** Starts a case as a client would: again after an optimistic locking conflict. */
  private static void start(ProcessEngine engine, String caseId) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS, caseId);
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == 5) {
          throw e;
        }
        Thread.sleep(20L * attempt);
      }
    }
  }

  static String caseId(int number) {
    return String.format("L-%04d", number);
  }

  /**
   * A cluster node's engine: history full, the job executor polling often and locking jobs briefly,
   * so that a surviving node takes over a killed node's jobs within seconds.
   *
   * @param schema Camunda's databaseSchemaUpdate: {@code true} on the nodes, {@code create-drop}
   *     for the test's own engine that creates the database and drops it at the end
   */
  static ProcessEngine engine(
      String url, String user, String password, String node, boolean jobExecutor, String schema) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(node);
    configuration.setJdbcUrl(url);
    configuration.setJdbcUsername(user);
    configuration.setJdbcPassword(password);
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setJdbcMaxActiveConnections(12);
    configuration.setDatabaseSchemaUpdate(schema);
    configuration.setHistory("full");
    configuration.setHostname(node);
    // as Camunda advises for clusters: ids that need no shared counter row
    configuration.setIdGenerator(new StrongUuidGenerator());
    DefaultJobExecutor executor = new DefaultJobExecutor();
    executor.setWaitTimeInMillis(100);
    executor.setMaxWait(500);
    executor.setLockTimeInMillis(3000);
    executor.setLockOwner(node);
    configuration.setJobExecutor(executor);
    configuration.setJobExecutorActivate(jobExecutor);
    configuration
        .getProcessEnginePlugins()
        .add(PrimaPlugin.custom().discoverListeners(false).build());
    return configuration.buildProcessEngine();
  }
}
