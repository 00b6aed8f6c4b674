package dev.prima.journey;

import static dev.prima.TestModels.touchpoint;
import static dev.prima.journey.BusinessKeyChangeTest.businessKey;
import static dev.prima.journey.BusinessKeyChangeTest.cycle;
import static dev.prima.journey.BusinessKeyChangeTest.lastStepRegistration;
import static dev.prima.journey.BusinessKeyChangeTest.registration;
import static dev.prima.journey.BusinessKeyChangeTest.summaries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.prima.Prima;
import dev.prima.SchemaUpdate;
import dev.prima.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ServiceTaskBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two nodes (two Prima engines on one database) give one case a registration number at the same
 * time, each its own ({@code execution.setProcessBusinessKey(..)} in a step both run). The number
 * is an update of the top-level execution, under Camunda's optimistic locking: only one command can
 * commit, the other fails with an {@link OptimisticLockingException} and leaves nothing behind, so
 * the case's earlier journal rows move once, to the winner's number, and none stays under the
 * instance's id or goes to the loser's number.
 *
 * <p>A barrier in the step that gives the number holds both commands until each has loaded the
 * instance and set its number in memory: both then really race to flush. The loser's flush waits
 * for the winner's row locks (PostgreSQL and H2 alike), then finds the row at a newer revision;
 * Camunda's check rejects it before Prima writes a row. When both nodes complete the same task,
 * Camunda flushes the task's delete before the execution's update, so the loser fails at the task
 * ({@code ENGINE-03005 .. DELETE TaskEntity}); when they complete two tasks of parallel branches,
 * the top-level execution is the only row both change, and only because of the number.
 */
class BusinessKeyChangeTwoNodesTest {

  private static final String NODE_A = "node-a";
  private static final String NODE_B = "node-b";

  /** The number each node gives the case. */
  private static final Map<String, String> NUMBER_OF_NODE = Map.of(NODE_A, "A-1", NODE_B, "B-1");

  /**
   * Gives the case the number of the node that runs it, loads the instance's executions, then waits
   * until the other node's command has done the same: both commands have then loaded the instance
   * and changed its key before either flushes. A broken race fails after 30 seconds instead of
   * hanging.
   *
   * <p>Camunda loads an instance's executions when it first needs them, here when the case ends.
   * Unloaded, a command that reaches the end after the other node's commit finds none and fails
   * with Camunda's {@code NullValueException} ("list of executions is empty"), before its flush:
   * also a failure that leaves nothing, but not the conflict this test is about. A loser that runs
   * late (a busy machine) did so in CI.
   */
  public static class GivesTheNodesNumber implements JavaDelegate {
    static volatile CyclicBarrier bothNodes;

    /** Whether node B's command, past the barrier, waits until node A's command has ended. */
    static volatile boolean nodeBGoesOnLate;

    /** Counted down when node A's command has ended, committed or failed. */
    static volatile CountDownLatch nodeADone;

    @Override
    public void execute(DelegateExecution execution) throws Exception {
      String node = execution.getProcessEngine().getName();
      execution.setProcessBusinessKey(NUMBER_OF_NODE.get(node));
      ((ExecutionEntity) execution).getProcessInstance().getExecutions();
      bothNodes.await(30, TimeUnit.SECONDS);
      if (nodeBGoesOnLate && node.equals(NODE_B)) {
        nodeADone.await(30, TimeUnit.SECONDS);
      }
    }
  }

  /** The service task that gives the case its number: each node its own. */
  private static ServiceTaskBuilder nodesNumber(ServiceTaskBuilder task) {
    return task.camundaClass(GivesTheNodesNumber.class);
  }

