package dev.prima.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffAccountabilityTest {

  private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");
  private static final Duration TARGET = Duration.ofMinutes(15);

  /** A touchpoint served by {@code userId}, from minute {@code from} to {@code to} (or active). */
  private static Touchpoint served(String id, String userId, long from, Long to, Duration target) {
    Instant end = to == null ? null : T0.plus(Duration.ofMinutes(to));
    return new Touchpoint(
        id,
        "case-" + id,
        "pi-" + id,
        "pi-" + id,
        "certificate",
        1,
        "verify",
        "Verify documents",
        "Documents checked at the counter",
        Channel.COUNTER,
        Lane.FRONTSTAGE,
        TouchpointKind.CONTACT,
        userId,
        "counter-officer",
        null,
        T0.plus(Duration.ofMinutes(from)),
        null,
        end,
        target,
        end == null ? Outcome.ACTIVE : Outcome.COMPLETED,
        0);
  }

  private static final StaffDirectory DIRECTORY =
      InMemoryStaffDirectory.of(
          StaffMember.of("ana", "Ana Putri").inRoles("counter-officer"),
          StaffMember.of("budi", "Budi Santoso").inRoles("counter-officer"));

  @Test
  void countsServedTouchpointsMedianAndTargetsMetPerStaffMember() {
    List<Touchpoint> touchpoints =
        List.of(
            served("1", "budi", 0, 10L, TARGET), // met
            served("2", "ana", 0, 20L, TARGET), // missed
            served("3", "budi", 5, 20L, TARGET), // met exactly at the target
            served("4", "budi", 0, 40L, TARGET), // missed
            served("5", "budi", 30, null, TARGET), // active: served, not judged
            served("6", "ana", 0, 4L, null), // no target
            served("7", null, 0, 1L, TARGET)); // nobody: ignored

    List<StaffAccountability> accountability = StaffAccountability.from(touchpoints, DIRECTORY);

    assertThat(accountability)
        .containsExactly(
            new StaffAccountability("ana", "Ana Putri", 2, Duration.ofMinutes(12), 1, 0),
            new StaffAccountability("budi", "Budi Santoso", 4, Duration.ofMinutes(15), 3, 2));
    assertThat(accountability.get(0).shareMet()).hasValue(0.0);
    assertThat(accountability.get(1).shareMet().getAsDouble()).isEqualTo(2.0 / 3);
    assertThat(accountability.get(1))
        .hasToString(
            "StaffAccountability[budi 'Budi Santoso' served 4, median PT15M, met 2 of 3 targets]");
  }

  @Test
  void hasNoShareAndNoMedianWhenNothingCanBeJudged() {
    List<Touchpoint> touchpoints =
        List.of(served("1", "dedi", 0, null, TARGET), served("2", "dedi", 1, null, null));

    List<StaffAccountability> accountability = StaffAccountability.from(touchpoints, DIRECTORY);

    assertThat(accountability)
        .containsExactly(new StaffAccountability("dedi", null, 2, null, 0, 0));
    assertThat(accountability.get(0).shareMet()).isEmpty();
  }

  @Test
  void isEmptyForNoTouchpoints() {
    assertThat(StaffAccountability.from(List.of(), DIRECTORY)).isEmpty();
  }

  @Test
  void rejectsInconsistentCounts() {
    assertThatThrownBy(() -> new StaffAccountability("ana", null, 2, null, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targetsMet must be between 0 and withTarget (1), but was 2");
    assertThatThrownBy(() -> new StaffAccountability("ana", null, 1, null, 2, 0))
        .hasMessage("withTarget must be between 0 and served (1), but was 2");
  }
}
