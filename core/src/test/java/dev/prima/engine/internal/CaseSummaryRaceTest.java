package dev.prima.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;

/**
 * Two nodes end two top-level instances of one case at the same moment (PostgreSQL, the database
 * several nodes share): each writes its last touchpoint and the case's summary in its own
 * transaction. The summary written last must hold both touchpoints, whichever commits first.
 */
class CaseSummaryRaceTest {

  @Test
  void theLastSummaryOfACaseSeesTheOtherNodesCommittedTouchpoints() throws Exception {
    try (Prima prima = TestDatabase.POSTGRES.builder().build()) {
      DataSource dataSource =
          ((ProcessEngineConfigurationImpl) prima.processEngine().getProcessEngineConfiguration())
              .getDataSource();
      JournalWriter first = new JournalWriter();
      JournalWriter second = new JournalWriter();
      try (Connection a = dataSource.getConnection();
          Connection b = dataSource.getConnection()) {
        a.setAutoCommit(false);
        b.setAutoCommit(false);
        journal(a, "a-1", "pi-a", 1_000);
        first.writeSummaries(a, List.of("C-1"), false);
        journal(b, "b-1", "pi-b", 2_000);
        // the second node's summary waits for the first node's transaction to end
        CompletableFuture<Void> secondSummary =
            CompletableFuture.runAsync(
                () -> {
                  try {
                    second.writeSummaries(b, List.of("C-1"), false);
                    b.commit();
                  } catch (SQLException e) {
                    throw new IllegalStateException(e);
                  }
                });
        Thread.sleep(300);
        assertThat(secondSummary)
            .as("the second summary waits while the first node's transaction is open")
            .isNotDone();
        a.commit();
        secondSummary.get(2, TimeUnit.MINUTES);
      }
      assertThat(summary(dataSource, "C-1"))
          .as("the summary holds both nodes' touchpoints, in cycle order")
          .startsWith("a-el,")
          .contains(";b-el,");
    }
  }

  private static void journal(Connection connection, String id, String instance, long start)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into PRIMA_JOURNAL (ID_, TOUCHPOINT_ID_, PHASE_, SEQ_, CASE_KEY_,"
                + " PROC_INST_ID_, ROOT_PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_VERSION_,"
                + " ELEMENT_ID_, MOMENT_, KIND_, START_MS_, END_MS_, OUTCOME_)"
                + " values (?, ?, 'FULL', ?, 'C-1', ?, ?, 'permit', 1, ?, 'm', 'CONTACT', ?, ?,"
                + " 'COMPLETED')")) {
      insert.setString(1, id);
      insert.setString(2, id);
      insert.setLong(3, start);
      insert.setString(4, instance);
      insert.setString(5, instance);
      insert.setString(6, id.substring(0, 1) + "-el");
      insert.setLong(7, start);
      insert.setLong(8, start + 10);
      insert.executeUpdate();
    }
  }

  private static String summary(DataSource dataSource, String caseKey) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select TOUCHPOINTS_ from PRIMA_CASE_SUMMARY where CASE_KEY_ = ?")) {
      select.setString(1, caseKey);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).as("the case has a summary").isTrue();
        return row.getString(1);
      }
    }
  }
}
