package dev.prima.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkmResultTest {

  private static final SkmProfile PERMENPAN = SkmProfile.PERMENPAN_14_2017;

  @Test
  void workedExampleWithExactWeightsIs91Point475AndPublishesAs91Point48GradeA() {
    SkmResult result = SkmSurvey.of(PERMENPAN, WorkedExample.responses()).result();

    assertThat(result.respondents()).isEqualTo(29);
    assertThat(result.scores())
        .extracting(SkmResult.ElementScore::total)
        .containsExactly(105L, 101L, 100L, 116L, 102L, 105L, 106L, 105L, 115L);
    assertThat(result.unroundedIkm().toPlainString())
        .startsWith("91.475")
        .isEqualTo("91.47509578544061302681992337164751");
    assertThat(result.ikm()).isEqualByComparingTo("91.48").hasScaleOf(2);
    assertThat(result.grade()).isEqualTo(SkmGrade.A);
    assertThat(result.grade().performance()).isEqualTo("Sangat Baik");
  }

  @Test
  void workedExampleWithWeight0Point111Is91Point38() {
    SkmResult result =
        SkmSurvey.of(PERMENPAN, WorkedExample.responses()).result(WeightPolicy.ROUNDED_0_111);

    assertThat(result.ikm()).isEqualByComparingTo("91.38");
    assertThat(result.unroundedIkm().toPlainString()).startsWith("91.383620689655");
    assertThat(result.weight()).isEqualByComparingTo("0.111");
    assertThat(result.grade()).isEqualTo(SkmGrade.A);
  }

  @Test
  void workedExampleWithWeight0Point11Is90Point56() {
    SkmResult result =
        SkmResult.fromTotals(PERMENPAN, WeightPolicy.ROUNDED_0_11, 29, WorkedExample.totals());

    assertThat(result.ikm()).isEqualByComparingTo("90.56");
    assertThat(result.unroundedIkm().toPlainString()).startsWith("90.560344827586");
    assertThat(result.weight()).isEqualByComparingTo("0.11");
  }

  @Test
  void totalsAndResponsesGiveTheSameResult() {
    SkmResult fromResponses = SkmSurvey.of(PERMENPAN, WorkedExample.responses()).result();
    SkmResult fromTotals =
        SkmResult.fromTotals(PERMENPAN, WeightPolicy.EXACT, 29, WorkedExample.totals());

    assertThat(fromTotals).isEqualTo(fromResponses);
  }

  @Test
  void nrrIsTheAverageAnswerAndWeightedNrrANinthOfIt() {
    SkmResult result =
        SkmResult.fromTotals(PERMENPAN, WeightPolicy.EXACT, 29, WorkedExample.totals());

    assertThat(result.nrr().keySet())
        .containsExactly("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
    // 116 / 29 = 4 exactly; 105 / 29 = 3.6206896551...
    assertThat(result.nrr().get("U4")).isEqualByComparingTo("4");
    assertThat(result.nrr().get("U1").toPlainString()).startsWith("3.62068965517241379");
    // 4 / 9 = 0.444...
    assertThat(result.weightedNrr().get("U4").toPlainString())
        .isEqualTo("0.4444444444444444444444444444444444");
    assertThat(result.weightedNrr().get("U9").toPlainString()).startsWith("0.44061302681992337");
  }

  @Test
  void allAnswersFourGiveExactly100WithExactWeights() {
    SkmResult result =
        SkmSurvey.of(PERMENPAN, WorkedExample.allAnswering(PERMENPAN, 4, 7)).result();

    assertThat(result.ikm()).isEqualTo(new BigDecimal("100.00"));
    assertThat(result.unroundedIkm()).isEqualTo(new BigDecimal("100"));
    assertThat(result.grade()).isEqualTo(SkmGrade.A);
  }

  @Test
  void allAnswersFourGiveLessThan100WithRoundedWeights() {
    SkmSurvey survey = SkmSurvey.of(PERMENPAN, WorkedExample.allAnswering(PERMENPAN, 4, 3));

    assertThat(survey.result(WeightPolicy.ROUNDED_0_111).ikm()).isEqualByComparingTo("99.90");
    assertThat(survey.result(WeightPolicy.ROUNDED_0_11).ikm()).isEqualByComparingTo("99.00");
  }

  @Test
  void allAnswersOneGive25GradeD() {
    SkmResult result =
        SkmSurvey.of(PERMENPAN, WorkedExample.allAnswering(PERMENPAN, 1, 2)).result();

    assertThat(result.ikm()).isEqualByComparingTo("25.00");
    assertThat(result.grade()).isEqualTo(SkmGrade.D);
  }

  @Test
  void zeroRespondentsIsAnInvalidSurveyNotNaN() {
    SkmSurvey empty = SkmSurvey.of(PERMENPAN, List.of());

    assertThatThrownBy(empty::result)
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageContaining("at least one respondent, but there were 0")
        .hasMessageContaining("U1..U9");
    assertThatThrownBy(() -> empty.results(SurveyPeriod.YEAR, WeightPolicy.EXACT))
        .isInstanceOf(InvalidSurveyException.class);
    assertThatThrownBy(
            () -> SkmResult.fromTotals(PERMENPAN, WeightPolicy.EXACT, 0, WorkedExample.totals()))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageContaining("but there were 0");
  }

  @Test
  void gradeFollowsThePublishedTwoDecimalValue() {
    // 43 respondents, total 1367: 25 * 1367 / (9 * 43) = 88.3074..., published as 88.31
    SkmResult justA = SkmResult.fromTotals(PERMENPAN, WeightPolicy.EXACT, 43, spread(1367));
    // 19 respondents, total 524: 76.6081..., published as 76.61
    SkmResult justB = SkmResult.fromTotals(PERMENPAN, WeightPolicy.EXACT, 19, spread(524));

    assertThat(justA.unroundedIkm()).isLessThan(new BigDecimal("88.31"));
    assertThat(justA.ikm()).isEqualByComparingTo("88.31");
    assertThat(justA.grade()).isEqualTo(SkmGrade.A);
    assertThat(justB.unroundedIkm()).isLessThan(new BigDecimal("76.61"));
    assertThat(justB.ikm()).isEqualByComparingTo("76.61");
    assertThat(justB.grade()).isEqualTo(SkmGrade.B);
  }

  @Test
  void impossibleMissingAndUnknownTotalsAreAllNamed() {
    Map<String, Long> totals = new LinkedHashMap<>(WorkedExample.totals());
    totals.put("U3", 117L);
    totals.remove("U5");
    totals.put("U10", 50L);

    assertThatThrownBy(() -> SkmResult.fromTotals(PERMENPAN, WeightPolicy.EXACT, 29, totals))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageContaining(
            "total for U3 (completion time) must be 29 to 116 for 29 respondents, but was 117")
        .hasMessageContaining("no total for U5 (product specification)")
        .hasMessageContaining("unknown element code U10");
  }

  @Test
  void tableShowsEachElementTheIkmAndTheGrade() {
    SkmResult result =
        SkmResult.fromTotals(PERMENPAN, WeightPolicy.EXACT, 29, WorkedExample.totals());

    assertThat(result.toTable())
        .contains("Permenpan RB 14/2017 (14-2017)")
        .contains("Respondents  29")
        .containsPattern("U1 +requirements +105 +3\\.621 +0\\.402")
        .containsPattern("U4 +fee/tariff +116 +4\\.000 +0\\.444")
        .containsPattern("U9 +handling of complaints, suggestions and input +115 +3\\.966 +0\\.441")
        .contains("IKM          91.48 (unrounded 91.4750957854...)")
        .contains("Grade        A, Sangat Baik (very good)");
    assertThat(result.toString())
        .isEqualTo(
            "IKM 91.48 (91.4750957854...), grade A, Sangat Baik (very good); 29 respondents,"
                + " Permenpan RB 14/2017, weight 1/9 (exact)");
  }

  @Test
  void rejectsAResultWhoseGradeDisagreesWithItsIkm() {
    SkmResult result =
        SkmResult.fromTotals(PERMENPAN, WeightPolicy.EXACT, 29, WorkedExample.totals());

    assertThatThrownBy(
            () ->
                new SkmResult(
                    PERMENPAN,
                    WeightPolicy.EXACT,
                    29,
                    result.scores(),
                    result.unroundedIkm(),
                    result.ikm(),
                    SkmGrade.B))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IKM 91.48 is grade A");
  }

  /**
   * Ten questionnaires; U2 answered by 7, U3 by 9. By hand: NRR U1 35/10 = 3.5, U2 25/7 =
   * 3.571428..., U3 30/9 = 3.333..., U4..U9 30/10 = 3; their sum is 1193/42, so IKM = 25 * 1193 /
   * (42 * 9) = 29825/378 = 78.9021164021..., 78.90, grade B. Dividing every total by 10 instead
   * would give 75.00.
   */
  @Test
  void dividesEachElementByTheQuestionnairesThatAnsweredIt() {
    SkmResult result =
        SkmResult.fromTotals(PERMENPAN, WeightPolicy.EXACT, 10, unevenTotals(), unevenCounts());

    assertThat(result.respondents()).isEqualTo(10);
    assertThat(result.hasBlankAnswers()).isTrue();
    assertThat(result.scores().get(1).answered()).isEqualTo(7);
    assertThat(result.nrr().get("U1")).isEqualByComparingTo("3.5");
    assertThat(result.nrr().get("U2").toPlainString()).startsWith("3.571428571428571428");
    assertThat(result.nrr().get("U3").toPlainString()).startsWith("3.333333333333333333");
    assertThat(result.nrr().get("U4")).isEqualByComparingTo("3");
    assertThat(result.weightedNrr().get("U2").toPlainString()).startsWith("0.3968253968253968");
    assertThat(result.unroundedIkm().toPlainString()).startsWith("78.902116402116402116");
    assertThat(result.ikm()).isEqualByComparingTo("78.90");
    assertThat(result.grade()).isEqualTo(SkmGrade.B);
    assertThat(result.toTable())
        .contains("Blank answers counted per element")
        .containsPattern("U2 +system, mechanism and procedure +7 +25 +3\\.571 +0\\.397");
  }

  /** The same totals with rounded weights: 25 * w * 1193/42 for w = 0.111 and 0.11, by hand. */
  @Test
  void roundedWeightsWithBlankAnswersKeepTheirOwnArithmetic() {
    SkmResult w111 =
        SkmResult.fromTotals(
            PERMENPAN, WeightPolicy.ROUNDED_0_111, 10, unevenTotals(), unevenCounts());
    SkmResult w11 =
        SkmResult.fromTotals(
            PERMENPAN, WeightPolicy.ROUNDED_0_11, 10, unevenTotals(), unevenCounts());

    // 3310.575 / 42 = 78.8232142857...
    assertThat(w111.unroundedIkm().toPlainString()).startsWith("78.823214285714285714");
    assertThat(w111.ikm()).isEqualByComparingTo("78.82");
    // 0.111 * 25/7 = 0.3964285714...
    assertThat(w111.weightedNrr().get("U2").toPlainString()).startsWith("0.396428571428571428");
    // 3280.75 / 42 = 78.1130952380...
    assertThat(w11.unroundedIkm().toPlainString()).startsWith("78.113095238095238095");
    assertThat(w11.ikm()).isEqualByComparingTo("78.11");
  }

  @Test
  void whenEveryoneAnsweredTheCountsChangeNothing() {
    Map<String, Integer> all = new LinkedHashMap<>();
    PERMENPAN.codes().forEach(code -> all.put(code, 29));

    SkmResult counted =
        SkmResult.fromTotals(PERMENPAN, WeightPolicy.EXACT, 29, WorkedExample.totals(), all);

    assertThat(counted.hasBlankAnswers()).isFalse();
    assertThat(counted.unroundedIkm().toPlainString()).startsWith("91.4750957854");
    assertThat(counted.ikm()).isEqualByComparingTo("91.48");
    assertThat(counted.toTable()).doesNotContain("Answered");
  }

  @Test
  void anElementNobodyAnsweredOrAnImpossibleTotalIsNamed() {
    Map<String, Integer> counts = unevenCounts();
    counts.put("U5", 0);
    Map<String, Long> totals = unevenTotals();
    totals.put("U2", 29L);

    assertThatThrownBy(
            () -> SkmResult.fromTotals(PERMENPAN, WeightPolicy.EXACT, 10, totals, counts))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageContaining("nobody answered U5 (product specification), so it has no NRR")
        .hasMessageContaining(
            "total for U2 (system, mechanism and procedure) must be 7 to 28 for 7 respondents,"
                + " but was 29");
  }

  @Test
  void responsesWithBlanksAreScoredPerElement() {
    List<SkmResponse> responses = new java.util.ArrayList<>();
    responses.add(SkmResponse.of(PERMENPAN, all(4)));
    responses.add(SkmResponse.of(PERMENPAN, all(3)));
    Map<String, Integer> third = all(3);
    third.remove("U3");
    third.remove("U4");
    responses.add(SkmResponse.withBlanks(PERMENPAN, third, SkmRespondent.ANONYMOUS));
    Map<String, Integer> fourth = all(2);
    fourth.remove("U3");
    responses.add(SkmResponse.withBlanks(PERMENPAN, fourth, SkmRespondent.ANONYMOUS));

    SkmResult result = SkmSurvey.of(PERMENPAN, responses).result(WeightPolicy.ROUNDED_0_111);

    // by hand: NRR U3 7/2 = 3.5, U4 9/3 = 3, others 12/4 = 3; 25 * 0.111 * 27.5 = 76.3125
    assertThat(result.unroundedIkm()).isEqualByComparingTo("76.3125");
    assertThat(result.ikm()).isEqualByComparingTo("76.31");
    assertThat(result.scores())
        .extracting(SkmResult.ElementScore::total)
        .containsExactly(12L, 12L, 7L, 9L, 12L, 12L, 12L, 12L, 12L);
  }

  private static Map<String, Integer> all(int answer) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    PERMENPAN.codes().forEach(code -> answers.put(code, answer));
    return answers;
  }

  private static Map<String, Long> unevenTotals() {
    Map<String, Long> totals = new LinkedHashMap<>();
    PERMENPAN.codes().forEach(code -> totals.put(code, 30L));
    totals.put("U1", 35L);
    totals.put("U2", 25L);
    return totals;
  }

  private static Map<String, Integer> unevenCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    PERMENPAN.codes().forEach(code -> counts.put(code, 10));
    counts.put("U2", 7);
    counts.put("U3", 9);
    return counts;
  }

  /** {@code total} spread over U1..U9 as evenly as possible. */
  private static Map<String, Long> spread(long total) {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (int i = 0; i < 9; i++) {
      totals.put("U" + (i + 1), total / 9 + (i < total % 9 ? 1 : 0));
    }
    return totals;
  }
}
