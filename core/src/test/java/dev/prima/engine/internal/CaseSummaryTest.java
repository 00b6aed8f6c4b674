package dev.prima.engine.internal;

import static dev.prima.TestModels.mark;
import static dev.prima.TestModels.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.MutableClock;
import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.internal.CaseSummaryCodec;
import dev.prima.journey.ServiceCycle;
import dev.prima.journey.ServiceProfile;
import dev.prima.touchpoint.Touchpoint;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A service's profile read from per-case summaries (schema version 8) is the profile the journal
 * gives: loops, a called process, a case with two top-level instances, running cases, cases begun
 * before the period or running past it, a rolled-back end, and moment names in a language.
 */
class CaseSummaryTest {

  private static final Instant MAY = Instant.parse("2026-05-20T01:00:00Z");
  private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");
  private static final Instant JULY = Instant.parse("2026-07-01T00:00:00Z");
  private static final Map<String, Object> AGAIN = Map.of("again", true);
  private static final Map<String, Object> DONE = Map.of("again", false);

  /** Check, revised as often as asked, an inspection in a called process, then signing. */
  private static BpmnModelInstance permit() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("permit")
            .startEvent("start")
            .userTask("check")
            .exclusiveGateway("ok")
            .condition("again", "${again}")
            .userTask("revise")
            .connectTo("check")
            .moveToNode("ok")
            .condition("done", "${!again}")
            .callActivity("inspect")
            .calledElement("inspection")
            .userTask("sign")
            .endEvent("end")
            .camundaExecutionListenerExpression("start", "${explode ? no.such.bean : true}")
            .done();
    touchpoint(model, "start", "Applied, online; at home", "online", "CUSTOMER");
    touchpoint(model, "check", "Papers checked", "counter", "FRONTSTAGE");
    touchpoint(model, "revise", "Papers fixed \\ resent", "online", "CUSTOMER");
    touchpoint(model, "sign", "Permit signed", "counter", "BACKSTAGE");
    mark(model, "check", "prima.touchpoint.en", "Documents, checked");
    return model;
  }

  private static BpmnModelInstance inspection() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("inspection")
            .startEvent("s")
            .userTask("visit")
            .endEvent("e")
            .done();
    touchpoint(model, "visit", "Site visited", "home-visit", "FRONTSTAGE");
    return model;
  }

  private static void deploy(Prima prima) {
    prima
        .processEngine()
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("permit.bpmn", permit())
        .addModelInstance("inspection.bpmn", inspection())
        .deploy();
  }

  private static ProcessInstance start(Prima prima, String caseKey) {
    return prima
        .processEngine()
        .getRuntimeService()
        .startProcessInstanceByKey("permit", caseKey, Map.of("again", false, "explode", false));
  }

  /** Completes the one open task of the instance or of the process it called. */
  private static void complete(
      Prima prima, MutableClock clock, ProcessInstance instance, Map<String, Object> variables) {
    clock.advance(Duration.ofMinutes(37));
    ProcessEngine engine = prima.processEngine();
    List<Task> tasks =
        engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
    if (tasks.isEmpty()) {
      ProcessInstance called =
          engine
              .getRuntimeService()
              .createProcessInstanceQuery()
              .superProcessInstanceId(instance.getId())
              .singleResult();
      tasks = engine.getTaskService().createTaskQuery().processInstanceId(called.getId()).list();
    }
    engine.getTaskService().complete(tasks.get(0).getId(), variables);
  }

  /** Runs a case to its end with {@code loops} revisions. */
  private static void run(Prima prima, MutableClock clock, ProcessInstance instance, int loops) {
    for (int i = 0; i < loops; i++) {
      complete(prima, clock, instance, AGAIN);
      complete(prima, clock, instance, DONE);
    }
    complete(prima, clock, instance, DONE); // check
    complete(prima, clock, instance, DONE); // visit
    complete(prima, clock, instance, DONE); // sign
  }

  private static void moveTo(MutableClock clock, Instant at) {
    clock.advance(Duration.between(clock.instant(), at));
  }

  /** A May case running into June, June's cases of every kind, a case running past June. */
  private static void serveCases(Prima prima, MutableClock clock) {
    deploy(prima);
    ProcessInstance may = start(prima, "P-MAY");
    complete(prima, clock, may, AGAIN);
    moveTo(clock, JUNE.plus(Duration.ofHours(1)));
    complete(prima, clock, may, DONE); // revise
    run(prima, clock, may, 0);
    for (int i = 0; i < 6; i++) {
      run(prima, clock, start(prima, "P-" + i), i % 3);
      clock.advance(Duration.ofHours(5));
    }
    // running in the period: waiting at its revision
    ProcessInstance waiting = start(prima, "P-WAIT");
    complete(prima, clock, waiting, AGAIN);
    // two top-level instances of one case: the first ended, the second still runs
    run(prima, clock, start(prima, "P-TWICE"), 0);
    start(prima, "P-TWICE");
    // two top-level instances of one case, both ended: the second's end writes the summary again
    run(prima, clock, start(prima, "P-AGAIN"), 1);
    clock.advance(Duration.ofDays(1));
    run(prima, clock, start(prima, "P-AGAIN"), 0);
    // begun in June, ended in July: its July touchpoints are not the period's
    moveTo(clock, JULY.minus(Duration.ofMinutes(50)));
    run(prima, clock, start(prima, "P-LATE"), 1);
    clock.advance(Duration.ofDays(2));
  }

  /**
   * The profile as the journal gives it, the way profileOf read it before summaries: the period's
   * touchpoints of the process by case, less the cases begun earlier, finished when none of their
   * top-level instances runs.
   */
  private static ServiceProfile fromJournal(
      Prima prima, String key, Instant from, Instant to, Locale locale) {
    Map<String, List<Touchpoint>> byCase = new LinkedHashMap<>();
    for (Touchpoint t :
        prima
            .touchpoints()
            .query()
            .processDefinitionKey(key)
            .startedAfter(from)
            .startedBefore(to)
            .list()) {
      byCase
          .computeIfAbsent(t.caseId(), c -> new ArrayList<>())
          .add(locale == null ? t : t.withMoment(prima.modelTexts().momentOf(t, locale)));
    }
    byCase
        .keySet()
        .removeIf(
            c ->
                prima
                        .touchpoints()
                        .query()
                        .processDefinitionKey(key)
                        .caseId(c)
                        .startedBefore(from)
                        .count()
                    > 0);
    Set<String> roots = new LinkedHashSet<>();
    byCase.values().forEach(list -> list.forEach(t -> roots.add(t.rootProcessInstanceId())));
    Set<String> running = new HashSet<>();
    prima
        .processEngine()
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceIds(roots)
        .list()
        .forEach(i -> running.add(i.getId()));
    List<ServiceCycle> cycles = new ArrayList<>();
    byCase.forEach(
        (c, list) ->
            cycles.add(
                ServiceCycle.of(
                    c,
                    list,
                    list.stream().noneMatch(t -> running.contains(t.rootProcessInstanceId())),
                    prima.clock().instant())));
    return ServiceProfile.of(key, cycles);
  }

  private static DataSource dataSource(Prima prima) {
    return ((ProcessEngineConfigurationImpl) prima.processEngine().getProcessEngineConfiguration())
        .getDataSource();
  }

  private static void execute(Prima prima, String... statements) {
    try (Connection connection = dataSource(prima).getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> summaries(Prima prima) {
    List<String> rows = new ArrayList<>();
    try (Connection connection = dataSource(prima).getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "select CASE_KEY_, PROC_DEF_KEY_, START_MS_, TOUCHPOINTS_ from PRIMA_CASE_SUMMARY"
                    + " order by CASE_KEY_, PROC_DEF_KEY_")) {
      while (result.next()) {
        rows.add(
            result.getString(1)
                + " "
                + result.getString(2)
                + " "
                + result.getLong(3)
                + " "
                + result.getString(4));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<String> summaryOf(Prima prima, String caseKey, String key) {
    try (Connection connection = dataSource(prima).getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select TOUCHPOINTS_ from PRIMA_CASE_SUMMARY where CASE_KEY_ = ?"
                    + " and PROC_DEF_KEY_ = ?")) {
      select.setString(1, caseKey);
      select.setString(2, key);
      try (ResultSet result = select.executeQuery()) {
        return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String databaseType(TestDatabase database) {
    return database == TestDatabase.H2 ? "h2" : "postgres";
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void profilesFromSummariesEqualTheJournalsInEveryLanguage(TestDatabase database) {
    var clock = new MutableClock(MAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      serveCases(prima, clock);

      for (String key : List.of("permit", "inspection")) {
        for (Locale locale : new Locale[] {null, Locale.ENGLISH, Locale.forLanguageTag("id")}) {
          ServiceProfile expected = fromJournal(prima, key, JUNE, JULY, locale);
          ServiceProfile actual =
              locale == null
                  ? prima.journeys().profileOf(key, JUNE, JULY).orElseThrow()
                  : prima.journeys().profileOf(key, JUNE, JULY, locale).orElseThrow();
          assertThat(actual).as(key + " " + locale).isEqualTo(expected);
        }
      }
      ServiceProfile june = prima.journeys().profileOf("permit", JUNE, JULY).orElseThrow();
      // P-0..P-5, P-WAIT, P-TWICE, P-AGAIN, P-LATE; not P-MAY
      assertThat(june.cases()).isEqualTo(10);
      assertThat(june.leadTimes().cases()).isEqualTo(8);
      assertThat(june.touchpoints().get(1).moment()).isEqualTo("Papers checked");
      assertThat(
              prima
                  .journeys()
                  .profileOf("permit", JUNE, JULY, Locale.ENGLISH)
                  .orElseThrow()
                  .touchpoints()
                  .get(1)
                  .moment())
          .isEqualTo("Documents, checked");
      // a summary per case and key that has touchpoints: the called process's too
      assertThat(summaryOf(prima, "P-1", "inspection")).isPresent();
      assertThat(summaryOf(prima, "P-WAIT", "permit")).isEmpty();
      // narrower periods and one with no case
      for (Instant to : List.of(JUNE.plus(Duration.ofHours(12)), JULY.minusSeconds(1))) {
        assertThat(prima.journeys().profileOf("permit", JUNE, to))
            .contains(fromJournal(prima, "permit", JUNE, to, null));
      }
      assertThat(
              prima
                  .journeys()
                  .profileOf(
                      "permit", JULY.plus(Duration.ofDays(30)), JULY.plus(Duration.ofDays(31))))
          .isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theSecondInstanceOfACaseReplacesItsSummaryWhenItEnds(TestDatabase database) {
    var clock = new MutableClock(JUNE);
    try (Prima prima = database.builder().clock(clock).build()) {
      deploy(prima);
      run(prima, clock, start(prima, "P-1"), 0);
      String first = summaryOf(prima, "P-1", "permit").orElseThrow();
      ProcessInstance second = start(prima, "P-1");
      // while it runs the profile reads the case from the journal: three touchpoints more
      assertThat(prima.journeys().profileOf("permit", JUNE, JULY).orElseThrow())
          .isEqualTo(fromJournal(prima, "permit", JUNE, JULY, null))
          .satisfies(p -> assertThat(p.leadTimes().cases()).isZero());
      run(prima, clock, second, 0);
      assertThat(summaryOf(prima, "P-1", "permit").orElseThrow())
          .startsWith(first + ";")
          .isNotEqualTo(first);
      assertThat(prima.journeys().profileOf("permit", JUNE, JULY).orElseThrow())
          .isEqualTo(fromJournal(prima, "permit", JUNE, JULY, null))
          .satisfies(p -> assertThat(p.leadTimes().cases()).isOne());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aRolledBackEndWritesNoSummary(TestDatabase database) {
    var clock = new MutableClock(JUNE);
    try (Prima prima = database.builder().clock(clock).build()) {
      deploy(prima);
      ProcessInstance instance = start(prima, "P-1");
      complete(prima, clock, instance, DONE);
      complete(prima, clock, instance, DONE);

      assertThatThrownBy(() -> complete(prima, clock, instance, Map.of("explode", true)))
          .isNotNull();

      assertThat(summaryOf(prima, "P-1", "permit")).isEmpty();
      assertThat(prima.journeys().profileOf("permit", JUNE, JULY).orElseThrow())
          .isEqualTo(fromJournal(prima, "permit", JUNE, JULY, null));
      complete(prima, clock, instance, Map.of("explode", false));
      assertThat(summaryOf(prima, "P-1", "permit")).isPresent();
      assertThat(prima.journeys().profileOf("permit", JUNE, JULY).orElseThrow())
          .isEqualTo(fromJournal(prima, "permit", JUNE, JULY, null));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aDamagedSummaryShowsInTheProfile(TestDatabase database) {
    var clock = new MutableClock(MAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      serveCases(prima, clock);
      String full = summaryOf(prima, "P-2", "permit").orElseThrow();
      String lessOne = full.substring(0, full.lastIndexOf(';'));
      execute(
          prima,
          "update PRIMA_CASE_SUMMARY set TOUCHPOINTS_ = '"
              + lessOne.replace("'", "''")
              + "' where CASE_KEY_ = 'P-2' and PROC_DEF_KEY_ = 'permit'");

      assertThat(prima.journeys().profileOf("permit", JUNE, JULY).orElseThrow())
          .isNotEqualTo(fromJournal(prima, "permit", JUNE, JULY, null));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void version8FillsTheSummariesOfAnOlderJournal(TestDatabase database) {
    var clock = new MutableClock(MAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      serveCases(prima, clock);
      List<String> written = summaries(prima);
      ServiceProfile profile = prima.journeys().profileOf("permit", JUNE, JULY).orElseThrow();

      // back to version 7: no summary table
      execute(
          prima,
          "drop table PRIMA_CASE_SUMMARY",
          "delete from PRIMA_SCHEMA_VERSION where VERSION_ = 8");
      new PrimaSchema(dataSource(prima), databaseType(database)).upgrade();

      // the finished cases' summaries as their ends wrote them; the running cases (P-TWICE's
      // second instance, P-WAIT) get one too, which the profile does not read while they run
      List<String> filled = summaries(prima);
      assertThat(filled.stream().filter(row -> !row.matches("P-(TWICE|WAIT) .*")))
          .containsExactlyElementsOf(
              written.stream().filter(row -> !row.startsWith("P-TWICE ")).toList());
      assertThat(filled).anyMatch(row -> row.startsWith("P-WAIT permit "));
      assertThat(filled).anyMatch(row -> row.startsWith("P-TWICE permit "));
      assertThat(prima.journeys().profileOf("permit", JUNE, JULY)).contains(profile);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void purgingACaseDeletesItsSummaries(TestDatabase database) {
    var clock = new MutableClock(MAY);
    try (Prima prima = database.builder().clock(clock).build()) {
      serveCases(prima, clock);
      assertThat(summaryOf(prima, "P-MAY", "permit")).isPresent();

      prima.upkeep().purge(JUNE.plus(Duration.ofDays(2)));

      assertThat(summaryOf(prima, "P-MAY", "permit")).isEmpty();
      assertThat(summaryOf(prima, "P-MAY", "inspection")).isEmpty();
      assertThat(summaryOf(prima, "P-LATE", "permit")).isPresent();
    }
  }

  @Test
  void theMigrationFillsWithTheStatementTheEngineWrites() throws Exception {
    for (String dialect : List.of("common", "postgres")) {
      String script;
      try (var in =
          getClass()
              .getClassLoader()
              .getResourceAsStream("dev/prima/db/" + dialect + "/V8__case_summary.sql")) {
        script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      List<String> statements = PrimaSchema.statements(script);
      String fill = statements.get(statements.size() - 1).replaceAll("\\s+", " ");
      assertThat(fill.replace("( ", "(").replace(" )", ")")).isEqualTo(CaseSummaryCodec.FILL);
    }
  }
}
