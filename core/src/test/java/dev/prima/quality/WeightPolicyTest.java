package dev.prima.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeightPolicyTest {

  @Test
  void roundedPoliciesRoundOneNinthAndOneFourteenth() {
    assertThat(WeightPolicy.ROUNDED_0_111.weight(9)).isEqualByComparingTo("0.111");
    assertThat(WeightPolicy.ROUNDED_0_11.weight(9)).isEqualByComparingTo("0.11");
    assertThat(WeightPolicy.ROUNDED_0_111.weight(14)).isEqualByComparingTo("0.071");
    assertThat(WeightPolicy.ROUNDED_0_11.weight(14)).isEqualByComparingTo("0.07");
  }

  @Test
  void exactWeightIsShownToThirtyFourDigits() {
    assertThat(WeightPolicy.EXACT.weight(9).toPlainString())
        .isEqualTo("0.1111111111111111111111111111111111");
    assertThat(WeightPolicy.EXACT.describe(9)).isEqualTo("1/9");
    assertThat(WeightPolicy.ROUNDED_0_111.describe(14)).isEqualTo("0.071");
  }

  @Test
  void idsAreTheCommandLineNames() {
    assertThat(WeightPolicy.byId("exact")).isEqualTo(WeightPolicy.EXACT);
    assertThat(WeightPolicy.byId("0.111")).isEqualTo(WeightPolicy.ROUNDED_0_111);
    assertThat(WeightPolicy.byId("0.11")).isEqualTo(WeightPolicy.ROUNDED_0_11);
    assertThatThrownBy(() -> WeightPolicy.byId("0.1"))
        .hasMessage("unknown weight policy '0.1', expected one of exact, 0.111, 0.11");
  }
}
