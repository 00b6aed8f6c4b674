package dev.prima.journey;

import static dev.prima.TestModels.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.MutableClock;
import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.strategy.Breach;
import dev.prima.strategy.BreachKind;
import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.ServiceStandard;
import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.voice.Complainant;
import dev.prima.voice.Complaint;
import dev.prima.voice.ComplaintRequest;
import dev.prima.voice.Rating;
import dev.prima.voice.TouchpointRating;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ServiceTaskBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A process that gives its case the business key itself (a registration number issued on the way,
 * {@code execution.setProcessBusinessKey(..)}): the case's touchpoints recorded before the key was
 * set move to it, in the same transaction, so the case reads as one cycle under its key.
 */
class BusinessKeyChangeTest {

  /** The touchpoints the models share, by element id: moment, channel, lane. */
  private static final Map<String, List<String>> TOUCHPOINTS =
      Map.of(
          "submitted", List.of("Application submitted", "online", "CUSTOMER"),
          "check", List.of("Documents checked", "counter", "FRONTSTAGE"),
          "register", List.of("Registered", "online", "BACKSTAGE"),
          "issue", List.of("Issued", "counter", "FRONTSTAGE"),
          "issued", List.of("Issued", "mail", "EVIDENCE"));

  /** {@code model} with the named elements declared touchpoints ({@link #TOUCHPOINTS}). */
  static BpmnModelInstance withTouchpoints(BpmnModelInstance model, String... elementIds) {
    for (String elementId : elementIds) {
      List<String> declared = TOUCHPOINTS.get(elementId);
      touchpoint(model, elementId, declared.get(0), declared.get(1), declared.get(2));
    }
    return model;
  }

  /** The expression of a service task that gives the case {@code number} as its business key. */
  private static String givesNumber(String number) {
    return "${execution.setProcessBusinessKey('" + number + "')}";
  }

  /**
   * A process {@code processKey} that starts: submitted, checked at the counter, registered by the
   * service task that {@code givesNumber} completes.
   */
  private static ServiceTaskBuilder checkedThenRegistered(
      String processKey, UnaryOperator<ServiceTaskBuilder> givesNumber) {
    return givesNumber.apply(
        Bpmn.createExecutableProcess(processKey)
            .startEvent("submitted")
            .userTask("check")
            .serviceTask("register"));
  }

  /**
   * Submitted, checked at the counter, registered (the number is given here, by the service task
   * that {@code givesNumber} completes), issued at the counter.
   */
  static BpmnModelInstance registration(UnaryOperator<ServiceTaskBuilder> givesNumber) {
    return withTouchpoints(
        checkedThenRegistered("reg", givesNumber).userTask("issue").endEvent("end").done(),
        "submitted",
        "check",
        "register",
        "issue");
  }

  /**
   * The number is given in a command that records no touchpoint: between two back-office tasks that
   * are not touchpoints.
   */
  private static BpmnModelInstance quietRegistration() {
    return withTouchpoints(
        Bpmn.createExecutableProcess("quiet")
            .startEvent("submitted")
            .userTask("prepare")
            .serviceTask("register")
            .camundaExpression(givesNumber("REG-2"))
            .userTask("file")
            .userTask("issue")
            .endEvent("end")
            .done(),
        "submitted",
        "issue");
  }

  /**
   * The number is given by the case's last step (the service task that {@code givesNumber}
   * completes): the instance ends in that command.
   */
  static BpmnModelInstance lastStepRegistration(UnaryOperator<ServiceTaskBuilder> givesNumber) {
    return withTouchpoints(
        checkedThenRegistered("last", givesNumber).endEvent("issued").done(),
        "submitted",
        "check",
        "register",
        "issued");
  }

  /** The number is given, then the step after it fails: the command is rolled back. */
  private static BpmnModelInstance failingRegistration() {
    return withTouchpoints(
        Bpmn.createExecutableProcess("failing")
            .startEvent("submitted")
            .userTask("check")
            .serviceTask("register")
            .camundaExpression(givesNumber("REG-3"))
            .serviceTask("notify")
            .camundaExpression("${noSuchBean.send()}")
            .endEvent("end")
            .done(),
        "submitted",
        "check");
  }

