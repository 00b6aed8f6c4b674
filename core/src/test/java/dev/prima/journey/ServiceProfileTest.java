package dev.prima.journey;

import static dev.prima.journey.TouchpointBuilder.minute;
import static dev.prima.journey.TouchpointBuilder.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.touchpoint.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceProfileTest {

  private static final Instant NOW = minute(10_000);

  /** A finished case visiting the given elements one after the other, ten minutes each. */
  private static ServiceCycle finishedCase(String caseId, String... elementIds) {
    List<Touchpoint> touchpoints = new ArrayList<>();
    for (int i = 0; i < elementIds.length; i++) {
      touchpoints.add(
          touchpoint(caseId + "-" + i)
              .inCase(caseId)
              .at(elementIds[i], "Moment " + elementIds[i])
              .minutes(i * 10L, i * 10L + 10)
              .build());
    }
    return ServiceCycle.of(caseId, touchpoints, true, NOW);
  }

  @Test
  void findsTheMostCommonOfThreePaths() {
    // given
    List<ServiceCycle> cycles =
        List.of(
            finishedCase("c1", "apply", "interview", "issue"),
            finishedCase("c2", "apply", "verify", "issue"),
            finishedCase("c3", "apply", "issue"),
            finishedCase("c4", "apply", "verify", "issue"),
            finishedCase("c5", "apply", "interview", "issue"),
            finishedCase("c6", "apply", "verify", "issue"));

    // when
    ServiceProfile profile = ServiceProfile.of("certificate", cycles);

    // then
    assertThat(profile.cases()).isEqualTo(6);
    assertThat(profile.mostCommonPath().elementIds()).containsExactly("apply", "verify", "issue");
    assertThat(profile.mostCommonPath().moments())
        .containsExactly("Moment apply", "Moment verify", "Moment issue");
    assertThat(profile.mostCommonPath().cases()).isEqualTo(3);
    assertThat(profile.mostCommonPath().share()).isEqualTo(0.5);
    assertThat(profile.paths())
        .extracting(ServicePath::elementIds, ServicePath::cases)
        .containsExactly(
            tuple(List.of("apply", "verify", "issue"), 3),
            tuple(List.of("apply", "interview", "issue"), 2),
            tuple(List.of("apply", "issue"), 1));
  }

  @Test
  void breaksATieByTheLexicographicallySmallerElementIds() {
    List<ServiceCycle> cycles =
        List.of(
            finishedCase("c1", "apply", "verify"),
            finishedCase("c2", "apply", "interview"),
            finishedCase("c3", "apply", "verify"),
            finishedCase("c4", "apply", "interview"),
            finishedCase("c5", "apply"));

    ServiceProfile profile = ServiceProfile.of("certificate", cycles);

    assertThat(profile.mostCommonPath().elementIds()).containsExactly("apply", "interview");
    assertThat(profile.mostCommonPath().share()).isEqualTo(0.4);
    assertThat(profile.paths())
        .extracting(ServicePath::elementIds)
        .containsExactly(
            List.of("apply", "interview"), List.of("apply", "verify"), List.of("apply"));
  }

  @Test
  void interpolatesMedianAndP90OfTouchpointDurationsLinearly() {
    // given: review takes 1, 2, ..., 10 minutes in ten cases, listed out of order
    List<ServiceCycle> cycles = new ArrayList<>();
    for (int minutes : new int[] {7, 3, 10, 1, 5, 9, 2, 8, 4, 6}) {
      String caseId = "c" + minutes;
      cycles.add(
          ServiceCycle.of(
              caseId,
              List.of(
                  touchpoint(caseId + "-review")
                      .inCase(caseId)
                      .at("review", "Review")
                      .minutes(0, minutes)
                      .build()),
              true,
              NOW));
    }

    // when
    ServiceProfile profile = ServiceProfile.of("certificate", cycles);

    // then
    TouchpointStats review = profile.touchpoints().get(0);
    assertThat(review.count()).isEqualTo(10);
    assertThat(review.median()).isEqualTo(Duration.ofSeconds(330));
    assertThat(review.p90()).isEqualTo(Duration.ofSeconds(546));
    assertThat(profile.leadTimes())
        .isEqualTo(new LeadTimes(10, Duration.ofSeconds(330), Duration.ofSeconds(546)));
  }

  @Test
  void ordersTouchpointStatsByTheMostCommonPathThenByElementId() {
    List<ServiceCycle> cycles =
        List.of(
            finishedCase("c1", "zeta", "apply", "issue"),
            finishedCase("c2", "zeta", "apply", "issue"),
            finishedCase("c3", "beta", "apply", "alpha", "issue"));

    ServiceProfile profile = ServiceProfile.of("certificate", cycles);

    assertThat(profile.touchpoints())
        .extracting(TouchpointStats::elementId, TouchpointStats::moment, TouchpointStats::count)
        .containsExactly(
            tuple("zeta", "Moment zeta", 2),
            tuple("apply", "Moment apply", 3),
            tuple("issue", "Moment issue", 3),
            tuple("alpha", "Moment alpha", 1),
            tuple("beta", "Moment beta", 1));
  }

  @Test
  void measuresOnlyEndedTouchpointsWithAKnownStartAndOnlyFinishedCases() {
    // given
    ServiceCycle finished =
        ServiceCycle.of(
            "c1",
            List.of(
                touchpoint("c1-apply").inCase("c1").at("apply", "Apply").minutes(0, 4).build(),
                touchpoint("c1-letter").inCase("c1").at("letter", "Letter").to(minute(30)).build()),
            true,
            NOW);
    ServiceCycle running =
        ServiceCycle.of(
            "c2",
            List.of(
                touchpoint("c2-apply").inCase("c2").at("apply", "Apply").minutes(0, 8).build(),
                touchpoint("c2-letter")
                    .inCase("c2")
                    .at("letter", "Letter")
                    .from(minute(9))
                    .build()),
            false,
            NOW);

    // when
    ServiceProfile profile = ServiceProfile.of("certificate", List.of(finished, running));

    // then
    assertThat(profile.touchpoints())
        .containsExactly(
            new TouchpointStats(
                "apply", "Apply", 2, Duration.ofMinutes(6), Duration.ofMinutes(7).plusSeconds(36)),
            new TouchpointStats("letter", "Letter", 2, null, null));
    assertThat(profile.leadTimes())
        .isEqualTo(new LeadTimes(1, Duration.ofMinutes(30), Duration.ofMinutes(30)));
  }

  @Test
  void hasNoLeadTimesWithoutFinishedCases() {
    ServiceCycle running =
        ServiceCycle.of(
            "c1", List.of(touchpoint("apply").inCase("c1").from(minute(0)).build()), false, NOW);

    ServiceProfile profile = ServiceProfile.of("certificate", List.of(running));

    assertThat(profile.leadTimes()).isEqualTo(new LeadTimes(0, null, null));
  }

  @Test
  void rejectsNoCycles() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServiceProfile.of("certificate", List.of()))
        .withMessage("cycles must not be empty: a profile of certificate needs cases");
  }

  @Test
  void rejectsACaseTwice() {
    List<ServiceCycle> cycles =
        List.of(
            finishedCase("c1", "apply"), finishedCase("c2", "apply"), finishedCase("c1", "apply"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServiceProfile.of("certificate", cycles))
        .withMessage(
            "each case must occur once, but case c1 occurs twice in the profile of certificate");
  }
}
