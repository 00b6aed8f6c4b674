package dev.prima.internal;

/**
 * How a journal read joins a touchpoint's START or FULL row {@code s} to its END row {@code e} and
 * its SERVE row {@code v}: by id (the touchpoint's id with {@code ~end} or {@code ~serve}) and
 * phase, written in one of two forms.
 *
 * <p>A read of many cases (a period, the whole journal) names the phase plainly, so PostgreSQL can
 * use the partial END and SERVE indexes (schema versions 5 and 6) instead of hashing the whole
 * journal. A read of one case (its cycle, its summary when it ends, each case of a period's read on
 * PostgreSQL) must touch that case's rows only, whatever PostgreSQL believes of the journal's size:
 * its statistics may be older than the journal's growth (indexes created on an empty table,
 * autovacuum off or behind), and a prepared statement's generic plan, made once while the journal
 * was young, is kept until something invalidates it. Either way the planner took a scan of every
 * END row, or of the whole journal, for each touchpoint of the case, the id a mere filter: 1.2 ms
 * per ending case at 3,500 END rows, growing with the journal ({@code CaseReadPlanTest}). So the
 * one-case form also joins by the case key, which makes the case index fit both sides of the join
 * with the case's key as its condition, and writes the phase {@code PHASE_ || ''}, the same test
 * but one the partial indexes cannot serve. An END or SERVE row is thereby found in the case it is
 * filed under; when a process sets its case's business key, the command that sets it moves the
 * instance's earlier rows to the new key, so a touchpoint open across the change stays whole.
 */
public final class JournalJoins {

  /** {@code e}: a period's or the journal's END rows. */
  public static final String END = end(false);

  /** {@code v}: a period's or the journal's SERVE rows. */
  public static final String SERVE = serve(false);

  /** {@code e} for one case's rows. */
  public static final String END_OF_ONE_CASE = end(true);

  /** {@code v} for one case's rows. */
  public static final String SERVE_OF_ONE_CASE = serve(true);

  private JournalJoins() {}

  private static String end(boolean oneCase) {
    return join("e", "~end", "END", oneCase);
  }

  private static String serve(boolean oneCase) {
    return join("v", "~serve", "SERVE", oneCase);
  }

  private static String join(String alias, String idSuffix, String phase, boolean oneCase) {
    return " left join PRIMA_JOURNAL "
        + alias
        + " on "
        + (oneCase ? alias + ".CASE_KEY_ = s.CASE_KEY_ and " : "")
        + alias
        + ".ID_ = s.TOUCHPOINT_ID_ || '"
        + idSuffix
        + "' and "
        + alias
        + ".PHASE_"
        + (oneCase ? " || ''" : "")
        + " = '"
        + phase
        + "'";
  }
}
