package dev.prima.testing.internal;

import dev.prima.PrimaException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;

/** The raw rows of Prima's journal table, as written, for reconciling them with the history. */
public final class JournalRows {

  /**
   * One row of {@code PRIMA_JOURNAL}: phase START opens, END closes, FULL does both, SERVE notes a
   * user task's first assignment and does neither.
   */
  public record Row(
      String touchpointId,
      String phase,
      String caseId,
      String processInstanceId,
      String processKey,
      int version,
      String elementId,
      String kind) {

    public boolean opens() {
      return "START".equals(phase) || "FULL".equals(phase);
    }

    public boolean closes() {
      return "END".equals(phase) || "FULL".equals(phase);
    }
  }

  private JournalRows() {}

  public static List<Row> read(ProcessEngine engine) {
    List<Row> rows = new ArrayList<>();
    try (Connection connection =
            engine.getProcessEngineConfiguration().getDataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "select TOUCHPOINT_ID_, PHASE_, CASE_KEY_, PROC_INST_ID_, PROC_DEF_KEY_,"
                    + " PROC_DEF_VERSION_, ELEMENT_ID_, KIND_ from "
                    + JournalReset.JOURNAL_TABLE)) {
      while (result.next()) {
        rows.add(
            new Row(
                result.getString(1),
                result.getString(2),
                result.getString(3),
                result.getString(4),
                result.getString(5),
                result.getInt(6),
                result.getString(7),
                result.getString(8)));
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new PrimaException("Cannot read the touchpoint journal: " + e.getMessage(), e);
    }
    return rows;
  }
}
