package dev.prima.touchpoint.internal;

import dev.prima.InvalidArgumentException;
import dev.prima.PrimaException;
import dev.prima.internal.Arguments;
import dev.prima.internal.JournalJoins;
import dev.prima.internal.ReadTransaction;
import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointJournal;
import dev.prima.touchpoint.TouchpointKind;
import dev.prima.touchpoint.TouchpointQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;

/** The journal read with plain JDBC on the engine's data source. */
public final class JdbcTouchpointJournal implements TouchpointJournal {

  /**
   * Touchpoints: START and FULL rows, each with the END row that closed it and the SERVE row of its
   * first assignment, if any, joined as {@link JournalJoins} says for reads of many cases.
   */
  static final String FROM = from(JournalJoins.END + JournalJoins.SERVE);

  /** {@link #FROM} without the SERVE rows: {@link TouchpointQuery#withoutServed()}. */
  private static final String FROM_WITHOUT_SERVED = from(JournalJoins.END);

  /**
   * {@link #FROM} for one case ({@link TouchpointQuery#caseId}, and each case a PostgreSQL period
   * read probes): END and SERVE rows joined as {@link JournalJoins} says for one case.
   */
  private static final String FROM_ONE_CASE =
      from(JournalJoins.END_OF_ONE_CASE + JournalJoins.SERVE_OF_ONE_CASE);

  private static String from(String joins) {
    return " from PRIMA_JOURNAL s" + joins + " where s.PHASE_ in ('START', 'FULL')";
  }

  /** The period's cases of {@link TouchpointQuery#ofCasesTouchedIn}, rows {@code c}. */
  private static final String CASES_TOUCHED =
      " where c.PROC_DEF_KEY_ = ? and c.PHASE_ in ('START', 'FULL')"
          + " and c.START_MS_ >= ? and c.START_MS_ < ?";

  private static final String COLUMNS =
      "select s.TOUCHPOINT_ID_, s.PHASE_, s.SEQ_, s.CASE_KEY_, s.PROC_INST_ID_,"
          + " s.ROOT_PROC_INST_ID_, s.PROC_DEF_KEY_, s.PROC_DEF_VERSION_, s.ELEMENT_ID_,"
          + " s.ELEMENT_NAME_, s.MOMENT_, s.CHANNEL_, s.LANE_, s.KIND_,"
          + " coalesce(e.USER_ID_, s.USER_ID_) as USER_ID_, s.ROLE_, s.TENANT_ID_, s.START_MS_,"
          + " coalesce(e.END_MS_, s.END_MS_) as END_MS_, s.TARGET_MS_,"
          + " coalesce(e.OUTCOME_, s.OUTCOME_) as OUTCOME_";

  private static final String SERVED = ", v.START_MS_ as SERVED_MS_";

  /** Every touchpoint reads as never served: {@link TouchpointQuery#withoutServed()}. */
  private static final String NOT_SERVED = ", cast(null as bigint) as SERVED_MS_";

  static final String SELECT = COLUMNS + SERVED + FROM;

  private static final String SELECT_WITHOUT_SERVED = COLUMNS + NOT_SERVED + FROM_WITHOUT_SERVED;

  private static final String SELECT_ONE_CASE = COLUMNS + SERVED + FROM_ONE_CASE;

  private static final String SELECT_ONE_CASE_WITHOUT_SERVED =
      COLUMNS + NOT_SERVED + from(JournalJoins.END_OF_ONE_CASE);

  /**
   * Rows fetched per round trip by {@link TouchpointQuery#forEach}: enough to keep the round trips
   * few, few enough that a period of millions of rows never sits in memory.
   */
  static final int FETCH_SIZE = 1_000;

  private final DataSource dataSource;
  private final boolean postgres;
  private final ToLongFunction<Instant> purge;

