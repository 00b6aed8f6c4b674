package dev.prima.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A read of the journal on PostgreSQL in a read-only transaction of its own, without JIT
 * compilation and with a plan made for its own parameters, when the caller has no transaction open.
 * A journal read's plan is cheap to run, but its cost estimate (per-case probes, the case index's
 * estimate of rows per case) passes {@code jit_above_cost}, and compiling took longer than running:
 * 2.4 s of accountability's 4.2 s, 1.5 s against 37 ms for an archive batch's read, at 10,000,000
 * touchpoints. A period's read joins each START row to its END row; a generic plan, which
 * PostgreSQL may settle on for a statement a connection runs again and again and keeps until an
 * {@code ANALYZE}, made while the journal was young, scans the END rows for each START row (two
 * million buffers for 6,000 touchpoints of a 120,000-row journal; {@code CaseReadPlanTest} checks a
 * smaller one), so these reads are planned each time: a millisecond, against reads of tenths of
 * seconds. PostgreSQL's driver also fetches in rounds only inside a transaction.
 */
public final class ReadTransactions {

  /** What {@link #begin} sets for the transaction it opens, in one round trip. */
  private static final String SETTINGS =
      "set local jit = off; set local plan_cache_mode = force_custom_plan";

  private ReadTransactions() {}

  /**
   * Opens the transaction on {@code connection} when {@code postgres} and the connection is in
   * auto-commit; returns whether it did (pass that to {@link #end}).
   */
  public static boolean begin(Connection connection, boolean postgres) throws SQLException {
    if (!postgres || !connection.getAutoCommit()) {
      return false;
    }
    connection.setAutoCommit(false);
    try (Statement set = connection.createStatement()) {
      set.execute(SETTINGS);
    }
    return true;
  }

  /** Ends the transaction {@link #begin} opened, if it did: it only read, so it rolls back. */
  public static void end(Connection connection, boolean opened) throws SQLException {
    if (opened) {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }
}
