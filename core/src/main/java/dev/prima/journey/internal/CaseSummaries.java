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
      List<List<String>> touchpoints = decode(text, Integer.MAX_VALUE);
      int size = 0;
      while (size < touchpoints.size() && Long.parseLong(touchpoints.get(size).get(4)) < limit) {
        size++; // in start order: the rest started later still
      }
      List<String> elementIds = new ArrayList<>(size);
      List<String> moments = new ArrayList<>(size);
      List<Integer> versions = new ArrayList<>(size);
      List<String> tenants = new ArrayList<>(size);
      List<Duration> durations = new ArrayList<>(size);
      long start = size == 0 ? 0 : Long.parseLong(touchpoints.get(0).get(4));
      long latestEnd = Long.MIN_VALUE;
      boolean anyActive = false;
      for (List<String> fields : touchpoints.subList(0, size)) {
        elementIds.add(fields.get(0));
        moments.add(fields.get(1));
        versions.add(Integer.parseInt(fields.get(2)));
        tenants.add(fields.get(3).isEmpty() ? null : fields.get(3));
        if (fields.get(5).isEmpty()) {
          anyActive = true;
          durations.add(null);
        } else {
          long end = Long.parseLong(fields.get(5));
          latestEnd = Math.max(latestEnd, end);
          durations.add(Duration.ofMillis(end - Long.parseLong(fields.get(4))));
        }
      }
      // a finished case: its lead time runs to its last end, unless a moment is still open
      Duration leadTime =
          anyActive || size == 0 ? null : Duration.ofMillis(Math.max(0, latestEnd - start));
      return new Counted(
          caseId,
          processDefinitionKey,
          elementIds,
          moments,
          versions,
          tenants,
          durations,
          leadTime,
          size == 0 ? Long.MAX_VALUE : Long.parseLong(touchpoints.get(0).get(FIELDS - 1)));
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
   * same text {@link #decode} reads, in H2 and PostgreSQL alike.
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

  /** {@return the encoded touchpoints' fields, unescaped} */
  static List<List<String>> decode(String text, int most) {
    List<List<String>> touchpoints = new ArrayList<>();
    List<String> fields = new ArrayList<>(FIELDS);
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        field.append(text.charAt(++i));
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == ';') {
        fields.add(field.toString());
        field.setLength(0);
        touchpoints.add(checked(fields, text));
        if (touchpoints.size() == most) {
          return touchpoints;
        }
        fields = new ArrayList<>(FIELDS);
      } else {
        field.append(c);
      }
    }
    if (!text.isEmpty()) {
      fields.add(field.toString());
      touchpoints.add(checked(fields, text));
    }
    return touchpoints;
  }

  private static List<String> checked(List<String> fields, String text) {
    if (fields.size() != FIELDS) {
      throw new PrimaException(
          "A case summary in PRIMA_CASE_SUMMARY is damaged: a touchpoint has "
              + fields.size()
              + " fields, not "
              + FIELDS
              + ", in '"
              + text
              + "'. Fix: delete the case's rows and write them again from the journal with the"
              + " insert of schema script V8__case_summary.sql, restricted to the case.");
    }
    return fields;
  }
}
