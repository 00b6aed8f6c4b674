package dev.prima.benchmarks;

import dev.prima.benchmarks.ScaleModels.Service;
import dev.prima.benchmarks.ScaleModels.Step;
import dev.prima.internal.CaseSummaryCodec;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills a scale journal by COPY: finished cases over one year in {@code PRIMA_JOURNAL}, {@code
 * PRIMA_BREACH}, {@code ACT_HI_PROCINST} and {@code ACT_HI_ACTINST}, consistent with each other and
 * with the deployed {@link ScaleModels}. Secondary indexes are dropped for the load and built again
 * after it; then one insert..select writes every case's summary ({@code PRIMA_CASE_SUMMARY}).
 */
final class ScaleFiller {

  /** The year the cases start in. */
  static final Instant YEAR = Instant.parse("2025-01-01T00:00:00Z");

  static final long YEAR_MS = 365L * ScaleModels.DAY;
  private static final int FLUSH_CHARS = 1 << 20;
  private static final int STAFF = 200;
  private static final List<String> TABLES =
      List.of("PRIMA_JOURNAL", "PRIMA_BREACH", "ACT_HI_PROCINST", "ACT_HI_ACTINST");

  private final Map<String, String> definitionIds;
  private final SplittableRandom random = new SplittableRandom(2025);

  /**
   * @param definitionIds the deployed process definition id of each process key
   */
  ScaleFiller(Map<String, String> definitionIds) {
    this.definitionIds = definitionIds;
  }

  /** The case key (business key) of case number {@code index}. */
  static String caseKey(long index) {
    return "case-" + index;
  }

  /** The top-level process instance id of case {@code index}. */
  static String processInstanceId(long index) {
    return new UUID(0x5052494d41L, index).toString();
  }

  private static String subInstanceId(long index) {
    return new UUID(0x535542L, index).toString();
  }

  /** The service of case {@code index}: by the services' shares, in a fixed rotation of ten. */
  static Service serviceOf(long index) {
    int slot = (int) (index % 10);
    for (Service service : ScaleModels.SERVICES) {
      if (slot < service.share()) {
        return service;
      }
      slot -= service.share();
    }
    throw new IllegalStateException("shares must sum to 10");
  }

  /** What the fill produced. */
  record Filled(long cases, long touchpoints, long breaches) {}

