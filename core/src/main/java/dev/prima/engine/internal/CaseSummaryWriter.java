package dev.prima.engine.internal;

import dev.prima.internal.CaseSummaryCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes the per-case summaries ({@link CaseSummaryCodec}) of the cases an engine command ended, on
 * the engine's connection and in its transaction, after the command's journal rows: the summary
 * includes them. One statement per case (an insert..select that replaces the case's summaries), on
 * PostgreSQL with the commit when the engine commits right after; prepared once per physical
 * connection.
 */
final class CaseSummaryWriter {

  private final Map<Connection, PreparedStatement[]> prepared = new IdentityHashMap<>();

  /**
   * Replaces the summaries of {@code caseKeys} with ones computed from their journal rows now.
   *
   * @param commit true when the engine commits right after: on PostgreSQL the commit then goes with
   *     the last statement, as the journal's rows do ({@link JournalWriter})
   */
  void write(Connection connection, Collection<String> caseKeys, boolean commit)
      throws SQLException {
    Connection physical = JournalWriter.physicalOf(connection);
    PreparedStatement[] statements = statementsFor(physical);
    boolean postgres = statements.length == 2;
    int left = caseKeys.size();
    for (String caseKey : caseKeys) {
      left--;
      int index = postgres && commit && left == 0 ? 1 : 0;
      if (statements[index] == null || statements[index].isClosed()) {
        statements[index] =
            physical.prepareStatement(
                postgres
                    ? CaseSummaryCodec.WRITE_CASE_POSTGRES + (index == 1 ? "; commit" : "")
                    : CaseSummaryCodec.WRITE_CASE_H2);
      }
      statements[index].setString(1, caseKey);
      statements[index].execute();
    }
  }

  /** The connection's statements: without and with the commit on PostgreSQL, one elsewhere. */
  private PreparedStatement[] statementsFor(Connection physical) throws SQLException {
    synchronized (prepared) {
      PreparedStatement[] statements = prepared.get(physical);
      if (statements != null && !physical.isClosed()) {
        return statements;
      }
      prepared.keySet().removeIf(CaseSummaryWriter::isClosed);
      boolean postgres = "PostgreSQL".equals(physical.getMetaData().getDatabaseProductName());
      statements = new PreparedStatement[postgres ? 2 : 1];
      prepared.put(physical, statements);
      return statements;
    }
  }

  private static boolean isClosed(Connection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }
}