  /**
   * Submitted, paid at the cashier (a called process with a lead time of its own and no
   * touchpoint), registered (the number is given here), issued.
   */
  private static BpmnModelInstance registrationAfterPayment() {
    return withTouchpoints(
        Bpmn.createExecutableProcess("paid")
            .startEvent("submitted")
            .callActivity("pay")
            .calledElement("payment")
            .serviceTask("register")
            .camundaExpression(givesNumber("REG-5"))
            .userTask("issue")
            .endEvent("end")
            .done(),
        "submitted",
        "issue");
  }

  /** The cashier's process that {@link #registrationAfterPayment} calls: no touchpoint. */
  private static BpmnModelInstance payment() {
    return Bpmn.createExecutableProcess("payment")
        .startEvent("billed")
        .userTask("cashier")
        .endEvent("settled")
        .done();
  }

  private static ProcessEngine deployed(Prima prima, BpmnModelInstance model) {
    ProcessEngine engine = prima.processEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("m.bpmn", model).deploy();
    return engine;
  }

  private static void completeTheOnlyTask(ProcessEngine engine, String instanceId) {
    TaskService tasks = engine.getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId());
  }

  /** The case's touchpoints as "element outcome", in the order of its cycle. */
  static List<String> cycle(Prima prima, String caseId) {
    List<String> steps = new ArrayList<>();
    for (Touchpoint touchpoint : prima.touchpoints().query().caseId(caseId).list()) {
      steps.add(touchpoint.elementId() + " " + touchpoint.outcome());
    }
    return steps;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aKeyTheProcessGivesNamesTheWholeCase(TestDatabase database) throws SQLException {
    try (Prima prima = database.builder().build()) {
      ProcessEngine engine =
          deployed(prima, registration(task -> task.camundaExpression(givesNumber("REG-1"))));
      String id = engine.getRuntimeService().startProcessInstanceByKey("reg").getId();
      assertThat(cycle(prima, id)).containsExactly("submitted COMPLETED", "check ACTIVE");

      String submitted =
          prima.touchpoints().query().caseId(id).list().stream()
              .filter(t -> t.elementId().equals("submitted"))
              .findFirst()
              .orElseThrow()
              .id();
      prima.ratings().rate(submitted, Rating.Moment.MAGIC, "quick online form");
      prima
          .voice()
          .lodgeComplaint(
              ComplaintRequest.aboutCase(id)
                  .complainant(Complainant.of("Dewi Lestari", "dewi@example.org"))
                  .channel(Channel.ONLINE)
                  .text("No number after two days")
                  .build());

      completeTheOnlyTask(engine, id); // check ends, the number is given, issue opens

      assertThat(prima.ratings().ratingsOf("REG-1"))
          .as("the rating given before the number, which names the case now")
          .extracting(TouchpointRating::comment)
          .containsExactly("quick online form");
      assertThat(prima.ratings().ratingsOf(id)).isEmpty();
      assertThat(prima.voice().complaintsOfCase("REG-1", Set.of()))
          .as("a complaint about the case, lodged before the number")
          .extracting(Complaint::caseId)
          .containsExactly("REG-1");
      assertThat(cycle(prima, "REG-1"))
          .containsExactly(
              "submitted COMPLETED",
              "check COMPLETED",
              "prima:complaint COMPLETED",
              "register COMPLETED",
              "issue ACTIVE");
      assertThat(cycle(prima, id)).as("the case under the instance's id").isEmpty();
      assertThat(prima.touchpoints().query().caseId("REG-1").list())
          .extracting(Touchpoint::caseId)
          .containsOnly("REG-1");

      completeTheOnlyTask(engine, id);

      assertThat(cycle(prima, "REG-1")).endsWith("issue COMPLETED");
      assertThat(summaries(prima, "REG-1")).isOne();
      assertThat(summaries(prima, id)).isZero();
      assertThat(prima.journeys().cycleOf("REG-1").orElseThrow().elementIds())
          .containsExactly("submitted", "check", "prima:complaint", "register", "issue");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aKeyGivenInACommandThatRecordsNoTouchpointStillMovesTheCase(TestDatabase database) {
    try (Prima prima = database.builder().build()) {
      ProcessEngine engine = deployed(prima, quietRegistration());
      String id = engine.getRuntimeService().startProcessInstanceByKey("quiet", "draft-7").getId();
      String submitted = prima.touchpoints().query().caseId("draft-7").list().get(0).id();
      prima.ratings().rate(submitted, Rating.Moment.NEUTRAL, "fine");

      completeTheOnlyTask(engine, id); // prepare ends, the number is given, file opens

      assertThat(cycle(prima, "REG-2")).containsExactly("submitted COMPLETED");
      assertThat(cycle(prima, "draft-7")).isEmpty();
      assertThat(prima.ratings().ratingsOf("REG-2"))
          .as("the rating of a touchpoint that moved")
          .extracting(TouchpointRating::comment)
          .containsExactly("fine");
      assertThat(prima.ratings().ratingsOf("draft-7")).isEmpty();
      completeTheOnlyTask(engine, id);
      completeTheOnlyTask(engine, id);
      assertThat(cycle(prima, "REG-2")).containsExactly("submitted COMPLETED", "issue COMPLETED");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aKeyGivenAsTheCaseEndsNamesTheWholeCase(TestDatabase database) throws SQLException {
    try (Prima prima = database.builder().build()) {
      ProcessEngine engine =
          deployed(
              prima, lastStepRegistration(task -> task.camundaExpression(givesNumber("REG-4"))));
      String id = engine.getRuntimeService().startProcessInstanceByKey("last").getId();

      completeTheOnlyTask(engine, id); // check ends, the number is given, the case ends

      assertThat(cycle(prima, "REG-4"))
          .containsExactly(
              "submitted COMPLETED", "check COMPLETED", "register COMPLETED", "issued COMPLETED");
      assertThat(cycle(prima, id)).isEmpty();
      assertThat(summaries(prima, "REG-4")).isOne();
      assertThat(summaries(prima, id)).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aKeyGivenInACommandThatFailsMovesNothing(TestDatabase database) {
    try (Prima prima = database.builder().build()) {
      ProcessEngine engine = deployed(prima, failingRegistration());
      String id =
          engine.getRuntimeService().startProcessInstanceByKey("failing", "draft-8").getId();

      assertThatThrownBy(() -> completeTheOnlyTask(engine, id)).hasMessageContaining("noSuchBean");

      assertThat(cycle(prima, "draft-8")).containsExactly("submitted COMPLETED", "check ACTIVE");
      assertThat(cycle(prima, "REG-3")).isEmpty();
      assertThat(businessKey(engine, id)).isEqualTo("draft-8");
    }
  }

  /**
   * A called process that records no touchpoint overran its lead time before the case got its
   * number: its instance is not in the journal, but the breach was filed under the case's old key,
   * the top-level instance's id, which is the case's alone, so it moves with the case.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aBreachOfACalledProcessWithoutTouchpointsMovesWithTheCase(TestDatabase database) {
    MutableClock clock = new MutableClock(Instant.parse("2026-08-13T03:00:00Z"));
    try (Prima prima =
        database
            .builder()
            .clock(clock)
            .standard(
                ServiceStandard.forService("payment")
                    .name("Payment at the cashier")
                    .leadTime(ServiceDuration.calendar(Duration.ofHours(1)))
                    .build())
            .build()) {
      ProcessEngine engine = deployed(prima, payment());
      deployed(prima, registrationAfterPayment());
      String id = engine.getRuntimeService().startProcessInstanceByKey("paid").getId();
      clock.advance(Duration.ofHours(2));
      for (Job job : engine.getManagementService().createJobQuery().list()) {
        engine.getManagementService().executeJob(job.getId());
      }
      assertThat(prima.standards().breachesOf(id))
          .as("the payment's breach, filed under the instance's id before the number")
          .extracting(Breach::kind)
          .containsExactly(BreachKind.LEAD_TIME);

      TaskService tasks = engine.getTaskService();
      tasks.complete(tasks.createTaskQuery().taskDefinitionKey("cashier").singleResult().getId());

      assertThat(prima.standards().breachesOf("REG-5"))
          .extracting(Breach::kind, Breach::processDefinitionKey)
          .containsExactly(tuple(BreachKind.LEAD_TIME, "payment"));
      assertThat(prima.standards().breachesOf(id)).isEmpty();
      assertThat(cycle(prima, "REG-5")).containsExactly("submitted COMPLETED", "issue ACTIVE");
    }
  }

  /** The business key the running instance has now. */
  static String businessKey(ProcessEngine engine, String instanceId) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceId(instanceId)
        .singleResult()
        .getBusinessKey();
  }

  /** How many summaries (one per process key) the case key has in PRIMA_CASE_SUMMARY. */
  static long summaries(Prima prima, String caseKey) throws SQLException {
    try (Connection connection =
            prima.processEngine().getProcessEngineConfiguration().getDataSource().getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "select count(*) from PRIMA_CASE_SUMMARY where CASE_KEY_ = ?")) {
      count.setString(1, caseKey);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
