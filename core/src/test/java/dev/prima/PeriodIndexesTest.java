package dev.prima;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.people.internal.JournalPeople;
import dev.prima.touchpoint.TouchpointQuery;
import dev.prima.touchpoint.internal.JdbcTouchpointJournal;
import dev.prima.upkeep.internal.JdbcJournalUpkeep;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the journal's period indexes are partial (schema version 9: START and FULL rows
 * only), so a read can use them only when its conditions imply theirs. Each period read must be
 * able to: with sequential scans priced out, its plan names the index, never a scan of the journal.
 * A read whose phase condition is dropped or changed fails here instead of scanning 28,000,000
 * rows.
 */
class PeriodIndexesTest {

  private static final long JUNE = Instant.parse("2026-06-01T00:00:00Z").toEpochMilli();

  /** A scan of one of the two partial period indexes (the planner picks either on small tables). */
  private static final String PERIOD_INDEX = "Scan using prima_journal_(start|proc)_idx";

  private static final long JULY = Instant.parse("2026-07-01T00:00:00Z").toEpochMilli();

  @Test
  void everyPeriodReadCanUseThePartialIndexes() throws SQLException {
    try (Prima prima = TestDatabase.POSTGRES.builder().build()) {
      DataSource dataSource =
          ((ProcessEngineConfigurationImpl) prima.processEngine().getProcessEngineConfiguration())
              .getDataSource();
      TouchpointQuery period =
          prima
              .touchpoints()
              .query()
              .ofCasesTouchedIn("permit", Instant.ofEpochMilli(JUNE), Instant.ofEpochMilli(JULY))
              .orderByCase();
      TouchpointQuery month =
          prima
              .touchpoints()
              .query()
              .processDefinitionKey("permit")
              .startedAfter(Instant.ofEpochMilli(JUNE))
              .startedBefore(Instant.ofEpochMilli(JULY));

      assertThat(plan(dataSource, JournalPeople.ACCOUNTABILITY, JUNE, JULY))
          .containsPattern(PERIOD_INDEX)
          .doesNotContain("Seq Scan on prima_journal");
      assertThat(plan(dataSource, JdbcJournalUpkeep.WALK_PAGE, 0L, JULY, 0L, "", 500))
          .containsPattern(PERIOD_INDEX)
          .doesNotContain("Seq Scan on prima_journal");
      assertThat(plan(dataSource, JdbcTouchpointJournal.sqlOf(period), "permit", JUNE, JULY))
          .containsPattern(PERIOD_INDEX)
          .doesNotContain("Seq Scan on prima_journal");
      assertThat(plan(dataSource, JdbcTouchpointJournal.sqlOf(month), "permit", JUNE, JULY))
          .containsPattern(PERIOD_INDEX)
          .doesNotContain("Seq Scan on prima_journal");

      // a read of cases names no start: the partial indexes cannot stand in for a filter of the
      // phase (with the phase alone in their condition, PostgreSQL ANDed a read of 400 cases with
      // the whole start index); without the case index it must scan the journal
      TouchpointQuery cases =
          prima.touchpoints().query().caseIdIn(List.of("C-1", "C-2")).orderByCase();
      assertThat(
              planAfter(
                  dataSource,
                  "drop index PRIMA_JOURNAL_CASE_IDX",
                  JdbcTouchpointJournal.sqlOf(cases),
                  "C-1",
                  "C-2"))
          .doesNotContainPattern(PERIOD_INDEX)
          .contains("Seq Scan on prima_journal");
    }
  }

  private static String plan(DataSource dataSource, String sql, Object... parameters)
      throws SQLException {
    return planAfter(dataSource, null, sql, parameters);
  }

  /** The plan of {@code sql}, sequential scans priced out, after {@code setup} (rolled back). */
  private static String planAfter(
      DataSource dataSource, String setup, String sql, Object... parameters) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement set = connection.createStatement()) {
        set.execute("set local enable_seqscan = off");
        if (setup != null) {
          set.execute(setup);
        }
      }
      StringBuilder plan = new StringBuilder();
      try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
        for (int i = 0; i < parameters.length; i++) {
          explain.setObject(i + 1, parameters[i]);
        }
        try (ResultSet rows = explain.executeQuery()) {
          while (rows.next()) {
            plan.append(rows.getString(1)).append('\n');
          }
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      return plan.toString();
    }
  }
}
