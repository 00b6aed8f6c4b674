package dev.prima.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CitizenTest {

  @Test
  void hundredCitizensHaveDistinctNamesUserIdsAndKeys() {
    var citizens = Citizen.first(100);

    assertThat(citizens).extracting(Citizen::name).doesNotHaveDuplicates();
    assertThat(citizens).extracting(Citizen::userId).doesNotHaveDuplicates();
    assertThat(citizens)
        .extracting(Citizen::businessKey)
        .startsWith("SKT-2026-0001", "SKT-2026-0002")
        .endsWith("SKT-2026-0100");
  }

  @Test
  void rejectsCountsOutsideOneToHundred() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Citizen.first(0))
        .withMessage("count must be between 1 and 100, but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> Citizen.first(101));
  }
}
