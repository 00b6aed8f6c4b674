package dev.prima.journey.internal;

import dev.prima.PrimaException;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The per-case summary ({@code PRIMA_CASE_SUMMARY}, schema version 8): its encoding, written by SQL
 * from the journal's rows, and read back as the touchpoints a service profile needs.
 *
 * <p>A summary holds a case's touchpoints of one process key that have a start, in the order of its
 * cycle (start, sequence, id), each as element id, moment as recorded, definition version, tenant
 * (empty for none), start and end in epoch milliseconds (end empty while active) and sequence:
 * {@code ','} between fields, {@code ';'} between touchpoints, and {@code '\'} before either of
 * them or itself inside a value.
 */
public final class CaseSummaries {

  /** One case's summary of one process key. */
  public record Summary(String caseId, String processDefinitionKey, long startMillis, String text) {
    public Summary {
      Objects.requireNonNull(caseId, "caseId must not be null");
      Objects.requireNonNull(processDefinitionKey, "processDefinitionKey must not be null");
      Objects.requireNonNull(text, "text must not be null");
    }

    /**
     * {@return the case's cycle of this process as a profile counts it: its touchpoints that
     * started before {@code before}}
     */
    public Counted countedBefore(Instant before) {
      long limit = before.toEpochMilli();
      List<String> elementIds = new ArrayList<>();
      List<String> moments = new ArrayList<>();
      List<Integer> versions = new ArrayList<>();
      List<String> tenants = new ArrayList<>();
      List<Duration> durations = new ArrayList<>();
      long first = Long.MIN_VALUE;
      long firstSequence = Long.MAX_VALUE;
      long latestEnd = Long.MIN_VALUE;
      boolean anyActive = false;
      String[] fields = new String[FIELDS];
      Reader reader = new Reader(text);
      while (reader.next(fields)) {
        long start = Long.parseLong(fields[4]);
        if (start >= limit) {
          break; // in start order: the rest started later still
        }
        if (elementIds.isEmpty()) {
          first = start;
          firstSequence = Long.parseLong(fields[6]);
        }
        elementIds.add(fields[0]);
        moments.add(fields[1]);
        versions.add(Integer.valueOf(fields[2]));
        tenants.add(fields[3].isEmpty() ? null : fields[3]);
        if (fields[5].isEmpty()) {
          anyActive = true;
          durations.add(null);
        } else {
          long end = Long.parseLong(fields[5]);
          latestEnd = Math.max(latestEnd, end);
          durations.add(Duration.ofMillis(end - start));
        }
      }
      // a finished case: its lead time runs to its last end, unless a moment is still open
      Duration leadTime =
          anyActive || elementIds.isEmpty()
              ? null
              : Duration.ofMillis(Math.max(0, latestEnd - first));
      return new Counted(
          caseId,
          processDefinitionKey,
          elementIds,
          moments,
          versions,
          tenants,
          durations,
          leadTime,
          firstSequence);
    }
  }

  /**
   * A finished case's cycle of one process as a profile counts it, one entry per touchpoint in
   * cycle order.
   *
   * @param durations end - start, {@code null} while active
   * @param leadTime from the first start to the last end, {@code null} while a touchpoint is active
   * @param firstSequence the first touchpoint's sequence: the journal's order among cases
   */
  public record Counted(
      String caseId,
      String processDefinitionKey,
      List<String> elementIds,
      List<String> moments,
      List<Integer> versions,
      List<String> tenants,
      List<Duration> durations,
      Duration leadTime,
      long firstSequence) {

    /** {@return touchpoint {@code i} with what naming its moment reads: key, version, tenant} */
    public Touchpoint touchpoint(int i) {
      return new Touchpoint(
          caseId + "#" + i,
          caseId,
          caseId,
          caseId,
          processDefinitionKey,
          versions.get(i),
          elementIds.get(i),
          null,
          moments.get(i),
          null,
          null,
          TouchpointKind.CONTACT,
          null,
          null,
          tenants.get(i),
          null,
          null,
          Instant.EPOCH,
          null,
          Outcome.COMPLETED,
          i);
    }
  }

  private static final int FIELDS = 7;

  private static final String COLUMNS = " (CASE_KEY_, PROC_DEF_KEY_, START_MS_, TOUCHPOINTS_)";

  /**
   * Each touchpoint (a START or FULL row {@code s} with its END row {@code e}) encoded by SQL: the
   * same text {@link Reader} reads, in H2 and PostgreSQL alike.
   */
  private static final String ENCODED =
      escaped("s.ELEMENT_ID_")
          + " || ',' || "
          + escaped("s.MOMENT_")
          + " || ',' || cast(s.PROC_DEF_VERSION_ as varchar) || ',' || coalesce("
          + escaped("s.TENANT_ID_")
          + ", '') || ',' || cast(s.START_MS_ as varchar) || ',' || coalesce(cast(case when"
          + " coalesce(e.OUTCOME_, s.OUTCOME_) <> 'ACTIVE' then coalesce(e.END_MS_, s.END_MS_)"
          + " end as varchar), '') || ',' || cast(s.SEQ_ as varchar)";

  private static final String SELECT =
      " select s.CASE_KEY_, s.PROC_DEF_KEY_, min(s.START_MS_), string_agg("
          + ENCODED
          + ", ';' order by s.START_MS_, s.SEQ_, s.TOUCHPOINT_ID_)"
          + " from PRIMA_JOURNAL s left join PRIMA_JOURNAL e"
          + " on e.ID_ = s.TOUCHPOINT_ID_ || '~end' and e.PHASE_ = 'END'"
          + " where s.PHASE_ in ('START', 'FULL') and s.START_MS_ is not null";

  private static final String GROUP = " group by s.CASE_KEY_, s.PROC_DEF_KEY_";

  /**
   * Writes the summaries of one case (parameter 1: its key) on H2, replacing those it had. A case's
   * touchpoints only grow (upkeep deletes them with their summaries), so each key it had before it
   * still has.
   */
  public static final String WRITE_CASE_H2 =
      "merge into PRIMA_CASE_SUMMARY"
          + COLUMNS
          + " key (CASE_KEY_, PROC_DEF_KEY_)"
          + SELECT
          + " and s.CASE_KEY_ = ?"
          + GROUP;

  /** {@link #WRITE_CASE_H2} on PostgreSQL. */
  public static final String WRITE_CASE_POSTGRES =
      "insert into PRIMA_CASE_SUMMARY"
          + COLUMNS
          + SELECT
          + " and s.CASE_KEY_ = ?"
          + GROUP
          + " on conflict (CASE_KEY_, PROC_DEF_KEY_) do update set START_MS_ = excluded.START_MS_,"
          + " TOUCHPOINTS_ = excluded.TOUCHPOINTS_";

  /** Writes the summary of every case in the journal: schema version 8 and bulk loads. */
  public static final String FILL = "insert into PRIMA_CASE_SUMMARY" + COLUMNS + SELECT + GROUP;

  private static final String READ =
      "select CASE_KEY_, START_MS_, TOUCHPOINTS_ from PRIMA_CASE_SUMMARY"
          + " where PROC_DEF_KEY_ = ? and START_MS_ >= ? and START_MS_ < ?";

  private final DataSource dataSource;

  public CaseSummaries(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
  }

  /** {@return the summaries of the process's cases whose first start lies in [from, to)} */
  public List<Summary> begunIn(String processDefinitionKey, Instant from, Instant to) {
    List<Summary> summaries = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(READ)) {
      select.setString(1, processDefinitionKey);
      select.setLong(2, from.toEpochMilli());
      select.setLong(3, to.toEpochMilli());
      select.setFetchSize(1000);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          summaries.add(
              new Summary(
                  rows.getString(1), processDefinitionKey, rows.getLong(2), rows.getString(3)));
        }
      }
      return summaries;
    } catch (SQLException e) {
      throw new PrimaException("Cannot read case summaries: " + e.getMessage(), e);
    }
  }

  private static String escaped(String column) {
    return "replace(replace(replace(" + column + ", '\\', '\\\\'), ',', '\\,'), ';', '\\;')";
  }

  /** Reads the encoded touchpoints one at a time, unescaping their fields. */
  static final class Reader {
    private final String text;
    private final StringBuilder field = new StringBuilder();
    private int at;

    Reader(String text) {
      this.text = text;
    }

    /** Reads the next touchpoint's fields into {@code fields}; false when there is none. */
    boolean next(String[] fields) {
      if (at >= text.length()) {
        return false;
      }
      int count = 0;
      field.setLength(0);
      while (true) {
        if (at >= text.length()) {
          store(fields, count++); // the text's last field: no ';' after it
          break;
        }
        char c = text.charAt(at++);
        if (c == '\\' && at < text.length()) {
          field.append(text.charAt(at++));
        } else if (c == ',') {
          store(fields, count++);
        } else if (c == ';') {
          store(fields, count++);
          break;
        } else {
          field.append(c);
        }
      }
      if (count != FIELDS) {
        throw damaged(count);
      }
      return true;
    }

    private void store(String[] fields, int index) {
      if (index >= FIELDS) {
        throw damaged(index + 1);
      }
      fields[index] = field.toString();
      field.setLength(0);
    }

    private PrimaException damaged(int fields) {
      return new PrimaException(
          "A case summary in PRIMA_CASE_SUMMARY is damaged: a touchpoint has "
              + fields
              + " fields, not "
              + FIELDS
              + ", in '"
              + text
              + "'. Fix: delete the case's rows and write them again from the journal with the"
              + " insert of schema script V8__case_summary.sql, restricted to the case.");
    }
  }
}
