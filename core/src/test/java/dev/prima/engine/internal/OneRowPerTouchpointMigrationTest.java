package dev.prima.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Version 4 folds the END rows of earlier versions into their START rows. */
class OneRowPerTouchpointMigrationTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void endRowsAreFoldedIntoTheirStartRowsAndAnOrphanEndBecomesAFullRow(TestDatabase database)
      throws SQLException {
    try (Prima prima = database.builder().build()) {
      DataSource dataSource = EngineBootstrap.dataSourceOf(prima.processEngine());
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        // rows as versions 1-3 wrote them
        insert(connection, "apply:1", "apply:1", "START", 1, "clerk", 1_000L, null, "ACTIVE");
        insert(
            connection, "apply:1~end", "apply:1", "END", 5, "officer", null, 4_000L, "COMPLETED");
        insert(connection, "verify:2", "verify:2", "START", 6, null, 5_000L, null, "ACTIVE");
        insert(connection, "issue:3~end", "issue:3", "END", 9, "head", 7_000L, 8_000L, "CANCELLED");
        try (Statement statement = connection.createStatement()) {
          statement.execute("delete from PRIMA_SCHEMA_VERSION where VERSION_ = 4");
        }
      }

      String type =
          ((ProcessEngineImpl) prima.processEngine())
              .getProcessEngineConfiguration()
              .getDatabaseType();
      new PrimaSchema(dataSource, type).upgrade();

      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "select ID_, PHASE_, USER_ID_, END_MS_, OUTCOME_ from PRIMA_JOURNAL order by ID_")) {
        List<List<Object>> found = new ArrayList<>();
        while (rows.next()) {
          long end = rows.getLong(4);
          found.add(
              java.util.Arrays.asList(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.wasNull() ? null : end,
                  rows.getString(5)));
        }
        assertThat(found)
            .containsExactly(
                java.util.Arrays.asList("apply:1", "FULL", "officer", 4_000L, "COMPLETED"),
                java.util.Arrays.asList("issue:3", "FULL", "head", 8_000L, "CANCELLED"),
                java.util.Arrays.asList("verify:2", "START", null, null, "ACTIVE"));
      }
      assertThat(prima.touchpoints().query().caseId("M-1").list())
          .extracting(Touchpoint::id, Touchpoint::outcome, Touchpoint::end)
          .containsExactly(
              tuple("apply:1", Outcome.COMPLETED, Instant.ofEpochMilli(4_000)),
              tuple("verify:2", Outcome.ACTIVE, null),
              tuple("issue:3", Outcome.CANCELLED, Instant.ofEpochMilli(8_000)));
    }
  }

  private static void insert(
      Connection connection,
      String id,
      String touchpointId,
      String phase,
      long sequence,
      String userId,
      Long startMillis,
      Long endMillis,
      String outcome)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into PRIMA_JOURNAL (ID_, TOUCHPOINT_ID_, PHASE_, SEQ_, CASE_KEY_, PROC_INST_ID_,"
                + " ROOT_PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_VERSION_, ELEMENT_ID_, MOMENT_,"
                + " KIND_, USER_ID_, START_MS_, END_MS_, OUTCOME_)"
                + " values (?, ?, ?, ?, 'M-1', 'pi-1', 'pi-1', 'permit', 1, ?, ?, 'CONTACT', ?, ?,"
                + " ?, ?)")) {
      String element = touchpointId.substring(0, touchpointId.indexOf(':'));
      insert.setString(1, id);
      insert.setString(2, touchpointId);
      insert.setString(3, phase);
      insert.setLong(4, sequence);
      insert.setString(5, element);
      insert.setString(6, "Moment " + element);
      insert.setString(7, userId);
      insert.setObject(8, startMillis, java.sql.Types.BIGINT);
      insert.setObject(9, endMillis, java.sql.Types.BIGINT);
      insert.setString(10, outcome);
      insert.executeUpdate();
    }
  }
}
