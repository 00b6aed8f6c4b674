package dev.prima.engine.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes journal rows on the engine's own connection, inside its transaction, once per engine
 * command. A command's rows (up to {@value #MAX_ROWS_PER_STATEMENT}, as most commands have) go as
 * one multi-row insert, prepared once per physical connection and row count and reused by later
 * commands, so a command pays neither an SQL parse nor MyBatis' per-property reflection for its
 * rows, and the database runs one statement instead of one per row. More rows go as a JDBC batch.
 *
 * <p>On PostgreSQL, when the engine itself is about to commit, the rows and the {@code commit} go
 * in one statement, so the journal adds no round trip: PostgreSQL runs both or, when the insert
 * fails, neither; the engine's own commit that follows finds the transaction closed and sends
 * nothing. Elsewhere the engine commits. One per engine.
 */
final class JournalWriter {

  private static final String COLUMNS =
      "ID_, TOUCHPOINT_ID_, PHASE_, SEQ_, CASE_KEY_, PROC_INST_ID_, ROOT_PROC_INST_ID_,"
          + " PROC_DEF_KEY_, PROC_DEF_VERSION_, ELEMENT_ID_, ELEMENT_NAME_, MOMENT_, CHANNEL_,"
          + " LANE_, KIND_, USER_ID_, ROLE_, TENANT_ID_, START_MS_, END_MS_, TARGET_MS_, OUTCOME_,"
          + " NOTE_";

  private static final int PARAMETERS = COLUMNS.split(",").length;

  private static final String VALUES =
      "(" + String.join(", ", Collections.nCopies(PARAMETERS, "?")) + ")";

  static final String INSERT = "insert into PRIMA_JOURNAL (" + COLUMNS + ") values " + VALUES;

  /** Rows written by one multi-row insert (with the commit, on PostgreSQL), at most. */
  static final int MAX_ROWS_PER_STATEMENT = 8;

  /** Statements by physical connection; entries of closed connections are purged. */
  private final Map<Connection, Statements> prepared = new IdentityHashMap<>();

  /**
   * Inserts the rows on the connection the engine's command uses.
   *
   * @param commit true when the engine commits right after this call and owns the transaction: on
   *     PostgreSQL the rows then go with the commit, which the engine's own commit then finds done
   * @throws SQLException when the database refuses a row or the commit; the engine command must
   *     then fail, and nothing of it is committed
   */
  void write(Connection connection, List<JournalRow> rows, boolean commit) throws SQLException {
    Connection physical =
        connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : null;
    if (physical == null) {
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        execute(insert, rows);
      }
      return;
    }
    Statements statements = statementsFor(physical);
    if (rows.size() > MAX_ROWS_PER_STATEMENT) {
      execute(statements.batchInsert(), rows);
      return;
    }
    PreparedStatement insert =
        statements.insert(physical, rows.size(), commit && statements.postgres());
    for (int i = 0; i < rows.size(); i++) {
      bind(insert, i * PARAMETERS, rows.get(i));
    }
    insert.execute();
  }

  private Statements statementsFor(Connection physical) throws SQLException {
    synchronized (prepared) {
      Statements statements = prepared.get(physical);
      if (statements != null && !statements.batchInsert().isClosed()) {
        return statements;
      }
      purgeClosed();
      statements =
          new Statements(
              physical.prepareStatement(INSERT),
              "PostgreSQL".equals(physical.getMetaData().getDatabaseProductName()),
              new PreparedStatement[2 * (MAX_ROWS_PER_STATEMENT + 1)]);
      prepared.put(physical, statements);
      return statements;
    }
  }

  private void purgeClosed() throws SQLException {
    for (Iterator<Statements> it = prepared.values().iterator(); it.hasNext(); ) {
      if (it.next().batchInsert().isClosed()) {
        it.remove();
      }
    }
  }

  /**
   * One connection's statements: the single-row insert for batches, and "insert N rows" (followed
   * by "; commit" on PostgreSQL when the engine commits) for each N and kind used so far. Used by
   * one command at a time, as the connection is.
   */
  private record Statements(
      PreparedStatement batchInsert, boolean postgres, PreparedStatement[] multiRow) {

    PreparedStatement insert(Connection physical, int rows, boolean withCommit)
        throws SQLException {
      int slot = withCommit ? MAX_ROWS_PER_STATEMENT + 1 + rows : rows;
      PreparedStatement statement = multiRow[slot];
      if (statement == null || statement.isClosed()) {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 1; i < rows; i++) {
          sql.append(", ").append(VALUES);
        }
        if (withCommit) {
          sql.append("; commit");
        }
        statement = physical.prepareStatement(sql.toString());
        multiRow[slot] = statement;
      }
      return statement;
    }
  }

  private static void execute(PreparedStatement insert, List<JournalRow> rows) throws SQLException {
    try {
      for (JournalRow row : rows) {
        bind(insert, 0, row);
        insert.addBatch();
      }
      insert.executeBatch();
    } finally {
      insert.clearBatch();
    }
  }

  private static void bind(PreparedStatement insert, int offset, JournalRow row)
      throws SQLException {
    insert.setString(offset + 1, row.getId());
    insert.setString(offset + 2, row.getTouchpointId());
    insert.setString(offset + 3, row.getPhase());
    insert.setLong(offset + 4, row.getSequence());
    insert.setString(offset + 5, row.getCaseKey());
    insert.setString(offset + 6, row.getProcessInstanceId());
    insert.setString(offset + 7, row.getRootProcessInstanceId());
    insert.setString(offset + 8, row.getProcessDefinitionKey());
    insert.setInt(offset + 9, row.getProcessDefinitionVersion());
    insert.setString(offset + 10, row.getElementId());
    insert.setString(offset + 11, row.getElementName());
    insert.setString(offset + 12, row.getMoment());
    insert.setString(offset + 13, row.getChannel());
    insert.setString(offset + 14, row.getLane());
    insert.setString(offset + 15, row.getKind());
    insert.setString(offset + 16, row.getUserId());
    insert.setString(offset + 17, row.getRole());
    insert.setString(offset + 18, row.getTenantId());
    setMillis(insert, offset + 19, row.getStartMillis());
    setMillis(insert, offset + 20, row.getEndMillis());
    setMillis(insert, offset + 21, row.getTargetMillis());
    insert.setString(offset + 22, row.getOutcome());
    insert.setString(offset + 23, row.getNote());
  }

  private static void setMillis(PreparedStatement insert, int index, Long millis)
      throws SQLException {
    if (millis == null) {
      insert.setNull(index, Types.BIGINT);
    } else {
      insert.setLong(index, millis);
    }
  }
}
