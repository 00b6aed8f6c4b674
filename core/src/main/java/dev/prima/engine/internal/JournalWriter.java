package dev.prima.engine.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes journal rows on the engine's own connection, inside its transaction, as one JDBC batch per
 * engine command. The insert is prepared once per physical connection and reused by later commands,
 * so a command pays neither an SQL parse nor MyBatis' per-property reflection for its rows (on H2
 * that parse was most of the journal's cost). One per engine.
 */
final class JournalWriter {

  static final String INSERT =
      "insert into PRIMA_JOURNAL (ID_, TOUCHPOINT_ID_, PHASE_, SEQ_, CASE_KEY_, PROC_INST_ID_,"
          + " ROOT_PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_VERSION_, ELEMENT_ID_, ELEMENT_NAME_,"
          + " MOMENT_, CHANNEL_, LANE_, KIND_, USER_ID_, ROLE_, TENANT_ID_, START_MS_, END_MS_,"
          + " TARGET_MS_, OUTCOME_, NOTE_)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** Prepared inserts by physical connection; entries of closed connections are purged. */
  private final Map<Connection, PreparedStatement> prepared = new IdentityHashMap<>();

  /**
   * Inserts the rows on the connection the engine's command uses, without committing.
   *
   * @throws SQLException when the database refuses a row; the engine command must then fail
   */
  void write(Connection connection, List<JournalRow> rows) throws SQLException {
    Connection physical =
        connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : null;
    if (physical == null) {
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        execute(insert, rows);
      }
      return;
    }
    execute(preparedFor(physical), rows);
  }

  private PreparedStatement preparedFor(Connection physical) throws SQLException {
    synchronized (prepared) {
      PreparedStatement insert = prepared.get(physical);
      if (insert != null && !insert.isClosed()) {
        return insert;
      }
      purgeClosed();
      insert = physical.prepareStatement(INSERT);
      prepared.put(physical, insert);
      return insert;
    }
  }

  private void purgeClosed() throws SQLException {
    for (Iterator<PreparedStatement> it = prepared.values().iterator(); it.hasNext(); ) {
      if (it.next().isClosed()) {
        it.remove();
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
