package dev.prima.touchpoint.internal;

import dev.prima.InvalidArgumentException;
import dev.prima.PrimaException;
import dev.prima.internal.Arguments;
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
import java.util.function.ToLongFunction;
import javax.sql.DataSource;

/** The journal read with plain JDBC on the engine's data source. */
public final class JdbcTouchpointJournal implements TouchpointJournal {

  /**
   * Touchpoints: START and FULL rows, each with the END row that closed it and the SERVE row of its
   * first assignment, if any. The joins name the phase so that PostgreSQL can use the partial
   * indexes of END rows (schema version 5) and SERVE rows (version 6) instead of hashing the whole
   * journal.
   */
  static final String FROM =
      " from PRIMA_JOURNAL s left join PRIMA_JOURNAL e"
          + " on e.ID_ = s.TOUCHPOINT_ID_ || '~end' and e.PHASE_ = 'END'"
          + " left join PRIMA_JOURNAL v"
          + " on v.ID_ = s.TOUCHPOINT_ID_ || '~serve' and v.PHASE_ = 'SERVE'"
          + " where s.PHASE_ in ('START', 'FULL')";

  static final String SELECT =
      "select s.TOUCHPOINT_ID_, s.PHASE_, s.SEQ_, s.CASE_KEY_, s.PROC_INST_ID_,"
          + " s.ROOT_PROC_INST_ID_, s.PROC_DEF_KEY_, s.PROC_DEF_VERSION_, s.ELEMENT_ID_,"
          + " s.ELEMENT_NAME_, s.MOMENT_, s.CHANNEL_, s.LANE_, s.KIND_,"
          + " coalesce(e.USER_ID_, s.USER_ID_) as USER_ID_, s.ROLE_, s.TENANT_ID_, s.START_MS_,"
          + " coalesce(e.END_MS_, s.END_MS_) as END_MS_, s.TARGET_MS_,"
          + " coalesce(e.OUTCOME_, s.OUTCOME_) as OUTCOME_, v.START_MS_ as SERVED_MS_"
          + FROM;

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

  private final class Query implements TouchpointQuery {
    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private boolean descending;
    private boolean byCase;

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
    public TouchpointQuery orderByCase() {
      byCase = true;
      return this;
    }

    @Override
    public List<Touchpoint> list() {
      return run(SELECT + where + order(), -1, -1);
    }

    @Override
    public List<Touchpoint> listPage(int firstResult, int maxResults) {
      if (firstResult < 0) {
        throw new IllegalArgumentException("firstResult must be >= 0, but was " + firstResult);
      }
      if (maxResults < 1) {
        throw new IllegalArgumentException("maxResults must be >= 1, but was " + maxResults);
      }
      return run(
          SELECT + where + order() + " offset ? rows fetch next ? rows only",
          firstResult,
          maxResults);
    }

    @Override
    public long count() {
      String sql = "select count(*)" + FROM + where;
      try (Connection connection = dataSource.getConnection();
          PreparedStatement statement = connection.prepareStatement(sql)) {
        bind(statement);
        try (ResultSet rows = statement.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      } catch (SQLException e) {
        throw new PrimaException("Cannot count touchpoints: " + e.getMessage(), e);
      }
    }

    private String order() {
      String direction = descending ? " desc" : " asc";
      return " order by "
          + (byCase ? "s.CASE_KEY_" + direction + ", " : "")
          + "s.START_MS_"
          + direction
          + ", s.SEQ_"
          + direction;
    }

    private int bind(PreparedStatement statement) throws SQLException {
      int index = 1;
      for (Object parameter : parameters) {
        statement.setObject(index++, parameter);
      }
      return index;
    }

    private List<Touchpoint> run(String sql, int firstResult, int maxResults) {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement statement = connection.prepareStatement(sql)) {
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
