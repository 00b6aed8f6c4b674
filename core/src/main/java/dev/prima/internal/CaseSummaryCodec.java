package dev.prima.internal;

import dev.prima.PrimaException;

/**
 * The encoding of the per-case summary ({@code PRIMA_CASE_SUMMARY}, schema version 8): the SQL that
 * writes it from the journal's rows, in H2 and PostgreSQL alike, and the reader of its text.
 *
 * <p>A summary holds a case's touchpoints of one process key that have a start, in the order of its
 * cycle (start, sequence, id), each as six fields: element id, moment as recorded, definition
 * version, tenant (empty for none), start in epoch milliseconds and duration in milliseconds (empty
 * while active). {@code ','} separates fields, {@code ';'} touchpoints, and {@code '\'} escapes
 * either of them or itself inside a value. The row also holds the case's first start ({@code
 * START_MS_}) and its first touchpoint's sequence ({@code FIRST_SEQ_}): the journal's order of
 * cases.
 */
public final class CaseSummaryCodec {

  /** Fields per touchpoint. */
  public static final int FIELDS = 6;

  private static final String COLUMNS =
      " (CASE_KEY_, PROC_DEF_KEY_, START_MS_, FIRST_SEQ_, TOUCHPOINTS_)";

  private static final String ORDER = " order by s.START_MS_, s.SEQ_, s.TOUCHPOINT_ID_";

  /** A START or FULL row {@code s} with its END row {@code e}, encoded. */
  private static final String ENCODED =
      escaped("s.ELEMENT_ID_")
          + " || ',' || "
          + escaped("s.MOMENT_")
          + " || ',' || cast(s.PROC_DEF_VERSION_ as varchar) || ',' || coalesce("
          + escaped("s.TENANT_ID_")
          + ", '') || ',' || cast(s.START_MS_ as varchar) || ',' || coalesce(cast(case when"
          + " coalesce(e.OUTCOME_, s.OUTCOME_) <> 'ACTIVE' then coalesce(e.END_MS_, s.END_MS_)"
          + " - s.START_MS_ end as varchar), '')";

  /** Every case's rows: a join of the whole journal reads the END rows only. */
  private static final String SELECT_ALL = select(JournalJoins.END);

  /**
   * One case's rows (the caller adds the case's condition), each END row joined as {@link
   * JournalJoins} says for one case: this runs in the engine's transaction when a case ends.
   */
  private static final String SELECT_CASE = select(JournalJoins.END_OF_ONE_CASE);

  private static String select(String endJoin) {
    return " select s.CASE_KEY_, s.PROC_DEF_KEY_, min(s.START_MS_), (array_agg(s.SEQ_"
        + ORDER
        + "))[1], string_agg("
        + ENCODED
        + ", ';'"
        + ORDER
        + ") from PRIMA_JOURNAL s"
        + endJoin
        + " where s.PHASE_ in ('START', 'FULL') and s.START_MS_ is not null";
  }

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
          + SELECT_CASE
          + " and s.CASE_KEY_ = ?"
          + GROUP;

  /** {@link #WRITE_CASE_H2} on PostgreSQL. */
  public static final String WRITE_CASE_POSTGRES =
      "insert into PRIMA_CASE_SUMMARY"
          + COLUMNS
          + SELECT_CASE
          + " and s.CASE_KEY_ = ?"
          + GROUP
          + " on conflict (CASE_KEY_, PROC_DEF_KEY_) do update set START_MS_ = excluded.START_MS_,"
          + " FIRST_SEQ_ = excluded.FIRST_SEQ_, TOUCHPOINTS_ = excluded.TOUCHPOINTS_";

  /** Writes the summary of every case in the journal: schema version 8 and bulk loads. */
  public static final String FILL = "insert into PRIMA_CASE_SUMMARY" + COLUMNS + SELECT_ALL + GROUP;

  private CaseSummaryCodec() {}

  private static String escaped(String column) {
    return "replace(replace(replace(" + column + ", '\\', '\\\\'), ',', '\\,'), ';', '\\;')";
  }

  /**
   * Reads a summary's touchpoints one at a time, unescaping their fields: numbers are parsed in
   * place, text without escapes is cut out of the summary without copying it character by character
   * (a month of a busy service holds hundreds of thousands of touchpoints).
   */
  public static final class Reader {
    private final String text;
    private final int[] ends = new int[FIELDS];
    private final int[] starts = new int[FIELDS];
    private final boolean[] escapedField = new boolean[FIELDS];
    private int at;

    public Reader(String text) {
      this.text = text;
    }

    /**
     * Moves to the next touchpoint.
     *
     * @return false when there is none
     * @throws PrimaException when the touchpoint has too few or too many fields
     */
    public boolean next() {
      if (at >= text.length()) {
        return false;
      }
      int count = 0;
      starts[0] = at;
      escapedField[0] = false;
      while (true) {
        if (at >= text.length()) {
          count = close(count, at); // the text's last field: no ';' after it
          break;
        }
        char c = text.charAt(at++);
        if (c == '\\') {
          at++;
          if (count < FIELDS) {
            escapedField[count] = true;
          }
        } else if (c == ',') {
          count = close(count, at - 1);
        } else if (c == ';') {
          count = close(count, at - 1);
          break;
        }
      }
      if (count != FIELDS) {
        throw damaged(count);
      }
      return true;
    }

    private int close(int count, int end) {
      if (count >= FIELDS) {
        throw damaged(count + 1);
      }
      ends[count] = end;
      if (count + 1 < FIELDS) {
        starts[count + 1] = end + 1;
        escapedField[count + 1] = false;
      }
      return count + 1;
    }

    /** {@return field {@code index} of the current touchpoint as text, unescaped} */
    public String text(int index) {
      if (!escapedField[index]) {
        return text.substring(starts[index], ends[index]);
      }
      StringBuilder field = new StringBuilder(ends[index] - starts[index]);
      for (int i = starts[index]; i < ends[index]; i++) {
        char c = text.charAt(i);
        field.append(c == '\\' && i + 1 < ends[index] ? text.charAt(++i) : c);
      }
      return field.toString();
    }

    /** {@return whether field {@code index} of the current touchpoint is empty} */
    public boolean isEmpty(int index) {
      return starts[index] == ends[index];
    }

    /** {@return field {@code index} of the current touchpoint as a number} */
    public long number(int index) {
      int i = starts[index];
      int end = ends[index];
      boolean negative = i < end && text.charAt(i) == '-';
      if (negative) {
        i++;
      }
      if (i == end) {
        throw damaged(index, "an empty number");
      }
      long value = 0;
      for (; i < end; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          throw damaged(index, "'" + text.substring(starts[index], end) + "'");
        }
        value = value * 10 + (c - '0');
      }
      return negative ? -value : value;
    }

    private PrimaException damaged(int index, String found) {
      return new PrimaException(
          "A case summary in PRIMA_CASE_SUMMARY is damaged: field "
              + (index + 1)
              + " of a touchpoint should be a number, but is "
              + found
              + ", in '"
              + text
              + "'. Fix: "
              + FIX);
    }

    private PrimaException damaged(int fields) {
      return new PrimaException(
          "A case summary in PRIMA_CASE_SUMMARY is damaged: a touchpoint has "
              + fields
              + " fields, not "
              + FIELDS
              + ", in '"
              + text
              + "'. Fix: "
              + FIX);
    }
  }

  private static final String FIX =
      "delete the case's rows and write them again from the journal with the insert of schema"
          + " script V8__case_summary.sql, restricted to the case.";
}