  /**
   * Writes cases until at least {@code touchpoints} touchpoints are written, spreading the cases
   * evenly over the year; returns how many cases and touchpoints were written.
   */
  Filled fill(JdbcTarget target, long touchpoints) throws SQLException {
    long averagePerCase = 10;
    long cases = Math.max(1, touchpoints / averagePerCase);
    List<String> indexes = dropIndexes(target);
    Writers writers = new Writers(target);
    long written = 0;
    long breaches = 0;
    long index = 0;
    try {
      while (written < touchpoints) {
        // spread over the year by the planned case count; a tail past it stays in December
        long start =
            YEAR.toEpochMilli()
                + Math.min(YEAR_MS - ScaleModels.DAY, index * YEAR_MS / cases)
                + random.nextLong(60_000);
        writers.lastEnd = 0;
        CaseRows rows = writeCase(writers, index, start);
        written += rows.touchpoints;
        breaches += rows.breaches;
        index++;
      }
      writers.finish();
    } finally {
      writers.close();
    }
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      for (String definition : indexes) {
        statement.execute(definition);
      }
      // every filled case is finished: its summary (schema version 8), as its end would write it
      statement.execute("delete from PRIMA_CASE_SUMMARY");
      statement.execute(CaseSummaryCodec.FILL);
      // vacuum too, as autovacuum does to a journal in use: the visibility map lets the reads that
      // need only an index (the service index's case keys, schema version 9) skip the rows
      for (String table : TABLES) {
        statement.execute("vacuum analyze " + table);
      }
      statement.execute("vacuum analyze PRIMA_CASE_SUMMARY");
    }
    return new Filled(index, written, breaches);
  }

  private record CaseRows(long touchpoints, long breaches) {}

  private CaseRows writeCase(Writers w, long index, long caseStart) throws SQLException {
    Service service = serviceOf(index);
    String caseKey = caseKey(index);
    String root = processInstanceId(index);
    String definitionId = definitionIds.get(service.key());
    // most cases pass verification at once; the rest loop a geometric number of times
    int loops = 0;
    if (random.nextInt(100) >= 55) {
      loops = 1;
      while (loops < 30 && random.nextInt(100) < 71) {
        loops++;
      }
    }
    List<Step> steps = new ArrayList<>(service.before());
    steps.add(ScaleModels.VERIFY);
    for (int i = 0; i < loops; i++) {
      steps.add(ScaleModels.REVISE);
      steps.add(ScaleModels.VERIFY);
    }
    // the first touchpoint opens the case; every later one follows a wait
    long time = caseStart - 1;
    long touchpoints = 0;
    long breaches = 0;
    for (Step step : steps) {
      time = touchpoint(w, index, caseKey, root, root, service.key(), definitionId, step, time);
      breaches += breach(w, index, service.key(), root, step, w.lastStart, w.lastEnd);
      touchpoints++;
    }
    for (int i = 0; i < service.after().size(); i++) {
      if (i == service.callAt()) {
        String sub = subInstanceId(index);
        String subDefinition = definitionIds.get(ScaleModels.INSPECTION_KEY);
        long callStart = time + pause();
        long subTime = callStart;
        for (Step step : ScaleModels.INSPECTION) {
          subTime =
              touchpoint(
                  w,
                  index,
                  caseKey,
                  sub,
                  root,
                  ScaleModels.INSPECTION_KEY,
                  subDefinition,
                  step,
                  subTime);
          breaches +=
              breach(w, index, ScaleModels.INSPECTION_KEY, sub, step, w.lastStart, w.lastEnd);
          touchpoints++;
        }
        long callEnd = subTime + 1;
        w.procinst(
            sub,
            null,
            ScaleModels.INSPECTION_KEY,
            subDefinition,
            callStart,
            callEnd,
            root,
            root,
            "schedule",
            "end");
        w.actinst(
            activityId(ScaleModels.CALL_ID, w.sequence++),
            root,
            service.key(),
            definitionId,
            root,
            ScaleModels.CALL_ID,
            "Peninjauan",
            "callActivity",
            null,
            callStart,
            callEnd,
            sub);
        time = callEnd;
      }
      Step step = service.after().get(i);
      time = touchpoint(w, index, caseKey, root, root, service.key(), definitionId, step, time);
      breaches += breach(w, index, service.key(), root, step, w.lastStart, w.lastEnd);
      touchpoints++;
    }
    long end = time + 1;
    w.procinst(
        root, caseKey, service.key(), definitionId, caseStart, end, null, root, "apply", "end");
    if (end - caseStart > ScaleModels.LEAD_LIMIT_MS) {
      long due = caseStart + ScaleModels.LEAD_LIMIT_MS;
      w.breach(
          "lead:" + root,
          "LEAD_TIME",
          caseKey,
          root,
          service.key(),
          null,
          null,
          null,
          "P14D",
          caseStart,
          due);
      breaches++;
    }
    return new CaseRows(touchpoints, breaches);
  }

  /** Writes one touchpoint starting after a wait from {@code after} (at once at a case's start). */
  private long touchpoint(
      Writers w,
      long index,
      String caseKey,
      String instance,
      String root,
      String key,
      String definitionId,
      Step step,
      long after)
      throws SQLException {
    long start = w.lastEnd == 0 ? after + 1 : after + pause();
    long duration = duration(step);
    long end = start + duration;
    long sequence = w.sequence++;
    String id = activityId(step.id(), sequence);
    String user = step.citizen() ? null : "staff-" + random.nextInt(STAFF);
    long served = start + (long) (duration * (0.05 + 0.25 * random.nextDouble()));
    w.journal(id, sequence, caseKey, instance, root, key, step, user, start, end, served);
    w.actinst(
        id,
        instance,
        key,
        definitionId,
        root,
        step.id(),
        step.moment(),
        "userTask",
        user,
        start,
        end,
        null);
    w.lastStart = start;
    w.lastEnd = end;
    return end;
  }

  private int breach(
      Writers w, long index, String key, String instance, Step step, long start, long end)
      throws SQLException {
    if (step.targetMs() <= 0 || end - start <= step.targetMs()) {
      return 0;
    }
    String touchpointId = w.lastId;
    w.breach(
        "target:" + touchpointId,
        "TOUCHPOINT_TARGET",
        caseKey(index),
        instance,
        key,
        touchpointId,
        step.id(),
        step.moment(),
        "PT" + step.targetMs() / ScaleModels.HOUR + "H",
        start,
        start + step.targetMs());
    return 1;
  }

  private static String activityId(String elementId, long sequence) {
    return elementId + ":" + new UUID(0x414354L, sequence);
  }

  /** A wait between steps: log-normal, median about 4 hours, a long tail of days. */
  private long pause() {
    return (long) (4 * ScaleModels.HOUR * Math.exp(1.2 * random.nextGaussian()));
  }

  /** A step's duration: log-normal around a third of its target (20 minutes without one). */
  private long duration(Step step) {
    long median = step.targetMs() > 0 ? step.targetMs() / 3 : 20 * 60_000L;
    return 1 + (long) (median * Math.exp(0.7 * random.nextGaussian()));
  }

  /** The secondary indexes of the filled tables, dropped; returns their definitions. */
  private static List<String> dropIndexes(JdbcTarget target) throws SQLException {
    List<String> definitions = new ArrayList<>();
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "select i.indexname, i.indexdef from pg_indexes i"
                  + " where i.schemaname = current_schema()"
                  + " and upper(i.tablename) in ('PRIMA_JOURNAL', 'PRIMA_BREACH',"
                  + " 'ACT_HI_PROCINST', 'ACT_HI_ACTINST')"
                  + " and not exists (select 1 from pg_constraint c where c.conname ="
                  + " i.indexname)")) {
        while (rows.next()) {
          names.add(rows.getString(1));
          definitions.add(rows.getString(2));
        }
      }
      for (String name : names) {
        statement.execute("drop index " + name);
      }
    }
    return definitions;
  }

  /** One COPY stream per table, each on its own connection. */
  private static final class Writers implements AutoCloseable {

    private final List<Connection> connections = new ArrayList<>();
    private final Stream journal;
    private final Stream breach;
    private final Stream procinst;
    private final Stream actinst;
    long sequence;
    long lastStart;
    long lastEnd;
    String lastId;

    Writers(JdbcTarget target) throws SQLException {
      journal =
          open(
              target,
              "copy PRIMA_JOURNAL (ID_, TOUCHPOINT_ID_, PHASE_, SEQ_, CASE_KEY_, PROC_INST_ID_,"
                  + " ROOT_PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_VERSION_, ELEMENT_ID_,"
                  + " ELEMENT_NAME_, MOMENT_, CHANNEL_, LANE_, KIND_, USER_ID_, ROLE_, TENANT_ID_,"
                  + " START_MS_, END_MS_, TARGET_MS_, OUTCOME_) from stdin");
      breach =
          open(
              target,
              "copy PRIMA_BREACH (ID_, KIND_, CASE_KEY_, PROC_INST_ID_, PROC_DEF_KEY_,"
                  + " TOUCHPOINT_ID_, ELEMENT_ID_, MOMENT_, LIMIT_, STARTED_MS_, DUE_MS_,"
                  + " DETECTED_MS_) from stdin");
      procinst =
          open(
              target,
              "copy ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_,"
                  + " PROC_DEF_ID_, START_TIME_, END_TIME_, DURATION_, START_ACT_ID_, END_ACT_ID_,"
                  + " SUPER_PROCESS_INSTANCE_ID_, ROOT_PROC_INST_ID_, STATE_) from stdin");
      actinst =
          open(
              target,
              "copy ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_,"
                  + " ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, CALL_PROC_INST_ID_,"
                  + " ACT_NAME_, ACT_TYPE_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_,"
                  + " ACT_INST_STATE_, SEQUENCE_COUNTER_) from stdin");
    }

    private Stream open(JdbcTarget target, String sql) throws SQLException {
      Connection connection = target.connect();
      connections.add(connection);
      try (Statement statement = connection.createStatement()) {
        statement.execute("set synchronous_commit = off");
      }
      return new Stream(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
    }

    /**
     * One touchpoint as the engine journals a user task: its START row when the task is created (no
     * user yet, ACTIVE), a SERVE row when an officer claims it (staff steps: after a queue wait of
     * 5-30% of the step), and an END row when it is completed, each with its own sequence number.
     * Before this, the filler wrote one FULL row per touchpoint, so no journal read ever joined an
     * END or SERVE row and PostgreSQL's statistics knew of none.
     */
    void journal(
        String id,
        long sequence,
        String caseKey,
        String instance,
        String root,
        String key,
        Step step,
        String user,
        long start,
        long end,
        long served)
        throws SQLException {
      lastId = id;
      Long target = step.targetMs() > 0 ? step.targetMs() : null;
      String lane = step.citizen() ? "CUSTOMER" : "BACKSTAGE";
      journal.row(
          id,
          id,
          "START",
          sequence,
          caseKey,
          instance,
          root,
          key,
          1,
          step.id(),
          step.moment(),
          step.moment(),
          "COUNTER",
          lane,
          "CONTACT",
          null,
          step.role(),
          null,
          start,
          null,
          target,
          "ACTIVE");
      if (user != null) {
        journal.row(
            id + "~serve",
            id,
            "SERVE",
            this.sequence++,
            caseKey,
            instance,
            root,
            key,
            1,
            step.id(),
            step.moment(),
            step.moment(),
            "COUNTER",
            lane,
            "CONTACT",
            user,
            step.role(),
            null,
            served,
            null,
            target,
            "ACTIVE");
      }
      journal.row(
          id + "~end",
          id,
          "END",
          this.sequence++,
          caseKey,
          instance,
          root,
          key,
          1,
          step.id(),
          step.moment(),
          step.moment(),
          "COUNTER",
          lane,
          "CONTACT",
          user,
          step.role(),
          null,
          start,
          end,
          target,
          "COMPLETED");
    }

    void breach(
        String id,
        String kind,
        String caseKey,
        String instance,
        String key,
        String touchpointId,
        String elementId,
        String moment,
        String limit,
        long started,
        long due)
        throws SQLException {
      breach.row(
          id,
          kind,
          caseKey,
          instance,
          key,
          touchpointId,
          elementId,
          moment,
          limit,
          started,
          due,
          due);
    }

    void procinst(
        String id,
        String businessKey,
        String key,
        String definitionId,
        long start,
        long end,
        String superInstance,
        String root,
        String startActivity,
        String endActivity)
        throws SQLException {
      procinst.row(
          id,
          id,
          businessKey,
          key,
          definitionId,
          timestamp(start),
          timestamp(end),
          end - start,
          startActivity,
          endActivity,
          superInstance,
          root,
          "COMPLETED");
    }

    void actinst(
        String id,
        String instance,
        String key,
        String definitionId,
        String root,
        String elementId,
        String name,
        String type,
        String user,
        long start,
        long end,
        String calledInstance)
        throws SQLException {
      actinst.row(
          id,
          instance,
          key,
          definitionId,
          root,
          instance,
          instance,
          elementId,
          calledInstance,
          name,
          type,
          user,
          timestamp(start),
          timestamp(end),
          end - start,
          1,
          sequence);
    }

    private static String timestamp(long epochMillis) {
      // Camunda writes java.util.Date in the JVM's zone into "timestamp without time zone"
      return new Timestamp(epochMillis).toString();
    }

    void finish() throws SQLException {
      for (Stream stream : List.of(journal, breach, procinst, actinst)) {
        stream.end();
      }
    }

    @Override
    public void close() throws SQLException {
      for (Connection connection : connections) {
        connection.close();
      }
    }
  }

  /** Text-format COPY rows, buffered. */
  private static final class Stream {

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);

    Stream(CopyIn copy) {
      this.copy = copy;
    }

    void row(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          buffer.append('\t');
        }
        // the values hold no tabs, newlines or backslashes
        buffer.append(values[i] == null ? "\\N" : values[i].toString());
      }
      buffer.append('\n');
      if (buffer.length() >= FLUSH_CHARS) {
        flush();
      }
    }

    private void flush() throws SQLException {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      buffer.setLength(0);
    }

    void end() throws SQLException {
      flush();
      copy.endCopy();
    }
  }
}
