package dev.prima.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A read of a period of the journal on PostgreSQL, without JIT compilation and with a plan made for
 * its own parameters: in a read-only transaction of its own when the caller has none open, else in
 * the caller's transaction, whose two settings are put back as they were when the read ends.
 *
 * <p>A journal read's plan is cheap to run, but its cost estimate (per-case probes, the case
 * index's estimate of rows per case) passes {@code jit_above_cost}, and compiling took longer than
 * running: 2.4 s of accountability's 4.2 s, 1.5 s against 37 ms for an archive batch's read, at
 * 10,000,000 touchpoints. A period's read joins each START row to its END row; a generic plan,
 * which PostgreSQL may settle on for a statement a connection runs again and again and keeps until
 * an {@code ANALYZE}, made while the journal was young, scans the END rows for each START row (two
 * million buffers for 6,000 touchpoints of a 120,000-row journal; {@code CaseReadPlanTest} checks a
 * smaller one), so these reads are planned each time: a millisecond, against reads of tenths of
 * seconds. A pooled connection inside a caller's (e.g. Spring-managed) transaction holds such plans
 * as long as any other. PostgreSQL's driver also fetches in rounds only inside a transaction.
 *
 * <p>On other databases it does nothing. Use it in a try-with-resources block around the read.
 */
public final class ReadTransaction implements AutoCloseable {

  /** What the read sets, until its transaction ends, in one round trip. */
  private static final String SETTINGS =
      "set local jit = off; set local plan_cache_mode = force_custom_plan";

  /** The caller's settings, read before {@link #SETTINGS} in the same round trip. */
  private static final String CALLERS_SETTINGS =
      "select current_setting('jit'), current_setting('plan_cache_mode'); " + SETTINGS;

  /** Puts the caller's settings back, for the rest of its transaction. */
  private static final String RESTORE =
      "select set_config('jit', ?, true), set_config('plan_cache_mode', ?, true)";

  private final Connection connection;

  /** Whether it opened the transaction; when not, on PostgreSQL, the caller's settings are set. */
  private final boolean own;

  private final String callersJit;
  private final String callersPlanCacheMode;

  private ReadTransaction(
      Connection connection, boolean own, String callersJit, String callersPlanCacheMode) {
    this.connection = connection;
    this.own = own;
    this.callersJit = callersJit;
    this.callersPlanCacheMode = callersPlanCacheMode;
  }

  /**
   * Begins the read on {@code connection}: on PostgreSQL ({@code postgres}) in a transaction of its
   * own when the connection is in auto-commit, else in the caller's transaction with the read's
   * settings; elsewhere nothing.
   */
  public static ReadTransaction begin(Connection connection, boolean postgres) throws SQLException {
    if (!postgres) {
      return new ReadTransaction(connection, false, null, null);
    }
    if (connection.getAutoCommit()) {
      connection.setAutoCommit(false);
      try (Statement set = connection.createStatement()) {
        set.execute(SETTINGS);
      } catch (SQLException e) {
        connection.rollback();
        connection.setAutoCommit(true);
        throw e;
      }
      return new ReadTransaction(connection, true, null, null);
    }
    try (Statement set = connection.createStatement()) {
      set.execute(CALLERS_SETTINGS);
      try (ResultSet callers = set.getResultSet()) {
        callers.next();
        return new ReadTransaction(connection, false, callers.getString(1), callers.getString(2));
      }
    }
  }

  /** {@return whether the read runs in a transaction of its own} */
  public boolean own() {
    return own;
  }

  /** {@return {@code sql} prepared on the read's connection} */
  public PreparedStatement prepare(String sql) throws SQLException {
    return connection.prepareStatement(sql);
  }

  /**
   * Ends the read: rolls its own transaction back (it only read), or puts the caller's settings
   * back.
   */
  @Override
  public void close() throws SQLException {
    if (own) {
      connection.rollback();
      connection.setAutoCommit(true);
      return;
    }
    if (callersJit == null) {
      return;
    }
    try (PreparedStatement restore = connection.prepareStatement(RESTORE)) {
      restore.setString(1, callersJit);
      restore.setString(2, callersPlanCacheMode);
      restore.execute();
    }
  }
}
