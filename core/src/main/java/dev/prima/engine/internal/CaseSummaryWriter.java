package dev.prima.engine.internal;

import dev.prima.journey.internal.CaseSummaries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes the per-case summaries ({@link CaseSummaries}) of the cases an engine command ended, on
 * the engine's connection and in its transaction, after the command's journal rows: the summary
 * includes them. One statement per case on PostgreSQL (delete and insert, and the commit when the
 * engine commits right after), two on H2; each prepared once per physical connection.
 */
final class CaseSummaryWriter {

  private static final String POSTGRES =
      CaseSummaries.DELETE_CASE + "; " + CaseSummaries.WRITE_CASE;

  private final Map<Connection, Statements> prepared = new IdentityHashMap<>();

  /**
   * Replaces the summaries of {@code caseKeys} with ones computed from their journal rows now.
   *
   * @param commit true when the engine commits right after: on PostgreSQL the commit then goes with
   *     the last statement, as the journal's rows do ({@link JournalWriter})
   */
  void write(Connection connection, Collection<String> caseKeys, boolean commit)
      throws SQLException {
    Statements statements = statementsFor(JournalWriter.physicalOf(connection));
    int left = caseKeys.size();
    for (String caseKey : caseKeys) {
      left--;
      if (statements.postgres) {
        PreparedStatement both = statements.postgres(commit && left == 0);
        both.setString(1, caseKey);
        both.setString(2, caseKey);
        both.execute();
      } else {
        statements.delete.setString(1, caseKey);
        statements.delete.executeUpdate();
        statements.insert.setString(1, caseKey);
        statements.insert.executeUpdate();
      }
    }
  }

  private Statements statementsFor(Connection physical) throws SQLException {
    synchronized (prepared) {
      Statements statements = prepared.get(physical);
      if (statements != null && !physical.isClosed() && !statements.isClosed()) {
        return statements;
      }
      prepared.keySet().removeIf(CaseSummaryWriter::isClosed);
      statements =
          new Statements(
              physical, "PostgreSQL".equals(physical.getMetaData().getDatabaseProductName()));
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

  /** One connection's statements, prepared when first used; one command at a time uses them. */
  private static final class Statements {
    private final Connection physical;
    private final boolean postgres;
    private final PreparedStatement delete;
    private final PreparedStatement insert;
    private final PreparedStatement[] both = new PreparedStatement[2];

    Statements(Connection physical, boolean postgres) throws SQLException {
      this.physical = physical;
      this.postgres = postgres;
      this.delete = postgres ? null : physical.prepareStatement(CaseSummaries.DELETE_CASE);
      this.insert = postgres ? null : physical.prepareStatement(CaseSummaries.WRITE_CASE);
    }

    PreparedStatement postgres(boolean withCommit) throws SQLException {
      int index = withCommit ? 1 : 0;
      if (both[index] == null || both[index].isClosed()) {
        both[index] = physical.prepareStatement(POSTGRES + (withCommit ? "; commit" : ""));
      }
      return both[index];
    }

    boolean isClosed() throws SQLException {
      return delete != null && delete.isClosed();
    }
  }
}