  /**
   * A journal on the engine's data source, {@code postgres} when the engine runs on PostgreSQL,
   * whose purge is {@code purge}: Prima's whole-case, batched upkeep.
   */
  public JdbcTouchpointJournal(
      DataSource dataSource, boolean postgres, ToLongFunction<Instant> purge) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
    this.postgres = postgres;
    this.purge = Objects.requireNonNull(purge, "purge must not be null");
  }

  @Override
  public TouchpointQuery query() {
    return new Query();
  }

  @Override
  public long purgeEndedBefore(Instant cutoff) {
    return purge.applyAsLong(cutoff);
  }

  /** Reads one row of {@link #SELECT}. */
  static Touchpoint map(ResultSet row) throws SQLException {
    String outcome = row.getString("OUTCOME_");
    long end = row.getLong("END_MS_");
    boolean ended = !row.wasNull() && !Outcome.ACTIVE.name().equals(outcome);
    long start = row.getLong("START_MS_");
    boolean hasStart = !row.wasNull();
    long target = row.getLong("TARGET_MS_");
    boolean hasTarget = !row.wasNull();
    long served = row.getLong("SERVED_MS_");
    boolean wasServed = !row.wasNull();
    if (wasServed) {
      // nodes' clocks may differ a little: the claim stays within the touchpoint's own times
      served = Math.max(served, hasStart ? start : served);
      served = Math.min(served, ended ? end : served);
    }
    String channel = row.getString("CHANNEL_");
    String lane = row.getString("LANE_");
    return new Touchpoint(
        row.getString("TOUCHPOINT_ID_"),
        row.getString("CASE_KEY_"),
        row.getString("PROC_INST_ID_"),
        row.getString("ROOT_PROC_INST_ID_"),
        row.getString("PROC_DEF_KEY_"),
        row.getInt("PROC_DEF_VERSION_"),
        row.getString("ELEMENT_ID_"),
        row.getString("ELEMENT_NAME_"),
        row.getString("MOMENT_"),
        channel == null ? null : Channel.valueOf(channel),
        lane == null ? null : Lane.valueOf(lane),
        TouchpointKind.valueOf(row.getString("KIND_")),
        row.getString("USER_ID_"),
        row.getString("ROLE_"),
        row.getString("TENANT_ID_"),
        hasStart ? Instant.ofEpochMilli(start) : null,
        wasServed ? Instant.ofEpochMilli(served) : null,
        ended ? Instant.ofEpochMilli(end) : null,
        hasTarget ? Duration.ofMillis(target) : null,
        ended ? Outcome.valueOf(outcome) : Outcome.ACTIVE,
        row.getLong("SEQ_"));
  }

  /**
   * {@return the statement {@code query} of this journal runs} Public for the test that checks
   * PostgreSQL's plan of it.
   */
  public static String sqlOf(TouchpointQuery query) {
    return ((Query) query).sql();
  }

  private final class Query implements TouchpointQuery {
    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private boolean descending;
    private boolean byCase;
    private boolean withoutServed;

    /** One case's rows: a plan too cheap to JIT-compile, read without a transaction of its own. */
    private boolean oneCase;

    private Object[] casesTouched;

    private TouchpointQuery add(String condition, Object value) {
      where.append(" and ").append(condition);
      parameters.add(value);
      return this;
    }

    /** A key filter: refused before the database when null, too long or with a NUL. */
    private TouchpointQuery addKey(String condition, String name, String value) {
      return add(condition, Arguments.key(name, value));
    }

    private TouchpointQuery addEnum(String condition, String name, Enum<?> value) {
      if (value == null) {
        throw new InvalidArgumentException(name + " must not be null");
      }
      return add(condition, value.name());
    }

    private TouchpointQuery addInstant(String condition, String name, Instant value) {
      if (value == null) {
        throw new InvalidArgumentException(name + " must not be null");
      }
      return add(condition, value.toEpochMilli());
    }

    @Override
    public TouchpointQuery caseId(String caseId) {
      oneCase = true;
      return addKey("s.CASE_KEY_ = ?", "caseId", caseId);
    }

    @Override
    public TouchpointQuery caseIdIn(java.util.Collection<String> caseIds) {
      if (caseIds == null || caseIds.isEmpty()) {
        throw new InvalidArgumentException("caseIds must not be null or empty");
      }
      caseIds.forEach(id -> Arguments.key("case id in caseIds", id));
      where.append(" and s.CASE_KEY_ in (");
      where.append(String.join(", ", java.util.Collections.nCopies(caseIds.size(), "?")));
      where.append(")");
      parameters.addAll(caseIds);
      return this;
    }

    @Override
    public TouchpointQuery caseAfter(String caseId) {
      return addKey("s.CASE_KEY_ > ?", "caseId", caseId);
    }

    @Override
    public TouchpointQuery ofCasesTouchedIn(String processDefinitionKey, Instant from, Instant to) {
      Arguments.key("processDefinitionKey", processDefinitionKey);
      if (from == null || to == null || !from.isBefore(to)) {
        throw new InvalidArgumentException(
            "from must be before to, but was " + from + " and " + to);
      }
      // one statement: the database finds the period's cases and reads each case's rows by the
      // case index, instead of the caller reading the period and then its cases in batches
      casesTouched = new Object[] {processDefinitionKey, from.toEpochMilli(), to.toEpochMilli()};
      return this;
    }

    @Override
    public TouchpointQuery processInstanceId(String processInstanceId) {
      return addKey("s.PROC_INST_ID_ = ?", "processInstanceId", processInstanceId);
    }

    @Override
    public TouchpointQuery processDefinitionKey(String processDefinitionKey) {
      return addKey("s.PROC_DEF_KEY_ = ?", "processDefinitionKey", processDefinitionKey);
    }

    @Override
    public TouchpointQuery userId(String userId) {
      return addKey("coalesce(e.USER_ID_, s.USER_ID_) = ?", "userId", userId);
    }

    @Override
    public TouchpointQuery role(String role) {
      // one of the comma-separated roles equals it: % and _ in a role are letters, not wildcards
      return add(
          "(',' || s.ROLE_ || ',') like ? escape '!'",
          "%," + escapeLike(Arguments.key("role", role)) + ",%");
    }

    @Override
    public TouchpointQuery channel(Channel channel) {
      return addEnum("s.CHANNEL_ = ?", "channel", channel);
    }

    @Override
    public TouchpointQuery lane(Lane lane) {
      return addEnum("s.LANE_ = ?", "lane", lane);
    }

    @Override
    public TouchpointQuery kind(TouchpointKind kind) {
      return addEnum("s.KIND_ = ?", "kind", kind);
    }

    @Override
    public TouchpointQuery active(boolean active) {
      where.append(
          active
              ? " and s.PHASE_ = 'START' and e.ID_ is null"
              : " and (s.PHASE_ = 'FULL' or e.ID_ is not null)");
      return this;
    }

    @Override
    public TouchpointQuery startedAfter(Instant from) {
      return addInstant("s.START_MS_ >= ?", "from", from);
    }

    @Override
    public TouchpointQuery startedBefore(Instant to) {
      return addInstant("s.START_MS_ < ?", "to", to);
    }

    @Override
    public TouchpointQuery descending() {
      descending = true;
      return this;
    }

    @Override
    public TouchpointQuery withoutServed() {
      withoutServed = true;
      return this;
    }

    @Override
    public TouchpointQuery orderByCase() {
      byCase = true;
      return this;
    }

    @Override
    public List<Touchpoint> list() {
      return run(sql(), -1, -1);
    }

    @Override
    public List<Touchpoint> listPage(int firstResult, int maxResults) {
      if (firstResult < 0) {
        throw new IllegalArgumentException("firstResult must be >= 0, but was " + firstResult);
      }
      if (maxResults < 1) {
        throw new IllegalArgumentException("maxResults must be >= 1, but was " + maxResults);
      }
      return run(sql() + " offset ? rows fetch next ? rows only", firstResult, maxResults);
    }

    @Override
    public void forEach(Consumer<? super Touchpoint> action) {
      Objects.requireNonNull(action, "action must not be null");
      try (Connection connection = dataSource.getConnection()) {
        try (ReadTransaction read = read(connection);
            PreparedStatement statement = read.prepare(sql())) {
          statement.setFetchSize(FETCH_SIZE);
          bind(statement);
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              action.accept(map(rows));
            }
          }
        }
      } catch (SQLException e) {
        throw new PrimaException("Cannot query touchpoints: " + e.getMessage(), e);
      }
    }

    @Override
    public long count() {
      String sql =
          casesTouched == null
              ? "select count(*)" + (oneCase ? FROM_ONE_CASE : FROM) + where
              : "select count(*) from (" + sql() + ") counted";
      try (Connection connection = dataSource.getConnection()) {
        try (ReadTransaction read = read(connection);
            PreparedStatement statement = read.prepare(sql)) {
          bind(statement);
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
          }
        }
      } catch (SQLException e) {
        throw new PrimaException("Cannot count touchpoints: " + e.getMessage(), e);
      }
    }

    /**
     * The read's transaction: on PostgreSQL a period's read runs with {@link ReadTransaction}'s
     * settings, in a transaction, where the driver fetches in rounds (outside one it reads every
     * row at once); one case's rows are few and its statement holds on any plan.
     */
    private ReadTransaction read(Connection connection) throws SQLException {
      return ReadTransaction.begin(connection, postgres && !oneCase);
    }

    /** The statement: the selected touchpoints in the asked order. */
    private String sql() {
      if (casesTouched == null) {
        return select(oneCase) + where + order("s.");
      }
      if (!postgres) {
        return select(oneCase)
            + where
            + " and s.CASE_KEY_ in (select c.CASE_KEY_ from PRIMA_JOURNAL c"
            + CASES_TOUCHED
            + ")"
            + order("s.");
      }
      // PostgreSQL (EXPLAIN ANALYZE at 1,000,000 touchpoints): written as "in (subquery)" the
      // planner misjudged the period's cases (29,472 against 4,847) and merge-joined them with the
      // case index read in order from the first case to the last (419,304 rows); a plain lateral
      // was flattened into a hash join over the whole journal. "offset 0" keeps the lateral a
      // probe of the case index per case, and ordering by the cases' key lets an incremental sort
      // order each case's few rows instead of sorting the period's rows on disk. Each probe reads
      // one case, so it joins as a read of one case does (JournalJoins): on a journal younger than
      // its statistics the plain form scanned every END row per touchpoint (CaseReadPlanTest).
      return "select x.* from (select c.CASE_KEY_ as K_ from PRIMA_JOURNAL c"
          + CASES_TOUCHED
          + " group by c.CASE_KEY_) m cross join lateral ("
          + select(true)
          + " and s.CASE_KEY_ = m.K_"
          + where
          + " offset 0) x"
          + (byCase ? order("m.K_", "x.") : order("x."));
    }

    private String select(boolean ofOneCase) {
      if (ofOneCase) {
        return withoutServed ? SELECT_ONE_CASE_WITHOUT_SERVED : SELECT_ONE_CASE;
      }
      return withoutServed ? SELECT_WITHOUT_SERVED : SELECT;
    }

    /** Binds the parameters in the order {@link #sql()} names them; returns the next index. */
    private int bind(PreparedStatement statement) throws SQLException {
      int index = 1;
      if (casesTouched != null && postgres) {
        for (Object value : casesTouched) {
          statement.setObject(index++, value);
        }
      }
      for (Object parameter : parameters) {
        statement.setObject(index++, parameter);
      }
      if (casesTouched != null && !postgres) {
        for (Object value : casesTouched) {
          statement.setObject(index++, value);
        }
      }
      return index;
    }

    private String order(String table) {
      return order(table + "CASE_KEY_", table);
    }

    /** The order clause, cases named by {@code caseColumn} and the rest in {@code table}. */
    private String order(String caseColumn, String table) {
      String direction = descending ? " desc" : " asc";
      return " order by "
          + (byCase ? caseColumn + direction + ", " : "")
          + table
          + "START_MS_"
          + direction
          + ", "
          + table
          + "SEQ_"
          + direction;
    }

    private List<Touchpoint> run(String sql, int firstResult, int maxResults) {
      try (Connection connection = dataSource.getConnection()) {
        try (ReadTransaction read = read(connection);
            PreparedStatement statement = read.prepare(sql)) {
          int index = bind(statement);
          if (maxResults > 0) {
            statement.setInt(index++, firstResult);
            statement.setInt(index, maxResults);
          }
          List<Touchpoint> touchpoints = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              touchpoints.add(map(rows));
            }
          }
          return touchpoints;
        }
      } catch (SQLException e) {
        throw new PrimaException("Cannot query touchpoints: " + e.getMessage(), e);
      }
    }
  }

  /** A LIKE pattern's literal text, with {@code !} as the escape character. */
  static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
