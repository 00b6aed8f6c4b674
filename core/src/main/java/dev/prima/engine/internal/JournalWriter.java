package dev.prima.engine.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes journal rows on the engine's own connection, inside its transaction, with one JDBC batch
 * per engine command: new rows are inserted, and a touchpoint that opened in an earlier transaction
 * has its row closed in place, so the journal holds one row per touchpoint. On PostgreSQL both go
 * in one {@code insert .. on conflict do update} batch (one round trip); elsewhere an update batch
 * and an insert batch. Statements are prepared once per physical connection and reused, so a
 * command pays neither an SQL parse nor MyBatis' per-property reflection for its rows. One per
 * engine.
 */
final class JournalWriter {

  private static final String COLUMNS =
      "ID_, TOUCHPOINT_ID_, PHASE_, SEQ_, CASE_KEY_, PROC_INST_ID_, ROOT_PROC_INST_ID_,"
          + " PROC_DEF_KEY_, PROC_DEF_VERSION_, ELEMENT_ID_, ELEMENT_NAME_, MOMENT_, CHANNEL_,"
          + " LANE_, KIND_, USER_ID_, ROLE_, TENANT_ID_, START_MS_, END_MS_, TARGET_MS_, OUTCOME_,"
          + " NOTE_";

  static final String INSERT =
      "insert into PRIMA_JOURNAL ("
          + COLUMNS
          + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** Closes an open touchpoint's row: its end, outcome and, when known, who served. */
  static final String CLOSE =
      "update PRIMA_JOURNAL set PHASE_ = 'FULL', END_MS_ = ?, OUTCOME_ = ?,"
          + " USER_ID_ = coalesce(?, USER_ID_) where ID_ = ? and PHASE_ = 'START'";

  /** PostgreSQL: inserts new rows and closes open ones in one statement. */
  static final String UPSERT =
      INSERT
          + " on conflict (ID_) do update set PHASE_ = 'FULL', END_MS_ = excluded.END_MS_,"
          + " OUTCOME_ = excluded.OUTCOME_,"
          + " USER_ID_ = coalesce(excluded.USER_ID_, PRIMA_JOURNAL.USER_ID_)"
          + " where PRIMA_JOURNAL.PHASE_ = 'START'";

  /** Prepared statements by physical connection; entries of closed connections are purged. */
  private final Map<Connection, Statements> prepared = new IdentityHashMap<>();

  /**
   * Writes the rows on the connection the engine's command uses, without committing.
   *
   * @throws SQLException when the database refuses a row; the engine command must then fail
   */
  void write(Connection connection, List<JournalRow> rows) throws SQLException {
    Connection physical =
        connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : null;
    if (physical == null) {
      try (Statements statements = Statements.prepare(connection)) {
        statements.write(rows);
      }
      return;
    }
    statementsFor(physical).write(rows);
  }

  private Statements statementsFor(Connection physical) throws SQLException {
    synchronized (prepared) {
      Statements statements = prepared.get(physical);
      if (statements != null && !statements.isClosed()) {
        return statements;
      }
      purgeClosed();
      statements = Statements.prepare(physical);
      prepared.put(physical, statements);
      return statements;
    }
  }

  private void purgeClosed() throws SQLException {
    for (Iterator<Statements> it = prepared.values().iterator(); it.hasNext(); ) {
      if (it.next().isClosed()) {
        it.remove();
      }
    }
  }

  /** The statements of one connection: an upsert on PostgreSQL; an insert and a close elsewhere. */
  private record Statements(PreparedStatement insert, PreparedStatement closeOpen)
      implements AutoCloseable {

    static Statements prepare(Connection connection) throws SQLException {
      if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        return new Statements(connection.prepareStatement(UPSERT), null);
      }
      PreparedStatement insert = connection.prepareStatement(INSERT);
      try {
        return new Statements(insert, connection.prepareStatement(CLOSE));
      } catch (SQLException e) {
        insert.close();
        throw e;
      }
    }

    boolean isClosed() throws SQLException {
      return insert.isClosed() || (closeOpen != null && closeOpen.isClosed());
    }

    void write(List<JournalRow> rows) throws SQLException {
      if (closeOpen == null) {
        execute(insert, rows);
        return;
      }
      List<JournalRow> inserts = new ArrayList<>(rows.size());
      List<JournalRow> closes = new ArrayList<>(rows.size());
      for (JournalRow row : rows) {
        (row.closesEarlierRow() ? closes : inserts).add(row);
      }
      if (!closes.isEmpty()) {
        int[] counts = closeRows(closes);
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] == 0) {
            // the open row is missing (opened before Prima was added, or purged): insert it whole
            inserts.add(closes.get(i));
          }
        }
      }
      if (!inserts.isEmpty()) {
        execute(insert, inserts);
      }
    }

    private int[] closeRows(List<JournalRow> rows) throws SQLException {
      try {
        for (JournalRow row : rows) {
          setMillis(closeOpen, 1, row.getEndMillis());
          closeOpen.setString(2, row.getOutcome());
          closeOpen.setString(3, row.getUserId());
          closeOpen.setString(4, row.getId());
          closeOpen.addBatch();
        }
        return closeOpen.executeBatch();
      } finally {
        closeOpen.clearBatch();
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        insert.close();
      } finally {
        if (closeOpen != null) {
          closeOpen.close();
        }
      }
    }
  }

  private static void execute(PreparedStatement insert, List<JournalRow> rows) throws SQLException {
    try {
      for (JournalRow row : rows) {
        bind(insert, row);
        insert.addBatch();
      }
      insert.executeBatch();
    } finally {
      insert.clearBatch();
    }
  }

  private static void bind(PreparedStatement insert, JournalRow row) throws SQLException {
    insert.setString(1, row.getId());
    insert.setString(2, row.getTouchpointId());
    insert.setString(3, row.getPhase());
    insert.setLong(4, row.getSequence());
    insert.setString(5, row.getCaseKey());
    insert.setString(6, row.getProcessInstanceId());
    insert.setString(7, row.getRootProcessInstanceId());
    insert.setString(8, row.getProcessDefinitionKey());
    insert.setInt(9, row.getProcessDefinitionVersion());
    insert.setString(10, row.getElementId());
    insert.setString(11, row.getElementName());
    insert.setString(12, row.getMoment());
    insert.setString(13, row.getChannel());
    insert.setString(14, row.getLane());
    insert.setString(15, row.getKind());
    insert.setString(16, row.getUserId());
    insert.setString(17, row.getRole());
    insert.setString(18, row.getTenantId());
    setMillis(insert, 19, row.getStartMillis());
    setMillis(insert, 20, row.getEndMillis());
    setMillis(insert, 21, row.getTargetMillis());
    insert.setString(22, row.getOutcome());
    insert.setString(23, row.getNote());
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
