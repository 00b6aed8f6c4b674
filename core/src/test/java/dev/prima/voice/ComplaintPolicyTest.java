package dev.prima.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.PrimaConfigurationException;
import dev.prima.strategy.ServiceDuration;
import org.junit.jupiter.api.Test;

class ComplaintPolicyTest {

  @Test
  void theDefaultsAreTheLongestLimitsTheRulesAllow() {
    ComplaintPolicy defaults = ComplaintPolicy.ofDefaults();

    assertThat(defaults.acknowledgement()).hasToString("P14D");
    assertThat(defaults.resolutions().values())
        .extracting(ServiceDuration::toString)
        .containsExactly("2 working days", "5 working days", "14 working days", "60 working days");
    assertThat(defaults)
        .hasToString(
            "ComplaintPolicy[acknowledgement P14D, LIGHT 2 working days, NORMATIVE 5 working days,"
                + " SERIOUS 14 working days, SUPERVISION 60 working days]");
  }

  @Test
  void anAgencyMayPromiseFasterHandling() {
    ComplaintPolicy faster =
        ComplaintPolicy.custom()
            .acknowledgement(ServiceDuration.workingDays(3))
            .resolution(ComplaintTier.LIGHT, ServiceDuration.workingHours(8))
            .build();

    assertThat(faster.acknowledgement()).isEqualTo(ServiceDuration.workingDays(3));
    assertThat(faster.resolution(ComplaintTier.LIGHT)).isEqualTo(ServiceDuration.workingHours(8));
    assertThat(faster.resolution(ComplaintTier.SUPERVISION))
        .isEqualTo(ServiceDuration.workingDays(60));
    assertThat(ComplaintPolicy.from(faster).build()).isEqualTo(faster);
  }

  @Test
  void aSlowerPromiseThanTheRulesIsRefusedWithTheLimit() {
    assertThatThrownBy(
            () -> ComplaintPolicy.custom().acknowledgement(ServiceDuration.calendarDays(15)))
        .isInstanceOf(PrimaConfigurationException.class)
        .hasMessage(
            "acknowledgement must be at most P14D, but was P15D. Fix: an agency may promise faster"
                + " handling than the rules, not slower");
    assertThatThrownBy(
            () ->
                ComplaintPolicy.custom()
                    .resolution(ComplaintTier.NORMATIVE, ServiceDuration.workingDays(6)))
        .isInstanceOf(PrimaConfigurationException.class)
        .hasMessageStartingWith(
            "resolution of a NORMATIVE complaint must be at most 5 working days, but was 6 working"
                + " days");
  }
}
