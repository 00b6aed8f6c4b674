package dev.prima.people.internal;

import dev.prima.PrimaException;
import dev.prima.internal.JournalJoins;
import dev.prima.internal.ReadTransaction;
import dev.prima.people.FrontlineRoles;
import dev.prima.people.InMemoryStaffDirectory;
import dev.prima.people.People;
import dev.prima.people.StaffAccountability;
import dev.prima.people.StaffDirectory;
import dev.prima.people.StaffMember;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link People} over the touchpoint journal. */
public final class JournalPeople implements People {

  /**
   * Per user, the touchpoints served in a period, counted by the database (#21): a month of every
   * service is 830,000 touchpoints at 10,000,000, which took 4.5-5 s to read into Java and 1.4 s to
   * aggregate where they lie. Served: a touchpoint offered to a role (a task), not a gateway passed
   * on someone's behalf, and not the citizen's own step (customer lane), for a citizen is not
   * staff. Its user and end are those of the touchpoint as the journal's reads give it (the END
   * row's, else the START or FULL row's); a duration counts once the touchpoint ended (not ACTIVE)
   * with an end. The median is PERCENTILE_CONT's, the same linear interpolation as {@code
   * DurationPercentile}: on whole milliseconds it is a whole or a half millisecond, exact in a
   * double. Public for the test that checks PostgreSQL's plan of it.
   */
  public static final String ACCOUNTABILITY =
      "select U_, count(*), percentile_cont(0.5) within group (order by D_),"
          + " sum(case when D_ is not null and T_ is not null then 1 else 0 end),"
          + " sum(case when D_ is not null and T_ is not null and D_ <= T_ then 1 else 0 end)"
          + " from (select coalesce(e.USER_ID_, s.USER_ID_) as U_, s.TARGET_MS_ as T_,"
          + " case when coalesce(e.OUTCOME_, s.OUTCOME_) <> 'ACTIVE'"
          + " then coalesce(e.END_MS_, s.END_MS_) - s.START_MS_ end as D_"
          + " from PRIMA_JOURNAL s"
          + JournalJoins.END
          + " where s.PHASE_ in ('START', 'FULL') and s.START_MS_ >= ? and s.START_MS_ < ?"
          + " and s.ROLE_ is not null and (s.LANE_ is null or s.LANE_ <> 'CUSTOMER')) x"
          + " where U_ is not null group by U_";

  private final DataSource dataSource;
  private final boolean postgres;
  private final FrontlineRoles roles;
  private final StaffDirectory staff;

  /**
   * People over the journal on {@code dataSource}, {@code postgres} when the engine runs on
   * PostgreSQL.
   */
  public JournalPeople(
      DataSource dataSource, boolean postgres, FrontlineRoles roles, StaffDirectory staff) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
    this.postgres = postgres;
    this.roles = roles;
    this.staff = staff;
  }

  @Override
  public FrontlineRoles roles() {
    return roles;
  }

  @Override
  public Optional<StaffDirectory> staff() {
    return Optional.ofNullable(staff);
  }

  @Override
  public List<StaffAccountability> accountability(Instant from, Instant to) {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, but was " + from + " and " + to);
    }
    StaffDirectory directory = staff == null ? InMemoryStaffDirectory.of() : staff;
    List<StaffAccountability> result = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      try (ReadTransaction read = ReadTransaction.begin(connection, postgres)) {
        tally(read, from, to, directory, result);
      }
    } catch (SQLException e) {
      throw new PrimaException("Cannot read the staff accountability: " + e.getMessage(), e);
    }
    result.sort(Comparator.comparing(StaffAccountability::staffId));
    return List.copyOf(result);
  }

  private static void tally(
      ReadTransaction read,
      Instant from,
      Instant to,
      StaffDirectory directory,
      List<StaffAccountability> result)
      throws SQLException {
    try (PreparedStatement statement = read.prepare(ACCOUNTABILITY)) {
      statement.setLong(1, from.toEpochMilli());
      statement.setLong(2, to.toEpochMilli());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String staffId = rows.getString(1);
          if (staffId.isBlank()) {
            continue;
          }
          double median = rows.getDouble(3);
          Duration medianHandlingTime = rows.wasNull() ? null : halfMillis(median);
          result.add(
              new StaffAccountability(
                  staffId,
                  directory.find(staffId).map(StaffMember::name).orElse(null),
                  rows.getInt(2),
                  medianHandlingTime,
                  rows.getInt(4),
                  rows.getInt(5)));
        }
      }
    }
  }

  /** A median of whole milliseconds: a whole or half millisecond, to the nanosecond. */
  private static Duration halfMillis(double millis) {
    return Duration.ofNanos(Math.round(millis * 2) * 500_000L);
  }
}
