package dev.prima;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.internal.CaseSummaryCodec;
import dev.prima.internal.ReadTransaction;
import dev.prima.people.internal.JournalPeople;
import dev.prima.touchpoint.internal.JdbcTouchpointJournal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Prima reads of one case must not grow with the journal, nor a period's read with the journal
 * times the period: the case's rows by the case index, and each touchpoint's END (and SERVE) row
 * looked up within it. Checked on PostgreSQL for the case summary (written in the engine's
 * transaction when a case ends), a case's cycle of service, staff accountability and the report's
 * read of a period's cases, in two states: a journal that grew since its statistics were taken (a
 * new installation, a busy day), where a join naming the phase plainly scanned every END row of the
 * journal for each touchpoint of the case (the summary: 1.2 ms per case at 3,500 END rows, a tenth
 * of the engine's throughput); and generic plans made while the journal held three cases and kept
 * while it grew, as a connection of a server without autovacuum keeps them.
 */
class CaseReadPlanTest {

  private static final int CASES = 3_000;

  /** Cases in the journal when the young plans are made. */
  private static final int YOUNG_CASES = 3;

  private static final int TOUCHPOINTS_PER_CASE = 3;

  /** Buffers a read of 100 cases (300 touchpoints) may touch: a few per touchpoint (918 seen). */
  private static final int MOST_BUFFERS_OF_A_PERIOD = 2_000;

  /** Buffers a read of a three-touchpoint case may touch, far below the journal's pages. */
  private static final int MOST_BUFFERS = 120;

  private static final Pattern BUFFERS =
      Pattern.compile("Buffers: shared hit=(\\d+)(?: read=(\\d+))?");

  @ParameterizedTest
  @ValueSource(strings = {"auto", "force_generic_plan", "force_custom_plan"})
  void aCasesSummaryReadsItsOwnRowsWhateverTheStatistics(String planCacheMode) throws SQLException {
    try (Prima prima = TestDatabase.POSTGRES.builder().build();
        Connection connection = dataSourceOf(prima).getConnection()) {
      fill(connection, 0, CASES);
      String plan =
          planOf(
              connection, planCacheMode, CaseSummaryCodec.WRITE_CASE_POSTGRES, "C-" + (CASES / 2));

      assertThat(plan).as("the summary was written").contains("Tuples Inserted: 1");
      assertThat(buffersOf(plan))
          .as("buffers the summary of one case touched, in:%n%s", plan)
          .isLessThan(MOST_BUFFERS);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"auto", "force_generic_plan", "force_custom_plan"})
  void aCasesCycleReadsItsOwnRowsWhateverTheStatistics(String planCacheMode) throws SQLException {
    try (Prima prima = TestDatabase.POSTGRES.builder().build();
        Connection connection = dataSourceOf(prima).getConnection()) {
      fill(connection, 0, CASES);
      String caseKey = "C-" + (CASES / 2);
      for (boolean withoutServed : new boolean[] {false, true}) {
        var query = prima.touchpoints().query().caseId(caseKey);
        if (withoutServed) {
          query.withoutServed();
        }
        String plan =
            planOf(connection, planCacheMode, JdbcTouchpointJournal.sqlOf(query), caseKey);

        assertThat(plan).as("the case's touchpoints were read").contains("rows=3 ");
        assertThat(buffersOf(plan))
            .as("buffers the cycle of one case touched, in:%n%s", plan)
            .isLessThan(MOST_BUFFERS);
      }
      assertThat(prima.journeys().cycleOf(caseKey).orElseThrow().elementIds())
          .containsExactly("step-0", "step-1", "step-2");
    }
  }

  /**
   * A connection that prepared Prima's one-case statements while the journal held three cases keeps
   * their generic plans while the journal grows (nothing invalidates them without an ANALYZE): the
   * throughput benchmark's journal, on a server without autovacuum, read every END row of the
   * journal for each touchpoint of an ending case (0.1 ms growing to 4 ms per summary in a run).
   */
  @Test
  void plansMadeWhileTheJournalWasYoungStillReadOneCase() throws SQLException {
    try (Prima prima = TestDatabase.POSTGRES.builder().build();
        Connection connection = dataSourceOf(prima).getConnection()) {
      Map<String, String> statements = new LinkedHashMap<>();
      statements.put("summary", CaseSummaryCodec.WRITE_CASE_POSTGRES);
      statements.put("cycle", JdbcTouchpointJournal.sqlOf(prima.touchpoints().query().caseId("")));
      statements.put(
          "cycle_without_served",
          JdbcTouchpointJournal.sqlOf(prima.touchpoints().query().caseId("").withoutServed()));
      fill(connection, 0, YOUNG_CASES);
      try (Statement statement = connection.createStatement()) {
        statement.execute("set plan_cache_mode = force_generic_plan");
        for (Map.Entry<String, String> each : statements.entrySet()) {
          prepareWhileYoung(connection, statement, each.getKey(), each.getValue(), "('C-0')");
        }
        fill(connection, YOUNG_CASES, CASES);
        for (String name : statements.keySet()) {
          String plan =
              explainInRolledBack(connection, statement, explain(name, "('C-" + CASES / 2 + "')"));

          assertThat(plan).as("the plan made while young, of %s", name).contains("$1");
          assertThat(buffersOf(plan))
              .as("buffers the %s of one case touched, in:%n%s", name, plan)
              .isLessThan(MOST_BUFFERS);
        }
      }
    }
  }

  /**
   * A period's reads are planned for their own parameters ({@link ReadTransaction}), in the read
   * transaction Prima opens and in a caller's transaction alike, even where the connection holds a
   * generic plan of them made while the journal was young; the caller's settings are put back
   * after. Accountability's young plan probes the journal's END rows for each START row of the
   * period (checked first, so the test knows it can fail); the period's read of touchpoints probes
   * each case as a read of one case, which holds on either plan.
   */
  @Test
  void periodReadsAreNotRunOnPlansMadeWhileTheJournalWasYoung() throws SQLException {
    try (Prima prima = TestDatabase.POSTGRES.builder().build();
        Connection connection = dataSourceOf(prima).getConnection()) {
      long from = start(CASES / 3);
      long to = start(CASES / 3 + 100);
      String period =
          JdbcTouchpointJournal.sqlOf(
              prima
                  .touchpoints()
                  .query()
                  .ofCasesTouchedIn("permit", Instant.ofEpochMilli(from), Instant.ofEpochMilli(to))
                  .withoutServed());
      String ofPeriod = "(" + from + ", " + to + ")";
      String periodOfService = "('permit', " + from + ", " + to + ")";
      String accountability = explain("accountability", ofPeriod);
      String periodRead = explain("period", periodOfService);
      fill(connection, 0, YOUNG_CASES);
      try (Statement statement = connection.createStatement()) {
        statement.execute("set plan_cache_mode = force_generic_plan");
        prepareWhileYoung(
            connection, statement, "accountability", JournalPeople.ACCOUNTABILITY, ofPeriod);
        prepareWhileYoung(connection, statement, "period", period, periodOfService);
        fill(connection, YOUNG_CASES, CASES);

        String youngAccountability = explainInRolledBack(connection, statement, accountability);
        assertThat(buffersOf(youngAccountability))
            .as("buffers of accountability on its young plan, in:%n%s", youngAccountability)
            .isGreaterThan(MOST_BUFFERS_OF_A_PERIOD * 2L);
        String youngPeriod = explainInRolledBack(connection, statement, periodRead);
        assertThat(buffersOf(youngPeriod))
            .as("buffers of the period's touchpoints on their young plan, in:%n%s", youngPeriod)
            .isLessThan(MOST_BUFFERS_OF_A_PERIOD);
        for (boolean callers : new boolean[] {false, true}) {
          for (String explain : new String[] {accountability, periodRead}) {
            connection.setAutoCommit(!callers);
            if (callers) {
              statement.execute("set local jit = on");
            }
            String plan;
            try (ReadTransaction read = ReadTransaction.begin(connection, true)) {
              assertThat(read.own()).as("a transaction of its own").isEqualTo(!callers);
              plan = rowsOf(statement.executeQuery(explain));
            }
            if (callers) {
              assertThat(rowsOf(statement.executeQuery("show plan_cache_mode")))
                  .as("the caller's plan setting, put back")
                  .isEqualTo("force_generic_plan\n");
              assertThat(rowsOf(statement.executeQuery("show jit")))
                  .as("the caller's JIT setting, put back")
                  .isEqualTo("on\n");
              connection.rollback();
              connection.setAutoCommit(true);
            }
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(plan)
                .as("planned for its parameters, in the caller's transaction: %s", callers)
                .doesNotContain("$1");
            assertThat(buffersOf(plan))
                .as("buffers a read of 100 cases touched, in:%n%s", plan)
                .isLessThan(MOST_BUFFERS_OF_A_PERIOD);
          }
        }
      }
    }
  }

  /**
   * Prepares {@code sql} as {@code name} and runs it once with {@code parameters}, which makes its
   * generic plan (the session forces one) on the journal as it is now.
   */
  private static void prepareWhileYoung(
      Connection connection, Statement statement, String name, String sql, String parameters)
      throws SQLException {
    statement.execute("prepare " + name + " as " + numbered(sql));
    inRolledBackTransaction(connection, () -> statement.execute("execute " + name + parameters));
  }

  /** The EXPLAIN ANALYZE of running the prepared statement {@code name} with {@code parameters}. */
  private static String explain(String name, String parameters) {
    return "explain (analyze, buffers, costs off, timing off) execute " + name + parameters;
  }

  private static String explainInRolledBack(
      Connection connection, Statement statement, String explain) throws SQLException {
    return inRolledBackTransaction(connection, () -> rowsOf(statement.executeQuery(explain)));
  }

  @Test
  void theFilledJournalIsLargeEnoughForAScanToShow() throws SQLException {
    try (Prima prima = TestDatabase.POSTGRES.builder().build();
        Connection connection = dataSourceOf(prima).getConnection()) {
      fill(connection, 0, CASES);
      try (Statement pages = connection.createStatement();
          ResultSet size =
              pages.executeQuery(
                  "select pg_relation_size('prima_journal') / current_setting('block_size')::int")) {
        size.next();
        assertThat(size.getLong(1)).isGreaterThan(MOST_BUFFERS * 2L);
      }
    }
  }

  /** {@code sql} with its parameters numbered, as PREPARE takes them. */
  private static String numbered(String sql) {
    StringBuilder numbered = new StringBuilder();
    int parameter = 0;
    for (char c : sql.toCharArray()) {
      if (c == '?') {
        numbered.append('$').append(++parameter);
      } else {
        numbered.append(c);
      }
    }
    return numbered.toString();
  }

  /** When case {@code caseNumber}'s first touchpoint starts, in epoch milliseconds. */
  private static long start(int caseNumber) {
    return 1_000_000L * caseNumber;
  }

  /** What {@code work} returns, in a transaction that is then rolled back. */
  private static <T> T inRolledBackTransaction(Connection connection, SqlWork<T> work)
      throws SQLException {
    connection.setAutoCommit(false);
    try {
      return work.run();
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  /**
   * Writes the cases numbered from {@code first} to before {@code end}, of {@value
   * #TOUCHPOINTS_PER_CASE} touchpoints, each a START and an END row as the engine writes a user
   * task, in one transaction and without an ANALYZE after.
   */
  private static void fill(Connection connection, int first, int end) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into PRIMA_JOURNAL (ID_, TOUCHPOINT_ID_, PHASE_, SEQ_, CASE_KEY_,"
                + " PROC_INST_ID_, ROOT_PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_VERSION_,"
                + " ELEMENT_ID_, MOMENT_, KIND_, START_MS_, END_MS_, OUTCOME_, ROLE_, USER_ID_)"
                + " values (?, ?, ?, ?, ?, ?, ?, 'permit', 1, ?, 'Documents checked', 'CONTACT',"
                + " ?, ?, ?, 'clerk', 'officer')")) {
      long sequence = 2L * TOUCHPOINTS_PER_CASE * first;
      for (int c = first; c < end; c++) {
        String instance = "pi-" + c;
        for (int t = 0; t < TOUCHPOINTS_PER_CASE; t++) {
          String touchpoint = "tp-" + c + "-" + t;
          long start = start(c) + 1_000L * t;
          row(insert, touchpoint, touchpoint, "START", ++sequence, c, instance, t, start, null);
          row(
              insert,
              touchpoint + "~end",
              touchpoint,
              "END",
              ++sequence,
              c,
              instance,
              t,
              start,
              start + 500);
        }
      }
      insert.executeBatch();
    }
    connection.commit();
    connection.setAutoCommit(true);
  }

  private static void row(
      PreparedStatement insert,
      String id,
      String touchpoint,
      String phase,
      long sequence,
      int caseNumber,
      String instance,
      int step,
      long start,
      Long end)
      throws SQLException {
    insert.setString(1, id);
    insert.setString(2, touchpoint);
    insert.setString(3, phase);
    insert.setLong(4, sequence);
    insert.setString(5, "C-" + caseNumber);
    insert.setString(6, instance);
    insert.setString(7, instance);
    insert.setString(8, "step-" + step);
    insert.setLong(9, start);
    if (end == null) {
      insert.setNull(10, java.sql.Types.BIGINT);
      insert.setString(11, "ACTIVE");
    } else {
      insert.setLong(10, end);
      insert.setString(11, "COMPLETED");
    }
    insert.addBatch();
  }

  private static DataSource dataSourceOf(Prima prima) {
    return ((ProcessEngineConfigurationImpl) prima.processEngine().getProcessEngineConfiguration())
        .getDataSource();
  }

  /**
   * The plan of {@code sql} for {@code caseKey} under {@code planCacheMode}, run in a transaction
   * that is then rolled back.
   */
  private static String planOf(
      Connection connection, String planCacheMode, String sql, String caseKey) throws SQLException {
    return inRolledBackTransaction(
        connection,
        () -> {
          try (Statement set = connection.createStatement()) {
            set.execute("set local plan_cache_mode = " + planCacheMode);
            return explainAnalyze(connection, sql, caseKey);
          }
        });
  }

  /** The plan of {@code sql} for {@code caseKey}, run. */
  private static String explainAnalyze(Connection connection, String sql, String caseKey)
      throws SQLException {
    try (PreparedStatement explain =
        connection.prepareStatement("explain (analyze, buffers, costs off, timing off) " + sql)) {
      explain.setString(1, caseKey);
      return rowsOf(explain.executeQuery());
    }
  }

  /** The rows of a one-column result, a line each; closes it. */
  private static String rowsOf(ResultSet result) throws SQLException {
    StringBuilder lines = new StringBuilder();
    try (result) {
      while (result.next()) {
        lines.append(result.getString(1)).append('\n');
      }
    }
    return lines.toString();
  }

  /** The shared buffers the plan's top node touched, hit or read. */
  private static long buffersOf(String plan) {
    Matcher buffers = BUFFERS.matcher(plan);
    assertThat(buffers.find()).as("buffers in the plan:%n%s", plan).isTrue();
    long read = buffers.group(2) == null ? 0 : Long.parseLong(buffers.group(2));
    return Long.parseLong(buffers.group(1)) + read;
  }
}