  /**
   * Identity and address are checked in parallel; after each check the case is registered (each
   * node its number) and goes on to a desk of its own branch: no join, so two commands that each
   * end one check share no row but the top-level execution, which they change for the number.
   */
  private static BpmnModelInstance parallelRegistration() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("parallel")
            .startEvent("submitted")
            .parallelGateway("split")
            .userTask("checkIdentity")
            .serviceTask("registerPerson")
            .camundaClass(GivesTheNodesNumber.class)
            .userTask("issueCard")
            .endEvent("cardIssued")
            .moveToNode("split")
            .userTask("checkAddress")
            .serviceTask("registerAddress")
            .camundaClass(GivesTheNodesNumber.class)
            .userTask("sendLetter")
            .endEvent("letterSent")
            .done();
    touchpoint(model, "submitted", "Application submitted", "online", "CUSTOMER");
    touchpoint(model, "checkIdentity", "Identity checked", "counter", "FRONTSTAGE");
    return touchpoint(model, "checkAddress", "Address checked", "counter", "BACKSTAGE");
  }

  /**
   * The case is still open after the number: the journal's rows (submitted, check's start and end,
   * register, issue's start) all carry the winner's number, the summary Prima writes when a key
   * changes exists for it alone, and the loser's command left no row, task or key behind.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void twoNodesNumberingOneOpenCaseAtOnceLeaveItWholeUnderTheWinnersNumber(TestDatabase database)
      throws Exception {
    String h2 = sharedH2Url();
    try (Prima nodeA = nodeA(database, h2).build();
        Prima nodeB = nodeB(database, h2).build()) {
      String id =
          startOnNodeA(nodeA, registration(BusinessKeyChangeTwoNodesTest::nodesNumber), "reg");
      assertThat(cycle(nodeA, id)).containsExactly("submitted COMPLETED", "check ACTIVE");

      String check = theOnlyTask(nodeA, id);

      Race race = race(database, nodeA, check, nodeB, check);

      assertThat(race.failure()).hasMessageContaining("DELETE TaskEntity[" + check + "]");
      assertThat(journalRowsByCaseKey(nodeA, id)).containsExactly(entry(race.winner(), 5L));
      for (Prima node : List.of(nodeA, nodeB)) {
        assertThat(cycle(node, race.winner()))
            .containsExactly(
                "submitted COMPLETED", "check COMPLETED", "register COMPLETED", "issue ACTIVE");
        assertThat(cycle(node, race.loser())).isEmpty();
        assertThat(cycle(node, id)).as("the case under the instance's id").isEmpty();
      }
      assertThat(summaries(nodeA, race.winner())).isOne();
      assertThat(summaries(nodeA, race.loser())).isZero();
      assertThat(summaries(nodeA, id)).isZero();
      ProcessEngine engine = nodeA.processEngine();
      assertThat(businessKey(engine, id)).isEqualTo(race.winner());
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(id).list())
          .as("one issue task: the loser's was rolled back")
          .extracting(Task::getTaskDefinitionKey)
          .containsExactly("issue");
      assertThat(historicBusinessKey(engine, id)).isEqualTo(race.winner());

      engine.getTaskService().complete(theOnlyTask(nodeA, id));

      assertThat(cycle(nodeB, race.winner())).endsWith("issue COMPLETED");
      assertThat(summaries(nodeA, race.winner())).isOne();
      assertThat(nodeB.journeys().cycleOf(race.winner()).orElseThrow().elementIds())
          .containsExactly("submitted", "check", "register", "issue");
    }
  }

  /**
   * The number is given as the case ends: both commands end the instance and write the case's
   * summary, but only the winner's commit stands, with one summary under its number and none under
   * the loser's number or the instance's id.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void twoNodesNumberingOneCaseAsItEndsLeaveOneSummaryUnderTheWinnersNumber(TestDatabase database)
      throws Exception {
    numberOneCaseAsItEnds(database, false);
  }

  /**
   * As {@link #twoNodesNumberingOneCaseAsItEndsLeaveOneSummaryUnderTheWinnersNumber}, with node B
   * held, once both have numbered the case, until node A's command has ended, as a busy machine may
   * hold a thread: node A commits first and ends the case; node B, going on to the end, must still
   * fail at its flush with the conflict and leave nothing.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aNodeThatGoesOnLateLosesTheRaceToNumberAnEndingCaseAtItsFlush(TestDatabase database)
      throws Exception {
    Race race = numberOneCaseAsItEnds(database, true);

    assertThat(race.winner()).isEqualTo(NUMBER_OF_NODE.get(NODE_A));
  }

  private static Race numberOneCaseAsItEnds(TestDatabase database, boolean nodeBGoesOnLate)
      throws Exception {
    String h2 = sharedH2Url();
    try (Prima nodeA = nodeA(database, h2).build();
        Prima nodeB = nodeB(database, h2).build()) {
      String id =
          startOnNodeA(
              nodeA, lastStepRegistration(BusinessKeyChangeTwoNodesTest::nodesNumber), "last");

      String check = theOnlyTask(nodeA, id);

      GivesTheNodesNumber.nodeBGoesOnLate = nodeBGoesOnLate;
      Race race = race(database, nodeA, check, nodeB, check);

      assertThat(race.failure()).hasMessageContaining("DELETE TaskEntity[" + check + "]");
      assertThat(journalRowsByCaseKey(nodeA, id)).containsExactly(entry(race.winner(), 5L));
      assertThat(cycle(nodeB, race.winner()))
          .containsExactly(
              "submitted COMPLETED", "check COMPLETED", "register COMPLETED", "issued COMPLETED");
      assertThat(cycle(nodeB, race.loser())).isEmpty();
      assertThat(cycle(nodeB, id)).isEmpty();
      assertThat(summaries(nodeA, race.winner())).isOne();
      assertThat(summaries(nodeA, race.loser())).isZero();
      assertThat(summaries(nodeA, id)).isZero();
      assertThat(nodeA.journeys().cycleOf(race.winner()).orElseThrow().elementIds())
          .containsExactly("submitted", "check", "register", "issued");
      ProcessEngine engine = nodeA.processEngine();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
      assertThat(historicBusinessKey(engine, id)).isEqualTo(race.winner());
      return race;
    }
  }

  /**
   * Node A ends the identity check and node B the address check of one case at once, and each
   * command then numbers the case: the commands share no task, only the top-level execution, so the
   * number's update alone decides. The loser fails at that update, its check stays open, and the
   * journal holds the winner's check as ended, all under the winner's number.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void twoNodesNumberingOneCaseFromTwoParallelTasksAtOnceConflictOnTheInstance(
      TestDatabase database) throws Exception {
    String h2 = sharedH2Url();
    try (Prima nodeA = nodeA(database, h2).build();
        Prima nodeB = nodeB(database, h2).build()) {
      String id = startOnNodeA(nodeA, parallelRegistration(), "parallel");
      TaskService tasks = nodeA.processEngine().getTaskService();
      String identity =
          tasks.createTaskQuery().taskDefinitionKey("checkIdentity").singleResult().getId();
      String address =
          tasks.createTaskQuery().taskDefinitionKey("checkAddress").singleResult().getId();

      Race race = race(database, nodeA, identity, nodeB, address);

      assertThat(race.failure()).hasMessageContaining("UPDATE ExecutionEntity[" + id + "]");
      boolean identityWon = race.winner().equals(NUMBER_OF_NODE.get(NODE_A));
      String ended = identityWon ? "checkIdentity" : "checkAddress";
      String open = identityWon ? "checkAddress" : "checkIdentity";
      assertThat(journalRowsByCaseKey(nodeA, id)).containsExactly(entry(race.winner(), 4L));
      assertThat(cycle(nodeB, race.winner()))
          .containsExactlyInAnyOrder("submitted COMPLETED", ended + " COMPLETED", open + " ACTIVE");
      assertThat(cycle(nodeB, race.loser())).isEmpty();
      assertThat(cycle(nodeB, id)).isEmpty();
      assertThat(summaries(nodeA, race.winner())).isOne();
      assertThat(summaries(nodeA, race.loser())).isZero();
      assertThat(summaries(nodeA, id)).isZero();
      assertThat(tasks.createTaskQuery().processInstanceId(id).list())
          .as("the winner's next desk, and the loser's check still open")
          .extracting(Task::getTaskDefinitionKey)
          .containsExactlyInAnyOrder(identityWon ? "issueCard" : "sendLetter", open);
      ProcessEngine engine = nodeA.processEngine();
      assertThat(businessKey(engine, id)).isEqualTo(race.winner());
      assertThat(historicBusinessKey(engine, id)).isEqualTo(race.winner());
    }
  }

  /**
   * The outcome of a race: the numbers of the node that committed and of the one that lost, and the
   * loser's exception.
   */
  private record Race(String winner, String loser, RuntimeException failure) {}

  /**
   * Completes {@code taskOfA} on node A and {@code taskOfB} on node B at once, and checks that
   * exactly one command committed and the other failed with Camunda's optimistic locking conflict.
   */
  private static Race race(
      TestDatabase database, Prima nodeA, String taskOfA, Prima nodeB, String taskOfB)
      throws Exception {
    GivesTheNodesNumber.bothNodes = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch nodeADone = new CountDownLatch(1);
      GivesTheNodesNumber.nodeADone = nodeADone;
      Future<RuntimeException> onA =
          threads.submit(
              () -> {
                try {
                  return complete(nodeA, taskOfA);
                } finally {
                  nodeADone.countDown();
                }
              });
      Future<RuntimeException> onB = threads.submit(() -> complete(nodeB, taskOfB));
      Map<String, RuntimeException> failures = new LinkedHashMap<>();
      failures.put(NODE_A, onA.get(2, TimeUnit.MINUTES));
      failures.put(NODE_B, onB.get(2, TimeUnit.MINUTES));
      failures.values().removeIf(failure -> failure == null);

      assertThat(failures).as("the nodes whose command failed").hasSize(1);
      String losingNode = failures.keySet().iterator().next();
      RuntimeException failure = failures.get(losingNode);
      System.err.printf("[prima] %s: %s lost the race: %s%n", database, losingNode, failure);
      assertThat(failure).isExactlyInstanceOf(OptimisticLockingException.class);
      String winningNode = losingNode.equals(NODE_A) ? NODE_B : NODE_A;
      return new Race(NUMBER_OF_NODE.get(winningNode), NUMBER_OF_NODE.get(losingNode), failure);
    } finally {
      threads.shutdownNow();
      GivesTheNodesNumber.nodeBGoesOnLate = false;
    }
  }

  /** Completes the task on the node; the exception it failed with, or null when it committed. */
  private static RuntimeException complete(Prima node, String taskId) {
    try {
      node.processEngine().getTaskService().complete(taskId);
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  /**
   * A named H2 database in memory, which both nodes open by its URL (PostgreSQL ignores it). H2
   * waits 2 seconds for a row lock by default; a loser that waits longer for the winner's commit (a
   * slow machine) fails with H2's lock timeout, which Camunda reports as a {@code
   * ProcessEnginePersistenceException}, not as a conflict. PostgreSQL waits without a limit by
   * default; 30 seconds here keep the outcome independent of the machine's speed.
   */
  private static String sharedH2Url() {
    return "jdbc:h2:mem:prima-two-nodes-"
        + UUID.randomUUID()
        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000";
  }

  /** The first node: creates the schema and drops it on close, as every test's engine does. */
  private static Prima.Builder nodeA(TestDatabase database, String h2Url) {
    Prima.Builder builder =
        database == TestDatabase.H2
            ? Prima.builder().jdbc(h2Url, "sa", "").schemaUpdate(SchemaUpdate.CREATE_DROP)
            : database.builder();
    return builder.engineName(NODE_A);
  }

  /** The second node: finds the first node's schema and leaves it to the first node to drop. */
  private static Prima.Builder nodeB(TestDatabase database, String h2Url) {
    Prima.Builder builder =
        database == TestDatabase.H2
            ? Prima.builder().jdbc(h2Url, "sa", "")
            : Prima.builder()
                .jdbc(
                    System.getenv(TestDatabase.URL_VARIABLE),
                    env("PRIMA_TEST_JDBC_USER", "prima"),
                    env("PRIMA_TEST_JDBC_PASSWORD", "prima"));
    return builder.schemaUpdate(SchemaUpdate.VALIDATE).engineName(NODE_B);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  /** Deploys the model and starts it without a business key: its case key is the instance's id. */
  private static String startOnNodeA(Prima nodeA, BpmnModelInstance model, String processKey) {
    ProcessEngine engine = nodeA.processEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("m.bpmn", model).deploy();
    return engine.getRuntimeService().startProcessInstanceByKey(processKey).getId();
  }

  private static String theOnlyTask(Prima node, String instanceId) {
    return node.processEngine()
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instanceId)
        .singleResult()
        .getId();
  }

  private static String historicBusinessKey(ProcessEngine engine, String instanceId) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId)
        .singleResult()
        .getBusinessKey();
  }

  /** The instance's journal rows, counted by the case key they carry. */
  private static Map<String, Long> journalRowsByCaseKey(Prima prima, String instanceId)
      throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = connection(prima);
        PreparedStatement query =
            connection.prepareStatement(
                "select CASE_KEY_, count(*) from PRIMA_JOURNAL where ROOT_PROC_INST_ID_ = ?"
                    + " group by CASE_KEY_")) {
      query.setString(1, instanceId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return counts;
  }

  private static Connection connection(Prima prima) throws SQLException {
    return prima.processEngine().getProcessEngineConfiguration().getDataSource().getConnection();
  }
}
