package dev.prima.testing.internal;

import dev.prima.PrimaException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Empties the touchpoint journal between tests. The journal's own purge keeps active touchpoints,
 * so this deletes the rows of Prima's journal table directly.
 */
public final class JournalReset {

  /** Prima core's journal table (see its schema V1). */
  static final String JOURNAL_TABLE = "PRIMA_JOURNAL";

  private JournalReset() {}

  public static void clear(ProcessEngine engine) {
    try (Connection connection =
            engine.getProcessEngineConfiguration().getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("delete from " + JOURNAL_TABLE);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new PrimaException("Cannot empty the touchpoint journal: " + e.getMessage(), e);
    }
  }
}
