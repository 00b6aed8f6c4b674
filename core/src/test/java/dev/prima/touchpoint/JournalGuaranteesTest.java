package dev.prima.touchpoint;

import static dev.prima.TestModels.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.History;
import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.engine.internal.EngineBootstrap;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Exactly one journal row per touchpoint phase under concurrency, retries and history none. */
class JournalGuaranteesTest {

  private static final int CASES = 200;

  private static BpmnModelInstance parallelReview() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("parallelReview")
            .startEvent("start")
            .parallelGateway("split")
            .userTask("checkIdentity")
            .camundaCandidateGroups("registry-officer")
            .parallelGateway("join")
            .endEvent("end")
            .moveToNode("split")
            .userTask("checkAddress")
            .camundaCandidateGroups("counter-officer")
            .connectTo("join")
            .done();
    touchpoint(model, "start", "Application submitted", "online", "CUSTOMER");
    touchpoint(model, "checkIdentity", "Identity checked", "counter", "BACKSTAGE");
    touchpoint(model, "checkAddress", "Address checked", "counter", "BACKSTAGE");
    touchpoint(model, "end", "Decision sent", "mail", "EVIDENCE");
    return model;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void eightThreadsCompletingTasksOf200CasesLeaveExactlyOneRowPerTouchpoint(TestDatabase database)
      throws Exception {
    AtomicInteger heard = new AtomicInteger();
    try (Prima prima =
        database.builder().history(History.NONE).listener(t -> heard.incrementAndGet()).build()) {
      ProcessEngine engine = prima.processEngine();
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance("review.bpmn", parallelReview())
          .deploy();
      for (int i = 0; i < CASES; i++) {
        engine.getRuntimeService().startProcessInstanceByKey("parallelReview", "C-" + i);
      }
      List<Task> tasks = new ArrayList<>(engine.getTaskService().createTaskQuery().list());
      assertThat(tasks).hasSize(2 * CASES);
      Collections.shuffle(tasks, new Random(42));
      ConcurrentLinkedQueue<Task> queue = new ConcurrentLinkedQueue<>(tasks);
      AtomicInteger conflicts = new AtomicInteger();

      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < 8; w++) {
        workers.add(
            pool.submit(
                () -> {
                  for (Task task = queue.poll(); task != null; task = queue.poll()) {
                    while (true) {
                      try {
                        engine.getTaskService().setAssignee(task.getId(), "officer");
                        engine.getTaskService().complete(task.getId());
                        break;
                      } catch (OptimisticLockingException e) {
                        conflicts.incrementAndGet(); // the engine rolled back; try again
                      }
                    }
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get(2, TimeUnit.MINUTES);
      }
      pool.shutdown();

      assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
      List<Touchpoint> journal =
          prima.touchpoints().query().processDefinitionKey("parallelReview").list();
      assertThat(journal).hasSize(4 * CASES);
      assertThat(journal).extracting(Touchpoint::id).doesNotHaveDuplicates();
      assertThat(journal).allSatisfy(t -> assertThat(t.outcome()).isEqualTo(Outcome.COMPLETED));
      // start and end events are one FULL row each; each task a START, a SERVE (its assignment)
      // and an END row
      assertThat(rowCount(prima)).isEqualTo(8L * CASES);
      // every committed touchpoint event was heard once: 2 per case for start/end, 2 per task
      assertThat(heard.get()).isEqualTo(6 * CASES);
      System.err.printf(
          "[prima] %s: %d optimistic-locking conflicts retried%n", database, conflicts.get());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aFailedJobAttemptLeavesNoRowAndItsRetryRecordsOnce(TestDatabase database) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("lookup")
            .startEvent("start")
            .serviceTask("registry")
            .camundaAsyncBefore()
            .camundaClass(FlakyDelegate.class)
            .endEvent("end")
            .done();
    touchpoint(model, "registry", "Population registry consulted", "online", "SUPPORT");
    FlakyDelegate.CALLS.set(0);
    try (Prima prima = database.builder().history(History.NONE).build()) {
      ProcessEngine engine = prima.processEngine();
      engine.getRepositoryService().createDeployment().addModelInstance("l.bpmn", model).deploy();
      engine.getRuntimeService().startProcessInstanceByKey("lookup", "L-1");
      Job job = engine.getManagementService().createJobQuery().singleResult();

      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
          .hasMessageContaining("population registry unavailable");
      assertThat(prima.touchpoints().query().caseId("L-1").count()).isZero();

      engine.getManagementService().executeJob(job.getId());

      assertThat(prima.touchpoints().query().caseId("L-1").list())
          .extracting(Touchpoint::elementId, Touchpoint::outcome)
          .containsExactly(tuple("registry", Outcome.COMPLETED));
      assertThat(rowCount(prima)).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void historyNoneStillAnswersTheJourneyQuestions(TestDatabase database) {
    try (Prima prima = database.builder().history(History.NONE).build()) {
      ProcessEngine engine = prima.processEngine();
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance("review.bpmn", parallelReview())
          .deploy();
      engine.getRuntimeService().startProcessInstanceByKey("parallelReview", "H-1");
      for (Task task : engine.getTaskService().createTaskQuery().list()) {
        engine.getTaskService().setAssignee(task.getId(), "rina");
        engine.getTaskService().complete(task.getId());
      }

      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().count()).isZero();
      var cycle = prima.journeys().cycleOf("H-1").orElseThrow();
      assertThat(cycle.finished()).isTrue();
      assertThat(cycle.momentNames())
          .containsExactlyInAnyOrder(
              "Application submitted", "Identity checked", "Address checked", "Decision sent");
      assertThat(cycle.momentNames().get(0)).isEqualTo("Application submitted");
      assertThat(cycle.momentNames().get(3)).isEqualTo("Decision sent");
      assertThat(cycle.servedBy()).containsExactly("rina");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aJournalRowTheDatabaseRefusesFailsTheCommandAndChangesNothing(TestDatabase database) {
    refusedCompletionChangesNothing(
        database.builder(),
        "R-1",
        "alter table PRIMA_JOURNAL add constraint NO_VERIFY check (ELEMENT_ID_ <> 'verify')",
        "alter table PRIMA_JOURNAL drop constraint NO_VERIFY",
        "PRIMA_JOURNAL",
        "case 'R-1'");
  }

  /**
   * A command with more rows than one multi-row insert takes (here 12 parallel desks plus the start
   * and the end, all in the command that starts the case) writes them in several inserts: all of
   * them, or none when the database refuses the last one.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aCommandWithMoreRowsThanOneInsertTakesRecordsAllOrNone(TestDatabase database) {
    int desks = 12;
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("manyDesks")
            .startEvent("start")
            .serviceTask("desk")
            .camundaExpression("${true}")
            .multiInstance()
            .parallel()
            .cardinality(String.valueOf(desks))
            .multiInstanceDone()
            .endEvent("end")
            .done();
    touchpoint(model, "start", "Application submitted", "online", "CUSTOMER");
    touchpoint(model, "desk", "Desk checked", "counter", "BACKSTAGE");
    touchpoint(model, "end", "Decision sent", "mail", "EVIDENCE");
    List<Touchpoint> heard = new ArrayList<>();
    try (Prima prima = database.builder().history(History.NONE).listener(heard::add).build()) {
      ProcessEngine engine = prima.processEngine();
      engine.getRepositoryService().createDeployment().addModelInstance("m.bpmn", model).deploy();
      execute(
          prima, "alter table PRIMA_JOURNAL add constraint NO_END check (ELEMENT_ID_ <> 'end')");

      assertThatThrownBy(
              () -> engine.getRuntimeService().startProcessInstanceByKey("manyDesks", "M-1"))
          .hasMessageContaining("PRIMA_JOURNAL")
          .hasMessageContaining((desks + 2) + " touchpoint row(s) of case 'M-1'");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
      assertThat(rowCount(prima)).isZero();
      assertThat(heard).isEmpty();

      execute(prima, "alter table PRIMA_JOURNAL drop constraint NO_END");
      engine.getRuntimeService().startProcessInstanceByKey("manyDesks", "M-1");

      List<String> expected = new ArrayList<>();
      expected.add("start");
      expected.addAll(Collections.nCopies(desks, "desk"));
      expected.add("end");
      assertThat(prima.touchpoints().query().caseId("M-1").list())
          .extracting(Touchpoint::elementId)
          .containsExactlyElementsOf(expected);
      assertThat(heard).extracting(Touchpoint::elementId).containsExactlyElementsOf(expected);
      assertThat(rowCount(prima)).isEqualTo(desks + 2);
    }
  }

  /**
   * On PostgreSQL a standalone engine's journal rows and the commit go in one statement. A deferred
   * constraint makes the commit itself fail: the command must fail with Prima's message and leave
   * nothing behind.
   */
  @Test
  void aCommitPostgresRefusesAfterTheJournalRowsFailsTheCommandAndChangesNothing() {
    // checked only at commit: a second open touchpoint of the case breaks it
    refusedCompletionChangesNothing(
        TestDatabase.POSTGRES.builder(),
        "D-1",
        "alter table PRIMA_JOURNAL add constraint ONE_OPEN unique (CASE_KEY_, PHASE_)"
            + " deferrable initially deferred",
        "alter table PRIMA_JOURNAL drop constraint ONE_OPEN",
        "PRIMA_JOURNAL",
        "case 'D-1'",
        "one_open");
  }

  /**
   * Two transactions that end the same touchpoint at once (two nodes correlating the same message)
   * write the same END row id; the one that loses must see Camunda's optimistic locking conflict,
   * which callers and the job executor retry, and change nothing. Here the winner's row is already
   * in the journal when the loser writes.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aTouchpointEndedByAConcurrentTransactionIsAnOptimisticLockingConflict(
      TestDatabase database) {
    BpmnModelInstance model = twoDesks();
    try (Prima prima = database.builder().history(History.NONE).build()) {
      ProcessEngine engine = prima.processEngine();
      engine.getRepositoryService().createDeployment().addModelInstance("t.bpmn", model).deploy();
      String instance =
          engine.getRuntimeService().startProcessInstanceByKey("twoDesks", "C-1").getId();
      String apply = engine.getTaskService().createTaskQuery().singleResult().getId();
      String touchpointId =
          engine
              .getRuntimeService()
              .getActivityInstance(instance)
              .getActivityInstances("apply")[0]
              .getId();
      execute(
          prima,
          "insert into PRIMA_JOURNAL (ID_, TOUCHPOINT_ID_, PHASE_, SEQ_, CASE_KEY_, PROC_INST_ID_,"
              + " ROOT_PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_VERSION_, ELEMENT_ID_, MOMENT_, KIND_, START_MS_,"
              + " END_MS_, OUTCOME_) values ('"
              + touchpointId
              + "~end', '"
              + touchpointId
              + "', 'END', 99, 'C-1', '"
              + instance
              + "', '"
              + instance
              + "', 'twoDesks', 1, 'apply', 'Application taken', 'CONTACT', 0, 1, 'COMPLETED')");

      assertThatThrownBy(() -> engine.getTaskService().complete(apply))
          .isInstanceOf(OptimisticLockingException.class)
          .hasMessageContaining("case 'C-1'");

      assertThat(engine.getTaskService().createTaskQuery().singleResult().getId()).isEqualTo(apply);
      assertThat(rowCount(prima)).isEqualTo(2); // apply's START, and the winner's END
    }
  }

  /**
   * Camunda's contract: a COMMITTING listener registered after Prima's (here by a delegate) may
   * veto the commit; the caller gets its exception and nothing of the command is stored, neither
   * the engine's state nor journal rows. With history NONE the engine itself writes nothing in this
   * command (the case starts and ends in it), so only Prima's rows would be left to commit.
   */
  @ParameterizedTest
  @CsvSource({"H2, AUDIT", "H2, NONE", "POSTGRES, AUDIT", "POSTGRES, NONE"})
  void aCommittingListenerThatVetoesTheCommitLeavesNoRowAndNoEngineState(
      TestDatabase database, History history) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("vetoed")
            .startEvent("start")
            .serviceTask("check")
            .camundaClass(VetoingDelegate.class)
            .endEvent("end")
            .done();
    touchpoint(model, "start", "Application submitted", "online", "CUSTOMER");
    touchpoint(model, "check", "Registry checked", "online", "SUPPORT");
    List<Touchpoint> heard = new ArrayList<>();
    try (Prima prima = database.builder().history(history).listener(heard::add).build()) {
      ProcessEngine engine = prima.processEngine();
      engine.getRepositoryService().createDeployment().addModelInstance("v.bpmn", model).deploy();

      VetoingDelegate.veto = true;
      assertThatThrownBy(
              () -> engine.getRuntimeService().startProcessInstanceByKey("vetoed", "V-1"))
          .hasMessageContaining(VetoingDelegate.MESSAGE);

      assertThat(rowCount(prima)).isZero();
      assertThat(count(prima, "select count(*) from ACT_HI_PROCINST")).isZero();
      assertThat(heard).isEmpty();

      VetoingDelegate.veto = false;
      engine.getRuntimeService().startProcessInstanceByKey("vetoed", "V-2");
      assertThat(prima.touchpoints().query().list())
          .extracting(Touchpoint::caseId, Touchpoint::elementId)
          .containsExactly(tuple("V-2", "start"), tuple("V-2", "check"));
      assertThat(count(prima, "select count(*) from ACT_HI_PROCINST"))
          .isEqualTo(history == History.NONE ? 0 : 1);
    } finally {
      VetoingDelegate.veto = false;
    }
  }

  /**
   * Opens a case at the first of two desks, adds a constraint that refuses what completing that
   * desk writes, and checks that the completion fails with a message holding the given parts and
   * changes nothing; then drops the constraint and checks that the same completion records END +
   * START.
   */
  private static void refusedCompletionChangesNothing(
      Prima.Builder builder,
      String caseId,
      String addConstraint,
      String dropConstraint,
      String... messageParts) {
    BpmnModelInstance model = twoDesks();
    touchpoint(model, "verify", "Documents verified", "counter", "BACKSTAGE");
    List<Touchpoint> heard = new ArrayList<>();
    try (Prima prima = builder.history(History.NONE).listener(heard::add).build()) {
      ProcessEngine engine = prima.processEngine();
      engine.getRepositoryService().createDeployment().addModelInstance("t.bpmn", model).deploy();
      engine.getRuntimeService().startProcessInstanceByKey("twoDesks", caseId);
      String apply = engine.getTaskService().createTaskQuery().singleResult().getId();
      execute(prima, addConstraint);
      heard.clear();

      var failure = assertThatThrownBy(() -> engine.getTaskService().complete(apply));
      for (String part : messageParts) {
        failure.hasMessageContaining(part);
      }

      assertThat(engine.getTaskService().createTaskQuery().singleResult().getId()).isEqualTo(apply);
      assertThat(prima.touchpoints().query().caseId(caseId).list())
          .extracting(Touchpoint::elementId, Touchpoint::outcome)
          .containsExactly(tuple("apply", Outcome.ACTIVE));
      assertThat(heard).isEmpty();

      execute(prima, dropConstraint);
      engine.getTaskService().complete(apply);

      assertThat(prima.touchpoints().query().caseId(caseId).list())
          .extracting(Touchpoint::elementId, Touchpoint::outcome)
          .containsExactly(tuple("apply", Outcome.COMPLETED), tuple("verify", Outcome.ACTIVE));
      assertThat(heard).extracting(Touchpoint::elementId).containsExactly("apply", "verify");
      assertThat(rowCount(prima)).isEqualTo(3);
    }
  }

  /** Two desks one after the other; the first, apply, is a touchpoint. */
  private static BpmnModelInstance twoDesks() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("twoDesks")
            .startEvent("start")
            .userTask("apply")
            .userTask("verify")
            .endEvent("end")
            .done();
    return touchpoint(model, "apply", "Application taken", "counter", "FRONTSTAGE");
  }

  private static void execute(Prima prima, String sql) {
    try (Connection connection = dataSource(prima).getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static javax.sql.DataSource dataSource(Prima prima) {
    return EngineBootstrap.dataSourceOf(prima.processEngine());
  }

  private static long rowCount(Prima prima) {
    return count(prima, "select count(*) from PRIMA_JOURNAL");
  }

  private static long count(Prima prima, String sql) {
    try (Connection connection = dataSource(prima).getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
