package dev.prima.engine.internal;

import dev.prima.internal.CaseSummaryCodec;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes journal rows on the engine's own connection, inside its transaction, once per engine
 * command: as one multi-row insert of up to {@value #MAX_ROWS_PER_STATEMENT} rows (every command of
 * an ordinary process; a wide multi-instance takes several), so the database runs one statement per
 * command instead of one per row. Each insert is prepared once per physical connection and row
 * count and reused by later commands, so a command pays neither an SQL parse nor MyBatis'
 * per-property reflection for its rows. A SERVE row of a touchpoint opened earlier goes in an
 * insert of its own that writes it only when the journal has no row of its id (a claim is normally
 * a command of its own, so this is still one statement): on PostgreSQL {@code on conflict (ID_) do
 * nothing}; on H2 the plain one-row insert, whose duplicate key H2 undoes alone (statement-level
 * rollback) while the transaction goes on. A probe ({@code insert .. select .. where not exists})
 * ran a query in every claim, which cost H2 about a quarter of the statement.
 *
 * <p>It commits only when asked to by {@link JournalCommitContext}, for an engine that commits
 * itself, after every COMMITTING listener: on PostgreSQL the last insert then carries the {@code
 * commit}, so the journal adds no round trip; PostgreSQL runs both or, when the insert fails,
 * neither. Elsewhere the engine commits. The per-case summaries of the cases a command ended go the
 * same way, after its rows ({@link #writeSummaries}). One per engine.
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

  private static final String INSERT = "insert into PRIMA_JOURNAL (" + COLUMNS + ") values ";

  /**
   * A row written only when the journal has no row of its id, on PostgreSQL: a touchpoint's first
   * assignment (SERVE), decided by the database in the same statement, so a claim costs no extra
   * round trip.
   */
  private static final String INSERT_IF_ABSENT_POSTGRES =
      INSERT + VALUES + " on conflict (ID_) do nothing";

  /**
   * Before a case's summary on PostgreSQL: a lock of the case until the transaction ends, in
   * Prima's own space of advisory locks (the first key, "PRIM" in ASCII), see {@link
   * #writeSummaries}.
   */
  private static final String LOCK_CASE_POSTGRES =
      "select pg_advisory_xact_lock(1347569997, hashtext(?)); ";

  /** Moves a top-level instance's rows from one case key to another. */
  private static final String MOVE_CASE =
      "update PRIMA_JOURNAL set CASE_KEY_ = ? where CASE_KEY_ = ? and ROOT_PROC_INST_ID_ = ?";

  /** The moved instance's touchpoints and process instances (parameters: new key, root id). */
  private static final String MOVED =
      " from PRIMA_JOURNAL j where j.CASE_KEY_ = ? and j.ROOT_PROC_INST_ID_ = ?";

  /**
   * Statements that move the records about the moved instance from an old business key (parameters:
   * new key, old key, new key, root id): ratings and complaints of its touchpoints, breaches of its
   * process instances. A business key may be shared (a complaint's own process carries its case's
   * key), so complaints about the case as a whole, and breaches of a called process that recorded
   * no touchpoint, stay with it.
   */
  private static final List<String> MOVE_RECORDS =
      List.of(
          "update PRIMA_RATING set CASE_KEY_ = ? where CASE_KEY_ = ? and TOUCHPOINT_ID_ in"
              + " (select j.TOUCHPOINT_ID_"
              + MOVED
              + ")",
          "update PRIMA_VOICE set CASE_KEY_ = ? where CASE_KEY_ = ? and TOUCHPOINT_ID_ in"
              + " (select j.TOUCHPOINT_ID_"
              + MOVED
              + ")",
          "update PRIMA_BREACH set CASE_KEY_ = ? where CASE_KEY_ = ? and PROC_INST_ID_ in"
              + " (select j.PROC_INST_ID_"
              + MOVED
              + ")");

  /**
   * Statements that move every record filed under an old key that was the top-level instance's id,
   * which no other instance can carry (parameters: new key, old key): ratings, complaints and
   * suggestions (about a touchpoint or the case as a whole), breaches (of a called process without
   * touchpoints too).
   */
  private static final List<String> MOVE_ALL_RECORDS =
      List.of(
          "update PRIMA_RATING set CASE_KEY_ = ? where CASE_KEY_ = ?",
          "update PRIMA_VOICE set CASE_KEY_ = ? where CASE_KEY_ = ?",
          "update PRIMA_BREACH set CASE_KEY_ = ? where CASE_KEY_ = ?");

  /** Drops a case key's summaries, before they are written again from its rows. */
  private static final String DROP_SUMMARIES = "delete from PRIMA_CASE_SUMMARY where CASE_KEY_ = ?";

  /** H2's and PostgreSQL's SQLState of a unique key violation. */
  private static final String DUPLICATE_KEY = "23505";

  /** Rows written by one insert, at most. */
  static final int MAX_ROWS_PER_STATEMENT = 8;

  /** Statements by physical connection; entries of closed connections are purged. */
  private final Map<Connection, Statements> prepared = new IdentityHashMap<>();

  /**
   * Inserts the rows on the connection the engine's command uses.
   *
   * @param commit true when the engine commits right after this call and every COMMITTING listener
   *     has run: on PostgreSQL the rows then go with the commit, which the engine's own commit then
   *     finds done
   * @throws SQLException when the database refuses a row or the commit; the engine command must
   *     then fail, and nothing of it is committed
   */
  void write(Connection connection, List<JournalRow> rows, boolean commit) throws SQLException {
    Statements statements = statementsFor(physicalOf(connection));
    int ifAbsent = 0;
    for (JournalRow row : rows) {
      if (row.isOnlyIfAbsent()) {
        ifAbsent++;
      }
    }
    List<JournalRow> always = rows;
    if (ifAbsent > 0) {
      always = new ArrayList<>(rows.size() - ifAbsent);
      int written = 0;
      for (JournalRow row : rows) {
        if (!row.isOnlyIfAbsent()) {
          always.add(row);
        }
      }
      for (JournalRow row : rows) {
        if (row.isOnlyIfAbsent()) {
          written++;
          writeIfAbsent(statements, row, commit && always.isEmpty() && written == ifAbsent);
        }
      }
    }
    for (int from = 0; from < always.size(); from += MAX_ROWS_PER_STATEMENT) {
      int to = Math.min(always.size(), from + MAX_ROWS_PER_STATEMENT);
      boolean withCommit = commit && statements.postgres && to == always.size();
      PreparedStatement insert = statements.insert(to - from, withCommit);
      for (int i = from; i < to; i++) {
        bind(insert, (i - from) * PARAMETERS, always.get(i));
      }
      insert.execute();
    }
  }

  /**
   * Moves the rows of top-level instances whose case key changed to their new key, and drops the
   * old key's summaries: call it before {@link #write} and have {@link #writeSummaries} write both
   * keys' summaries after. A key changes once or twice in a case (a registration number given by
   * the process), so these statements are prepared each time.
   */
  void moveCases(Connection connection, List<TouchpointSession.CaseKeyChange> changes)
      throws SQLException {
    try (PreparedStatement move = connection.prepareStatement(MOVE_CASE);
        PreparedStatement drop = connection.prepareStatement(DROP_SUMMARIES)) {
      for (TouchpointSession.CaseKeyChange change : changes) {
        move.setString(1, change.to());
        move.setString(2, change.from());
        move.setString(3, change.rootProcessInstanceId());
        move.executeUpdate();
        drop.setString(1, change.from());
        drop.executeUpdate();
        moveRecords(connection, change);
      }
    }
  }

  private static void moveRecords(Connection connection, TouchpointSession.CaseKeyChange change)
      throws SQLException {
    if (change.from().equals(change.rootProcessInstanceId())) {
      for (String sql : MOVE_ALL_RECORDS) {
        update(connection, sql, change.to(), change.from());
      }
    } else {
      for (String sql : MOVE_RECORDS) {
        update(
            connection,
            sql,
            change.to(),
            change.from(),
            change.to(),
            change.rootProcessInstanceId());
      }
    }
  }

  private static void update(Connection connection, String sql, String... parameters)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        update.setString(i + 1, parameters[i]);
      }
      update.executeUpdate();
    }
  }

  /**
   * Replaces the per-case summaries ({@link CaseSummaryCodec}) of {@code caseKeys} with ones
   * computed from their journal rows now: call it after {@link #write}, so that they include the
   * command's rows. One statement per case (an insert..select that replaces the case's summaries),
   * prepared once per physical connection like the journal's inserts.
   *
   * <p>On PostgreSQL the statement first takes a transaction-level advisory lock of the case, in
   * the order of the case keys: two nodes ending two top-level instances of one case at once then
   * write its summary one after the other, and the second one's insert..select, a new statement
   * under READ COMMITTED, reads the first one's committed rows. Without it, the second's upsert
   * waited for the first's summary row but kept the journal as it saw it before that commit, and
   * the summary lacked the first's last touchpoints.
   *
   * @param commit true when the engine commits right after: on PostgreSQL the commit then goes with
   *     the last statement, as with {@link #write}
   */
  void writeSummaries(Connection connection, Collection<String> caseKeys, boolean commit)
      throws SQLException {
    Statements statements = statementsFor(physicalOf(connection));
    List<String> ordered = new ArrayList<>(caseKeys);
    Collections.sort(ordered);
    int left = ordered.size();
    for (String caseKey : ordered) {
      left--;
      PreparedStatement summary = statements.summary(statements.postgres && commit && left == 0);
      summary.setString(1, caseKey);
      if (statements.postgres) {
        summary.setString(2, caseKey);
      }
      summary.execute();
    }
  }

  /**
   * Writes a row unless the journal has one of its id. H2 has no {@code on conflict} outside its
   * PostgreSQL mode, but undoes a failed statement alone: the one-row insert's duplicate key then
   * means the row is there already (a touchpoint served in an earlier command), and the transaction
   * goes on as if nothing was written.
   */
  private static void writeIfAbsent(Statements statements, JournalRow row, boolean commit)
      throws SQLException {
    if (statements.postgres) {
      PreparedStatement insert = statements.insertIfAbsent(commit);
      bind(insert, 0, row);
      insert.execute();
      return;
    }
    PreparedStatement insert = statements.insert(1, false);
    bind(insert, 0, row);
    try {
      insert.execute();
    } catch (SQLException e) {
      if (!DUPLICATE_KEY.equals(e.getSQLState())) {
        throw e;
      }
    }
  }

  /**
   * The pooled physical connection under the engine's: a pool's proxy unwraps to it; Spring's
   * transaction-aware proxy (a JDK proxy that unwraps to itself) leads to it through its metadata.
   * The statements prepared on it then serve every command that gets this connection.
   */
  static Connection physicalOf(Connection connection) throws SQLException {
    Connection current = connection;
    for (int depth = 0; depth < 4; depth++) {
      Connection inner = current.unwrap(Connection.class);
      if (inner == current && Proxy.isProxyClass(current.getClass())) {
        inner = current.getMetaData().getConnection();
      }
      if (inner == null || inner == current) {
        return current;
      }
      current = inner;
    }
    return current;
  }

  private Statements statementsFor(Connection physical) throws SQLException {
    synchronized (prepared) {
      Statements statements = prepared.get(physical);
      if (statements != null && !physical.isClosed()) {
        return statements;
      }
      prepared.keySet().removeIf(JournalWriter::isClosed);
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

  /**
   * One connection's inserts of N rows, with and without a trailing "; commit", prepared when first
   * used. Used by one command at a time, as the connection is.
   */
  private static final class Statements {
    private final Connection physical;
    private final boolean postgres;
    private final PreparedStatement[] inserts = new PreparedStatement[MAX_ROWS_PER_STATEMENT + 1];
    private final PreparedStatement[] insertsWithCommit =
        new PreparedStatement[MAX_ROWS_PER_STATEMENT + 1];
    private final PreparedStatement[] insertsIfAbsent = new PreparedStatement[2];
    private final PreparedStatement[] summaries = new PreparedStatement[2];

    Statements(Connection physical, boolean postgres) {
      this.physical = physical;
      this.postgres = postgres;
    }

    PreparedStatement insert(int rows, boolean withCommit) throws SQLException {
      PreparedStatement[] cache = withCommit ? insertsWithCommit : inserts;
      if (cache[rows] == null || cache[rows].isClosed()) {
        String values = String.join(", ", Collections.nCopies(rows, VALUES));
        cache[rows] = physical.prepareStatement(INSERT + values + (withCommit ? "; commit" : ""));
      }
      return cache[rows];
    }

    PreparedStatement summary(boolean withCommit) throws SQLException {
      int index = withCommit ? 1 : 0;
      if (summaries[index] == null || summaries[index].isClosed()) {
        summaries[index] =
            physical.prepareStatement(
                postgres
                    ? LOCK_CASE_POSTGRES
                        + CaseSummaryCodec.WRITE_CASE_POSTGRES
                        + (withCommit ? "; commit" : "")
                    : CaseSummaryCodec.WRITE_CASE_H2);
      }
      return summaries[index];
    }

    /** PostgreSQL only. */
    PreparedStatement insertIfAbsent(boolean withCommit) throws SQLException {
      int index = withCommit ? 1 : 0;
      if (insertsIfAbsent[index] == null || insertsIfAbsent[index].isClosed()) {
        insertsIfAbsent[index] =
            physical.prepareStatement(INSERT_IF_ABSENT_POSTGRES + (withCommit ? "; commit" : ""));
      }
      return insertsIfAbsent[index];
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
