package dev.prima.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkmProfileTest {

  @ParameterizedTest(name = "IKM {0} is grade {1}")
  @CsvSource({
    "100.00, A",
    "88.31, A",
    "88.30, B",
    "76.61, B",
    "76.60, C",
    "65.00, C",
    "64.99, D",
    "25.00, D",
    "24.75, D"
  })
  void permenpan14Of2017GradesByThresholds(String ikm, SkmGrade grade) {
    assertThat(SkmProfile.PERMENPAN_14_2017.gradeOf(new BigDecimal(ikm))).isEqualTo(grade);
  }

  @ParameterizedTest(name = "IKM {0} is grade {1}")
  @CsvSource({
    "100.00, A",
    "81.26, A",
    "81.25, B",
    "62.51, B",
    "62.50, C",
    "43.76, C",
    "43.75, D",
    "25.00, D"
  })
  void kepmenpan25Of2004GradesByItsOwnBands(String ikm, SkmGrade grade) {
    assertThat(SkmProfile.KEPMENPAN_25_2004.gradeOf(new BigDecimal(ikm))).isEqualTo(grade);
  }

  @Test
  void gradesCarryTheRegulationsLabels() {
    assertThat(List.of(SkmGrade.values()))
        .extracting(SkmGrade::performance)
        .containsExactly("Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik");
    assertThat(SkmGrade.C.describe()).isEqualTo("C, Kurang Baik (poor)");
  }

  @Test
  void permenpan14Of2017HasNineElementsNamedByCode() {
    SkmProfile profile = SkmProfile.PERMENPAN_14_2017;

    assertThat(profile.codes())
        .containsExactly("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
    assertThat(profile.element("U4")).contains(SkmElement.of("U4", "fee/tariff"));
    assertThat(profile.element("U9").orElseThrow().name())
        .isEqualTo("handling of complaints, suggestions and input");
    assertThat(profile.element("U10")).isEmpty();
  }

  @Test
  void kepmenpan25Of2004HasFourteenElementsAndWeightOneFourteenth() {
    SkmProfile legacy = SkmProfile.byId("25-2004");

    assertThat(legacy).isSameAs(SkmProfile.KEPMENPAN_25_2004);
    assertThat(legacy.elements()).hasSize(14);
    assertThat(legacy.element("U1").orElseThrow().name()).isEqualTo("procedure");
    assertThat(legacy.element("U14").orElseThrow().name()).isEqualTo("security");
    assertThat(WeightPolicy.EXACT.describe(14)).isEqualTo("1/14");
  }

  @Test
  void legacySurveyOfAllThreesScores75GradeB() {
    SkmSurvey survey =
        SkmSurvey.of(
            SkmProfile.KEPMENPAN_25_2004,
            WorkedExample.allAnswering(SkmProfile.KEPMENPAN_25_2004, 3, 5));

    SkmResult result = survey.result();

    assertThat(result.ikm()).isEqualByComparingTo("75.00");
    assertThat(result.grade()).isEqualTo(SkmGrade.B);
    assertThat(result.nrr()).hasSize(14);
    // 14 * 3 * 0.071 * 25 = 74.55; 14 * 3 * 0.07 * 25 = 73.50
    assertThat(survey.result(WeightPolicy.ROUNDED_0_111).ikm()).isEqualByComparingTo("74.55");
    assertThat(survey.result(WeightPolicy.ROUNDED_0_11).ikm()).isEqualByComparingTo("73.50");
  }

  @Test
  void unknownIdNamesTheKnownOnes() {
    assertThatThrownBy(() -> SkmProfile.byId("63-2003"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown SKM profile '63-2003', expected one of 14-2017, 25-2004");
  }

  @Test
  void rejectsDuplicateCodesAndUnorderedThresholds() {
    List<SkmElement> twice = List.of(SkmElement.of("U1", "a"), SkmElement.of("U1", "b"));
    List<SkmElement> one = List.of(SkmElement.of("U1", "a"));

    assertThatThrownBy(
            () ->
                new SkmProfile(
                    "x",
                    "X",
                    twice,
                    new BigDecimal("90"),
                    new BigDecimal("80"),
                    new BigDecimal("70")))
        .hasMessageContaining("U1 twice");
    assertThatThrownBy(
            () ->
                new SkmProfile(
                    "x",
                    "X",
                    one,
                    new BigDecimal("80"),
                    new BigDecimal("90"),
                    new BigDecimal("70")))
        .hasMessageContaining("25 < C < B < A <= 100");
    assertThatThrownBy(() -> SkmElement.of("1", "x")).hasMessageContaining("but was '1'");
  }
}
