package dev.prima.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.Touchpoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The accountability view, counted by the database, equals the one computed in Java from the
 * period's touchpoints ({@link StaffAccountability#from}) on a journal of every kind of row: START
 * rows closed by an END row of another user, FULL rows, touchpoints still active, customer-lane and
 * role-less touchpoints, blank and missing users, targets met, missed and met exactly, medians that
 * fall between two milliseconds, and rows just outside the period.
 */
class AccountabilityQueryTest {

  private static final long FROM = Instant.parse("2026-06-01T00:00:00Z").toEpochMilli();
  private static final long TO = Instant.parse("2026-07-01T00:00:00Z").toEpochMilli();
  private static final String[] USERS = {"dewi", "budi", "siti", " ", null, "andi"};

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theDatabasesCountEqualsJavasCount(TestDatabase database) throws SQLException {
    StaffDirectory directory =
        InMemoryStaffDirectory.of(
            new StaffMember("dewi", "Dewi Lestari", Set.of(), CompetencyProfile.notAssessed()));
    try (Prima prima = database.builder().staff(directory).build()) {
      DataSource dataSource =
          ((ProcessEngineConfigurationImpl) prima.processEngine().getProcessEngineConfiguration())
              .getDataSource();
      Random random = new Random(21);
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        for (int i = 0; i < 400; i++) {
          journal(connection, random, i);
        }
        connection.commit();
      }
      Instant from = Instant.ofEpochMilli(FROM);
      Instant to = Instant.ofEpochMilli(TO);
      List<Touchpoint> period =
          prima.touchpoints().query().startedAfter(from).startedBefore(to).list().stream()
              .filter(t -> t.role() != null && t.lane() != Lane.CUSTOMER)
              .toList();
      List<StaffAccountability> expected = StaffAccountability.from(period, directory);

      List<StaffAccountability> actual = prima.people().accountability(from, to);

      assertThat(expected).hasSizeGreaterThan(2).anyMatch(a -> "Dewi Lestari".equals(a.name()));
      assertThat(expected)
          .as("some median falls between two milliseconds")
          .anyMatch(a -> a.medianHandlingTime() != null && a.medianHandlingTime().getNano() != 0);
      assertThat(actual).isEqualTo(expected);
    }
  }

  /** One touchpoint: a FULL row, a START row alone (active), or a START row and its END row. */
  private static void journal(Connection connection, Random random, int i) throws SQLException {
    String id = "tp-" + i;
    long start = FROM - 5_000 + (long) (random.nextDouble() * (TO - FROM + 10_000));
    if (i == 0) {
      start = FROM;
    } else if (i == 1) {
      start = TO;
    }
    long duration = random.nextInt(7_200_000);
    Long target = random.nextInt(3) == 0 ? null : (long) (i % 5 == 0 ? duration : 3_600_000);
    String role = random.nextInt(6) == 0 ? null : "officer";
    String lane = random.nextInt(5) == 0 ? "CUSTOMER" : random.nextBoolean() ? "FRONTSTAGE" : null;
    String user = USERS[random.nextInt(USERS.length)];
    int shape = random.nextInt(3);
    if (shape == 0) {
      row(connection, id, id, "FULL", i, user, role, lane, start, start + duration, target);
    } else {
      row(connection, id, id, "START", i, user, role, lane, start, null, target);
      if (shape == 2) {
        String closer = USERS[random.nextInt(USERS.length)];
        row(
            connection,
            id + "~end",
            id,
            "END",
            i,
            closer,
            role,
            lane,
            start,
            start + duration,
            target);
      }
    }
  }

  private static void row(
      Connection connection,
      String id,
      String touchpointId,
      String phase,
      long sequence,
      String user,
      String role,
      String lane,
      long start,
      Long end,
      Long target)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into PRIMA_JOURNAL (ID_, TOUCHPOINT_ID_, PHASE_, SEQ_, CASE_KEY_,"
                + " PROC_INST_ID_, ROOT_PROC_INST_ID_, PROC_DEF_KEY_, PROC_DEF_VERSION_,"
                + " ELEMENT_ID_, MOMENT_, KIND_, USER_ID_, ROLE_, LANE_, START_MS_, END_MS_,"
                + " TARGET_MS_, OUTCOME_) values (?, ?, ?, ?, ?, 'pi', 'pi', 'permit', 1, 'task',"
                + " 'm', 'CONTACT', ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, id);
      insert.setString(2, touchpointId);
      insert.setString(3, phase);
      insert.setLong(4, sequence);
      insert.setString(5, "C-" + sequence % 40);
      insert.setString(6, user);
      insert.setString(7, role);
      insert.setString(8, lane);
      insert.setLong(9, start);
      if (end == null) {
        insert.setNull(10, Types.BIGINT);
      } else {
        insert.setLong(10, end);
      }
      if (target == null) {
        insert.setNull(11, Types.BIGINT);
      } else {
        insert.setLong(11, target);
      }
      insert.setString(12, end == null ? "ACTIVE" : "COMPLETED");
      insert.executeUpdate();
    }
  }
}
