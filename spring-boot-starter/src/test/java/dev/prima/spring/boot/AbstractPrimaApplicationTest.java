package dev.prima.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.Prima;
import dev.prima.spring.boot.internal.PrimaMetrics;
import dev.prima.touchpoint.Touchpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.health.SystemHealth;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A whole Spring Boot application with Camunda's starter and Prima's, on one database. */
abstract class AbstractPrimaApplicationTest {

  @Autowired Prima prima;
  @Autowired ProcessEngine engine;
  @Autowired TestAgencyApplication.Heard heard;
  @Autowired TestAgencyApplication.Applications applications;
  @Autowired MeterRegistry meters;
  @Autowired HealthEndpoint health;
  @Autowired InfoEndpoint info;
  @Autowired PrometheusMeterRegistry prometheus;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aCaseServedInTheApplicationIsJournalledHeardAndCounted() throws SQLException {
    double before = ended("Documents verified");

    engine.getRuntimeService().startProcessInstanceByKey("permit", caseId("served"));
    String task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(caseId("served"))
            .singleResult()
            .getId();
    engine.getTaskService().complete(task);

    assertThat(prima.touchpoints().query().caseId(caseId("served")).list())
        .extracting(Touchpoint::elementId)
        .containsExactly("submitted", "verify", "check", "issued");
    assertThat(heard.touchpoints)
        .filteredOn(t -> t.caseId().equals(caseId("served")))
        .extracting(Touchpoint::elementId)
        .contains("submitted", "verify", "issued");
    assertThat(ended("Documents verified")).isEqualTo(before + 1);
    // the case ended inside the application's transaction: its summary was written in it too
    assertThat(summaries(caseId("served"))).isOne();
    assertThat(
            meters
                .get(PrimaMetrics.TOUCHPOINT_DURATION)
                .tag("process", "permit")
                .tag("moment", "Documents verified")
                .timer()
                .count())
        .isPositive();
  }

  private long summaries(String caseKey) throws SQLException {
    try (Connection connection = dataSource.getConnection();
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

  @Test
  void aTransactionOfTheApplicationThatRollsBackLeavesNoTouchpointAndNoMetric() {
    double before = ended("Application submitted");

    assertThatThrownBy(() -> applications.takeAndFail(caseId("failed")))
        .hasMessageContaining("the agency's own check failed");

    assertThat(prima.touchpoints().query().caseId(caseId("failed")).count()).isZero();
    assertThat(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseId("failed"))
                .count())
        .as("the case of the failed transaction")
        .isZero();
    assertThat(heard.touchpoints).noneMatch(t -> t.caseId().equals(caseId("failed")));
    assertThat(ended("Application submitted")).isEqualTo(before);
  }

  /**
   * A registration number the process gives its case, in one application transaction that starts
   * the case and finishes its first step: the case is one cycle under the number, its summary too.
   */
  @Test
  void aNumberTheProcessGivesInTheApplicationsTransactionNamesTheWholeCase() throws SQLException {
    String number = caseId("REG-1");
    String id =
        new TransactionTemplate(transactions)
            .execute(
                status -> {
                  String started =
                      engine
                          .getRuntimeService()
                          .startProcessInstanceByKey("registration", Map.of("number", number))
                          .getId();
                  engine
                      .getTaskService()
                      .complete(
                          engine
                              .getTaskService()
                              .createTaskQuery()
                              .processInstanceId(started)
                              .singleResult()
                              .getId());
                  return started;
                });

    assertThat(prima.touchpoints().query().caseId(number).list())
        .extracting(Touchpoint::elementId)
        .containsExactly("submitted", "verify", "register", "issued");
    assertThat(prima.touchpoints().query().caseId(id).list()).isEmpty();
    assertThat(summaries(number)).isOne();
    assertThat(summaries(id)).isZero();
  }

  /**
   * A period's reads inside the application's transaction run on its connection (PostgreSQL: with
   * Prima's plan and JIT settings for the read only); the application's own settings are as it left
   * them after, and its transaction goes on and commits.
   */
  @Test
  void periodReadsInTheApplicationsTransactionLeaveItsSettingsAsTheyWere() {
    Instant from = Instant.now().minus(Duration.ofHours(1));
    engine.getRuntimeService().startProcessInstanceByKey("permit", caseId("read"));
    Instant to = Instant.now().plus(Duration.ofHours(1));
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    List<String> settings =
        new TransactionTemplate(transactions)
            .execute(
                status -> {
                  boolean postgres = postgres(jdbc);
                  if (postgres) {
                    jdbc.execute("set local plan_cache_mode = force_generic_plan");
                    jdbc.execute("set local jit = on");
                  }
                  assertThat(
                          prima.touchpoints().query().ofCasesTouchedIn("permit", from, to).list())
                      .extracting(Touchpoint::caseId)
                      .contains(caseId("read"));
                  assertThat(prima.people().accountability(from, to)).isNotNull();
                  return postgres
                      ? List.of(
                          jdbc.queryForObject("show plan_cache_mode", String.class),
                          jdbc.queryForObject("show jit", String.class))
                      : List.of();
                });

    if (!settings.isEmpty()) {
      assertThat(settings).containsExactly("force_generic_plan", "on");
    }
  }

  private static boolean postgres(JdbcTemplate jdbc) {
    return "PostgreSQL"
        .equals(
            jdbc.execute(
                (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
  }

  @Test
  void healthAndInfoShowTheJournal() {
    SystemHealth system = (SystemHealth) health.health();
    var prima = system.getComponents().get("prima");
    assertThat(prima.getStatus()).isEqualTo(Status.UP);
    Map<String, Object> details =
        ((org.springframework.boot.actuate.health.Health) prima).getDetails();
    assertThat(details).containsEntry("journalWritable", true);
    assertThat((Integer) details.get("journalSchemaVersion")).isPositive();

    @SuppressWarnings("unchecked")
    Map<String, Object> contributed = (Map<String, Object>) info.info().get("prima");
    assertThat(contributed).containsEntry("engine", engine.getName());
  }

  @Test
  void prometheusShowsTheMetersUnderMicrometersNames() throws Exception {
    engine.getRuntimeService().startProcessInstanceByKey("permit", caseId("scraped"));

    String scrape = prometheus.scrape();

    assertThat(scrape)
        .contains(
            "prima_touchpoints_ended_total{channel=\"online\",moment=\"Application submitted\"")
        .contains("prima_touchpoint_duration_seconds_count{moment=\"Application submitted\"")
        .contains("prima_cases_active ");
    Path example = Path.of("target", "prometheus-" + getClass().getSimpleName() + ".txt");
    Files.createDirectories(example.getParent());
    Files.writeString(
        example,
        scrape
            .lines()
            .filter(line -> line.contains("prima_"))
            .collect(Collectors.joining("\n", "", "\n")));
  }

  @Test
  void theRolesOfTheApplicationAreCamundaGroups() {
    engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup("counter-officer"));
    assertThat(engine.getIdentityService().createGroupQuery().groupId("counter-officer").count())
        .isEqualTo(1);
    engine.getIdentityService().deleteGroup("counter-officer");
  }

  private String caseId(String name) {
    return getClass().getSimpleName() + "-" + name;
  }

  private double ended(String moment) {
    var counter =
        meters
            .find(PrimaMetrics.TOUCHPOINTS_ENDED)
            .tag("process", "permit")
            .tag("moment", moment)
            .counter();
    return counter == null ? 0 : counter.count();
  }
}
