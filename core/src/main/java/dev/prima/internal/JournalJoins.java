package dev.prima.internal;

/**
 * How a journal read joins a touchpoint's START or FULL row {@code s} to its END row {@code e} and
 * its SERVE row {@code v}: by id (the touchpoint's id with {@code ~end} or {@code ~serve}) and
 * phase, written in one of two forms.
 *
 * <p>A read of many cases (a period, the whole journal) names the phase plainly, so PostgreSQL can
 * use the partial END and SERVE indexes (schema versions 5 and 6) instead of hashing the whole
 * journal. A read of one case writes the phase {@code PHASE_ || ''}: the same test, but one the
 * partial indexes cannot serve. With the plain form, PostgreSQL, with statistics older than the
 * journal's growth (indexes created on an empty table, a busy day), scanned every END row of the
 * journal for each touchpoint of the case, the id a mere filter: 1.2 ms per ending case's summary
 * at 3,500 END rows, growing with the journal (CaseReadPlanTest). The primary key, whose size the
 * planner takes from the table's pages, leaves it the lookup alone.
 */
public final class JournalJoins {

  /** {@code e}: a period's or the journal's END rows. */
  public static final String END = end("");

  /** {@code v}: a period's or the journal's SERVE rows. */
  public static final String SERVE = serve("");

  /** {@code e} for one case's rows. */
  public static final String END_OF_ONE_CASE = end(" || ''");

  /** {@code v} for one case's rows. */
  public static final String SERVE_OF_ONE_CASE = serve(" || ''");

  private JournalJoins() {}

  private static String end(String phaseSuffix) {
    return " left join PRIMA_JOURNAL e on e.ID_ = s.TOUCHPOINT_ID_ || '~end' and e.PHASE_"
        + phaseSuffix
        + " = 'END'";
  }

  private static String serve(String phaseSuffix) {
    return " left join PRIMA_JOURNAL v on v.ID_ = s.TOUCHPOINT_ID_ || '~serve' and v.PHASE_"
        + phaseSuffix
        + " = 'SERVE'";
  }
}
