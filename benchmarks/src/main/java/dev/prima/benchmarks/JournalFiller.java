package dev.prima.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Fills {@code PRIMA_JOURNAL} and Camunda's {@code ACT_HI_ACTINST} with the same finished cases,
 * {@value QueryBenchmark#ROWS_PER_CASE} steps each, by JDBC batch inserts straight into the tables.
 */
final class JournalFiller {

  private static final String JOURNAL_INSERT =
      "insert into PRIMA_JOURNAL (ID_, TOUCHPOINT_ID_, PHASE_, SEQ_, CASE_KEY_, PROC_INST_ID_,"
          + " ROOT_PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_VERSION_, ELEMENT_ID_, ELEMENT_NAME_,"
          + " MOMENT_, CHANNEL_, LANE_, KIND_, USER_ID_, ROLE_, TENANT_ID_, START_MS_, END_MS_,"
          + " TARGET_MS_, OUTCOME_)"
          + " values (?, ?, 'FULL', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'COUNTER', 'FRONTSTAGE', 'CONTACT',"
          + " ?, 'counter-officer', null, ?, ?, null, 'COMPLETED')";
  private static final String ACTINST_INSERT =
      "insert into ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_,"
          + " ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, ACT_NAME_, ACT_TYPE_,"
          + " ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'userTask', ?, ?, ?, ?, 1, ?)";
  private static final int BATCH = 1_000;
  private static final long STEP_MILLIS = 500;
  private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  private final ProcessDefinition definition;
  private final SplittableRandom random = new SplittableRandom(42);

  JournalFiller(ProcessDefinition definition) {
    this.definition = definition;
  }

  /** The case key (business key) of case number {@code index}. */
  static String caseKey(int index) {
    return "case-" + index;
  }

  /** The process instance id of case number {@code index}, a UUID as Camunda's generator makes. */
  static String processInstanceId(int index) {
    return new UUID(0x5052494d41L, index).toString();
  }

  /**
   * Inserts {@code cases} cases into the journal and, with {@code history}, into {@code
   * ACT_HI_ACTINST}, then refreshes the planner's statistics.
   */
  void fill(JdbcTarget target, int cases, boolean history) throws SQLException {
    try (Connection connection = target.connect();
        PreparedStatement journal = connection.prepareStatement(JOURNAL_INSERT);
        PreparedStatement actinst = connection.prepareStatement(ACTINST_INSERT)) {
      connection.setAutoCommit(false);
      long sequence = 0;
      for (int index = 0; index < cases; index++) {
        for (int step = 0; step < QueryBenchmark.ROWS_PER_CASE; step++) {
          addRow(journal, history ? actinst : null, index, step, sequence++);
        }
        if (sequence % BATCH == 0) {
          journal.executeBatch();
          if (history) {
            actinst.executeBatch();
          }
          connection.commit();
        }
      }
      journal.executeBatch();
      if (history) {
        actinst.executeBatch();
      }
      connection.commit();
      analyze(connection, target.isPostgres(), history);
    }
  }

  private void addRow(
      PreparedStatement journal, PreparedStatement actinst, int index, int step, long sequence)
      throws SQLException {
    String activityInstanceId =
        "step" + step + ":" + new UUID(random.nextLong(), random.nextLong());
    String processInstanceId = processInstanceId(index);
    String elementId = "step" + step;
    String name = "Step " + step;
    String user = "clerk-" + (index % 50);
    long start = EPOCH.toEpochMilli() + index * 60_000L + step * 2 * STEP_MILLIS;
    long end = start + STEP_MILLIS;

    journal.setString(1, activityInstanceId);
    journal.setString(2, activityInstanceId);
    journal.setLong(3, sequence);
    journal.setString(4, caseKey(index));
    journal.setString(5, processInstanceId);
    journal.setString(6, processInstanceId);
    journal.setString(7, definition.getKey());
    journal.setInt(8, definition.getVersion());
    journal.setString(9, elementId);
    journal.setString(10, name);
    journal.setString(11, name + " done");
    journal.setString(12, user);
    journal.setLong(13, start);
    journal.setLong(14, end);
    journal.addBatch();
    if (actinst == null) {
      return;
    }

    actinst.setString(1, activityInstanceId);
    actinst.setString(2, processInstanceId);
    actinst.setString(3, definition.getKey());
    actinst.setString(4, definition.getId());
    actinst.setString(5, processInstanceId);
    actinst.setString(6, processInstanceId);
    actinst.setString(7, processInstanceId);
    actinst.setString(8, elementId);
    actinst.setString(9, name);
    actinst.setString(10, user);
    actinst.setTimestamp(11, new Timestamp(start));
    actinst.setTimestamp(12, new Timestamp(end));
    actinst.setLong(13, STEP_MILLIS);
    actinst.setInt(14, step + 1);
    actinst.addBatch();
  }

  private static void analyze(Connection connection, boolean postgres, boolean history)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      String[] tables =
          history
              ? new String[] {"PRIMA_JOURNAL", "ACT_HI_ACTINST"}
              : new String[] {"PRIMA_JOURNAL"};
      for (String table : tables) {
        statement.execute((postgres ? "analyze " : "analyze table ") + table);
      }
    }
    connection.commit();
  }
}
