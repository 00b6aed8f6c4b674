package dev.prima.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkmSurveyTest {

  private static final SkmProfile PERMENPAN = SkmProfile.PERMENPAN_14_2017;

  @Test
  void groupsByServiceUnitAndPeriodInThatOrder() {
    List<SkmResponse> responses = new ArrayList<>();
    responses.add(response(4, "KTP-el", "Coblong", LocalDate.of(2024, 8, 1)));
    responses.add(response(2, "KTP-el", "Coblong", LocalDate.of(2024, 2, 1)));
    responses.add(response(3, "KTP-el", "Coblong", LocalDate.of(2024, 3, 1)));
    responses.add(response(1, "Akta", "Coblong", LocalDate.of(2024, 9, 1)));
    responses.add(response(4, "KTP-el", "Sukajadi", null));

    Map<SkmGroup, SkmResult> results =
        SkmSurvey.of(PERMENPAN, responses).results(SurveyPeriod.SEMESTER, WeightPolicy.EXACT);

    assertThat(results.keySet())
        .containsExactly(
            SkmGroup.of("Akta", "Coblong", "2024-S2"),
            SkmGroup.of("KTP-el", "Coblong", "2024-S1"),
            SkmGroup.of("KTP-el", "Coblong", "2024-S2"),
            SkmGroup.of("KTP-el", "Sukajadi", ""));
    assertThat(results.values()).extracting(SkmResult::respondents).containsExactly(1, 2, 1, 1);
    // (2 + 3) / 2 * 25 = 62.50
    assertThat(results.get(SkmGroup.of("KTP-el", "Coblong", "2024-S1")).ikm())
        .isEqualByComparingTo("62.50");
    assertThat(SkmGroup.of("KTP-el", "Sukajadi", "").toString())
        .isEqualTo("service KTP-el, unit Sukajadi, period (all)");
  }

  @Test
  void periodLabelsSortInTimeOrder() {
    LocalDate date = LocalDate.of(2024, 7, 9);

    assertThat(SurveyPeriod.ALL.label(date)).isEmpty();
    assertThat(SurveyPeriod.YEAR.label(date)).isEqualTo("2024");
    assertThat(SurveyPeriod.SEMESTER.label(date)).isEqualTo("2024-S2");
    assertThat(SurveyPeriod.QUARTER.label(date)).isEqualTo("2024-Q3");
    assertThat(SurveyPeriod.MONTH.label(date)).isEqualTo("2024-07");
    assertThat(SurveyPeriod.QUARTER.label(LocalDate.of(2024, 3, 31))).isEqualTo("2024-Q1");
  }

  @Test
  void allPeriodsInOneGroupPerServiceAndUnit() {
    List<SkmResponse> responses =
        List.of(
            response(4, "KTP-el", null, LocalDate.of(2023, 1, 1)),
            response(2, "KTP-el", null, LocalDate.of(2024, 1, 1)));

    Map<SkmGroup, SkmResult> results =
        SkmSurvey.of(PERMENPAN, responses).results(SurveyPeriod.ALL, WeightPolicy.EXACT);

    assertThat(results).containsOnlyKeys(SkmGroup.of("KTP-el", "", ""));
    assertThat(results.values().iterator().next().ikm()).isEqualByComparingTo("75.00");
  }

  private static SkmResponse response(int answer, String service, String unit, LocalDate date) {
    return SkmResponse.of(
        PERMENPAN,
        WorkedExample.allAnswering(PERMENPAN, answer, 1).get(0).answers(),
        SkmRespondent.builder().service(service).unit(unit).date(date).build());
  }
}
