package dev.prima.touchpoint;

import static dev.prima.TestModels.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.MutableClock;
import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.journey.Moment;
import dev.prima.journey.ServiceCycle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * When an officer first took a user task (its first assignment): one SERVE row in the engine's
 * transaction, never moved by a later assignment, read back as {@link Touchpoint#served()} and as
 * the citizen's wait in the queue.
 */
class ServedTest {

  private static final Instant NINE = Instant.parse("2026-06-01T02:00:00Z");

  /** A number is taken at the kiosk, the citizen waits for the counter, the head signs. */
  private static BpmnModelInstance counter() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("kk")
            .startEvent("start")
            .userTask("serve")
            .camundaCandidateGroups("counter-officer")
            .userTask("sign")
            .camundaAssignee("kepala")
            .serviceTask("print")
            .camundaExpression("${true}")
            .endEvent("end")
            .done();
    touchpoint(model, "start", "Number taken", "kiosk", "CUSTOMER");
    touchpoint(model, "serve", "Served at the counter", "counter", "FRONTSTAGE");
    touchpoint(model, "sign", "Signed", "online", "BACKSTAGE");
    touchpoint(model, "print", "Printed", "counter", "SUPPORT");
    return model;
  }

  private static ProcessEngine deployed(Prima prima) {
    ProcessEngine engine = prima.processEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("kk.bpmn", counter())
        .deploy();
    return engine;
  }

  private static Task task(ProcessEngine engine, String caseId) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(caseId)
        .singleResult();
  }

  private static Touchpoint at(Prima prima, String caseId, String elementId) {
    return prima.touchpoints().query().caseId(caseId).list().stream()
        .filter(t -> t.elementId().equals(elementId))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> serveRows(Prima prima) {
    List<String> ids = new ArrayList<>();
    try (Connection connection =
            prima.processEngine().getProcessEngineConfiguration().getDataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select ID_ from PRIMA_JOURNAL where PHASE_ = 'SERVE' order by START_MS_")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theFirstClaimIsWhenServiceBeganAndNoLaterAssignmentMovesIt(TestDatabase database) {
    MutableClock clock = new MutableClock(NINE);
    try (Prima prima = database.builder().clock(clock).build()) {
      ProcessEngine engine = deployed(prima);
      TaskService tasks = engine.getTaskService();
      engine.getRuntimeService().startProcessInstanceByKey("kk", "KK-1");
      String serve = task(engine, "KK-1").getId();

      clock.advance(Duration.ofMinutes(12));
      tasks.claim(serve, "siti");
      clock.advance(Duration.ofMinutes(2));
      tasks.setAssignee(serve, "budi");
      clock.advance(Duration.ofMinutes(1));
      tasks.setAssignee(serve, null);
      tasks.claim(serve, "siti");
      Touchpoint whileServed = at(prima, "KK-1", "serve");
      clock.advance(Duration.ofMinutes(5));
      tasks.complete(serve);

      Touchpoint served = at(prima, "KK-1", "serve");
      assertThat(whileServed.isActive()).isTrue();
      assertThat(whileServed.served()).isEqualTo(NINE.plus(Duration.ofMinutes(12)));
      assertThat(served.served()).isEqualTo(NINE.plus(Duration.ofMinutes(12)));
      assertThat(served.start()).isEqualTo(NINE);
      assertThat(served.end()).isEqualTo(NINE.plus(Duration.ofMinutes(20)));
      assertThat(served.userId()).isEqualTo("siti");
      // one row for the claimed task, one for the next, assigned by the model when created
      assertThat(serveRows(prima))
          .containsExactly(served.id() + "~serve", at(prima, "KK-1", "sign").id() + "~serve");

      Moment moment = prima.journeys().cycleOf("KK-1").orElseThrow().moments().get(1);
      assertThat(moment.waitBefore()).isEqualTo(Duration.ofMinutes(12));
      assertThat(moment.timeIn()).isEqualTo(Duration.ofMinutes(8));

      // read without the SERVE rows: the same touchpoints, none of them served
      List<Touchpoint> all = prima.touchpoints().query().caseId("KK-1").list();
      assertThat(all).anyMatch(t -> t.served() != null);
      assertThat(prima.touchpoints().query().caseId("KK-1").withoutServed().list())
          .containsExactlyElementsOf(all.stream().map(t -> t.servedAt(null)).toList());
      List<Touchpoint> period = new ArrayList<>();
      prima
          .touchpoints()
          .query()
          .ofCasesTouchedIn("kk", NINE, NINE.plus(Duration.ofHours(1)))
          .orderByCase()
          .withoutServed()
          .forEach(period::add);
      assertThat(period)
          .containsExactlyElementsOf(all.stream().map(t -> t.servedAt(null)).toList());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aTaskAssignedByTheModelIsServedFromItsStartAndOtherStepsAreNeverServed(
      TestDatabase database) {
    MutableClock clock = new MutableClock(NINE);
    try (Prima prima = database.builder().clock(clock).build()) {
      ProcessEngine engine = deployed(prima);
      engine.getRuntimeService().startProcessInstanceByKey("kk", "KK-2");
      clock.advance(Duration.ofMinutes(3));
      // completed without a claim: nobody is known to have taken it before the end
      engine.getTaskService().complete(task(engine, "KK-2").getId());
      clock.advance(Duration.ofMinutes(30));
      engine.getTaskService().complete(task(engine, "KK-2").getId());

      Touchpoint sign = at(prima, "KK-2", "sign");
      assertThat(sign.served()).isEqualTo(sign.start());
      assertThat(at(prima, "KK-2", "serve").served()).isNull();
      assertThat(at(prima, "KK-2", "start").served()).isNull();
      assertThat(at(prima, "KK-2", "print").served()).isNull();

      ServiceCycle cycle = prima.journeys().cycleOf("KK-2").orElseThrow();
      assertThat(cycle.moments())
          .extracting(Moment::waitBefore)
          .containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
      assertThat(cycle.moments())
          .extracting(Moment::timeIn)
          .containsExactly(
              Duration.ZERO, Duration.ofMinutes(3), Duration.ofMinutes(30), Duration.ZERO);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aClaimWhoseTransactionRollsBackLeavesNoServeRow(TestDatabase database) {
    MutableClock clock = new MutableClock(NINE);
    try (Prima prima = database.builder().clock(clock).build()) {
      ProcessEngine engine = deployed(prima);
      engine.getRuntimeService().startProcessInstanceByKey("kk", "KK-3");
      String serve = task(engine, "KK-3").getId();
      clock.advance(Duration.ofMinutes(4));
      var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

      assertThatThrownBy(
              () ->
                  configuration
                      .getCommandExecutorTxRequired()
                      .execute(
                          context -> {
                            engine.getTaskService().claim(serve, "siti");
                            throw new IllegalStateException("the counter's screen froze");
                          }))
          .hasMessageContaining("the counter's screen froze");
      assertThat(serveRows(prima)).isEmpty();
      assertThat(at(prima, "KK-3", "serve").served()).isNull();

      clock.advance(Duration.ofMinutes(6));
      engine.getTaskService().claim(serve, "budi");
      assertThat(at(prima, "KK-3", "serve").served()).isEqualTo(NINE.plus(Duration.ofMinutes(10)));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aReassignmentInTheCommandThatCompletesTheTaskKeepsTheFirstClaimAndEveryOtherRow(
      TestDatabase database) {
    MutableClock clock = new MutableClock(NINE);
    try (Prima prima = database.builder().clock(clock).build()) {
      ProcessEngine engine = deployed(prima);
      TaskService tasks = engine.getTaskService();
      engine.getRuntimeService().startProcessInstanceByKey("kk", "KK-6");
      String serve = task(engine, "KK-6").getId();
      clock.advance(Duration.ofMinutes(9));
      tasks.claim(serve, "siti");
      clock.advance(Duration.ofMinutes(4));
      var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

      // one transaction: the journal has the SERVE row already, and the same command ends the
      // touchpoint and opens the next; the refused SERVE row must take none of them with it
      configuration
          .getCommandExecutorTxRequired()
          .execute(
              context -> {
                tasks.setAssignee(serve, "budi");
                tasks.complete(serve);
                return null;
              });

      Touchpoint served = at(prima, "KK-6", "serve");
      assertThat(served.isActive()).isFalse();
      assertThat(served.served()).isEqualTo(NINE.plus(Duration.ofMinutes(9)));
      assertThat(served.end()).isEqualTo(NINE.plus(Duration.ofMinutes(13)));
      assertThat(served.userId()).isEqualTo("budi");
      Touchpoint sign = at(prima, "KK-6", "sign");
      assertThat(sign.isActive()).isTrue();
      assertThat(sign.served()).isEqualTo(sign.start());
      assertThat(serveRows(prima)).containsExactly(served.id() + "~serve", sign.id() + "~serve");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aJournalWithoutServeRowsReadsAsBeforeAndThePurgeRemovesThem(TestDatabase database)
      throws SQLException {
    MutableClock clock = new MutableClock(NINE);
    try (Prima prima = database.builder().clock(clock).build()) {
      ProcessEngine engine = deployed(prima);
      for (String caseId : List.of("KK-4", "KK-5")) {
        engine.getRuntimeService().startProcessInstanceByKey("kk", caseId);
        clock.advance(Duration.ofMinutes(7));
        engine.getTaskService().claim(task(engine, caseId).getId(), "siti");
        clock.advance(Duration.ofMinutes(3));
        engine.getTaskService().complete(task(engine, caseId).getId());
        clock.advance(Duration.ofMinutes(5));
        engine.getTaskService().complete(task(engine, caseId).getId());
        clock.advance(Duration.ofHours(1));
      }
      assertThat(serveRows(prima)).hasSize(4);
      // a journal written before Prima recorded the first assignment has no SERVE rows
      try (Connection connection =
              engine.getProcessEngineConfiguration().getDataSource().getConnection();
          PreparedStatement delete =
              connection.prepareStatement(
                  "delete from PRIMA_JOURNAL where PHASE_ = 'SERVE' and CASE_KEY_ = ?"
                      + " and ELEMENT_ID_ = 'serve'")) {
        delete.setString(1, "KK-5");
        delete.executeUpdate();
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
      }

      Moment old = prima.journeys().cycleOf("KK-5").orElseThrow().moments().get(1);
      assertThat(old.touchpoint().served()).isNull();
      assertThat(old.waitBefore()).isEqualTo(Duration.ZERO);
      assertThat(old.timeIn()).isEqualTo(Duration.ofMinutes(10));

      long purged = prima.touchpoints().purgeEndedBefore(NINE.plus(Duration.ofMinutes(70)));

      assertThat(purged).isEqualTo(4);
      assertThat(serveRows(prima)).containsExactly(at(prima, "KK-5", "sign").id() + "~serve");
      assertThat(prima.touchpoints().query().list())
          .extracting(Touchpoint::caseId)
          .containsOnly("KK-5");
    }
  }
}
