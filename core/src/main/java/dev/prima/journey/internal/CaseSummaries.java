package dev.prima.journey.internal;

import dev.prima.PrimaException;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
     * {@return the touchpoints that started before {@code before}, in cycle order} They carry what
     * a profile reads (element, moment, version, tenant, start, end); their ids are made up, their
     * kind is {@code CONTACT} and their sequence their place in the cycle.
     */
    public List<Touchpoint> touchpointsBefore(Instant before) {
      long limit = before.toEpochMilli();
      List<Touchpoint> touchpoints = new ArrayList<>();
      for (List<String> fields : decode(text, Integer.MAX_VALUE)) {
        long start = Long.parseLong(fields.get(4));
        if (start >= limit) {
          break; // in start order: the rest started later still
        }
        String end = fields.get(5);
        String tenant = fields.get(3);
        touchpoints.add(
            new Touchpoint(
                caseId + "#" + touchpoints.size(),
                caseId,
                caseId,
                caseId,
                processDefinitionKey,
                Integer.parseInt(fields.get(2)),
                fields.get(0),
                null,
                fields.get(1),
                null,
                null,
                TouchpointKind.CONTACT,
                null,
                null,
                tenant.isEmpty() ? null : tenant,
                Instant.ofEpochMilli(start),
                null,
                end.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(end)),
                null,
                end.isEmpty() ? Outcome.ACTIVE : Outcome.COMPLETED,
                touchpoints.size()));
      }
      return touchpoints;
    }

    /** {@return the sequence of the case's first touchpoint: the journal's order among cases} */
    public long firstSequence() {
      List<List<String>> first = decode(text, 1);
      return first.isEmpty() ? Long.MAX_VALUE : Long.parseLong(first.get(0).get(FIELDS - 1));
    }
  }

  private static final int FIELDS = 7;

  private static final String SUMMARY_COLUMNS =
      "insert into PRIMA_CASE_SUMMARY (CASE_KEY_, PROC_DEF_KEY_, START_MS_, TOUCHPOINTS_)";

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

  private static final String SUMMARIES =
      SUMMARY_COLUMNS
          + " select s.CASE_KEY_, s.PROC_DEF_KEY_, min(s.START_MS_), string_agg("
          + ENCODED
          + ", ';' order by s.START_MS_, s.SEQ_, s.TOUCHPOINT_ID_)"
          + " from PRIMA_JOURNAL s left join PRIMA_JOURNAL e"
          + " on e.ID_ = s.TOUCHPOINT_ID_ || '~end' and e.PHASE_ = 'END'"
          + " where s.PHASE_ in ('START', 'FULL') and s.START_MS_ is not null";

  private static final String GROUP = " group by s.CASE_KEY_, s.PROC_DEF_KEY_";

  /** Writes the summaries of one case (parameter 1: its key); delete its old ones first. */
  public static final String WRITE_CASE = SUMMARIES + " and s.CASE_KEY_ = ?" + GROUP;

  /** Deletes the summaries of one case (parameter 1: its key). */
  public static final String DELETE_CASE = "delete from PRIMA_CASE_SUMMARY where CASE_KEY_ = ?";

  /** Writes the summary of every case in the journal: schema version 8 and bulk loads. */
  public static final String FILL = SUMMARIES + GROUP;

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
