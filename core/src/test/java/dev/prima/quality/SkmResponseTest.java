package dev.prima.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkmResponseTest {

  private static final SkmProfile PERMENPAN = SkmProfile.PERMENPAN_14_2017;

  @Test
  void keepsAnswersInTheProfilesOrderWhateverTheOrderGiven() {
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (int i = 9; i >= 1; i--) {
      answers.put("U" + i, i % 4 + 1);
    }

    SkmResponse response = SkmResponse.of(PERMENPAN, answers);

    assertThat(response.answers().keySet())
        .containsExactly("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
    assertThat(response.answer("U4")).isEqualTo(1);
    assertThat(response.answer("U7")).isEqualTo(4);
  }

  @Test
  void answerOutOfRangeNamesTheElementTheValueAndTheRange() {
    Map<String, Integer> answers = answers(3);
    answers.put("U3", 5);

    assertThatThrownBy(() -> SkmResponse.of(PERMENPAN, answers))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageContaining("answer for U3 (completion time) must be 1 to 4, but was 5");
  }

  @Test
  void missingElementIsNamed() {
    Map<String, Integer> answers = answers(3);
    answers.remove("U4");

    assertThatThrownBy(() -> SkmResponse.of(PERMENPAN, answers))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageContaining("no answer for U4 (fee/tariff)")
        .hasMessageContaining("Permenpan RB 14/2017 needs answers 1 to 4 for U1..U9");
  }

  @Test
  void withBlanksKeepsTheBlankElementsApartAndNeedsOneAnswer() {
    Map<String, Integer> answers = answers(3);
    answers.remove("U2");
    answers.remove("U7");

    SkmResponse response = SkmResponse.withBlanks(PERMENPAN, answers, SkmRespondent.ANONYMOUS);

    assertThat(response.blanks()).containsExactly("U2", "U7");
    assertThat(response.answered("U2")).isFalse();
    assertThat(response.answered("U3")).isTrue();
    assertThat(response.toString()).startsWith("U1=3 U2=- U3=3");
    assertThatThrownBy(() -> response.answer("U7"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("U7 was left blank");
    assertThatThrownBy(() -> SkmResponse.withBlanks(PERMENPAN, Map.of(), SkmRespondent.ANONYMOUS))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageContaining("no element is answered");
  }

  @Test
  void unknownElementCodeIsNamedWithTheValidCodes() {
    Map<String, Integer> answers = answers(3);
    answers.put("U10", 2);

    assertThatThrownBy(() -> SkmResponse.of(PERMENPAN, answers))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessageContaining(
            "unknown element code U10 with answer 2, Permenpan RB 14/2017 has U1..U9");
  }

  @Test
  void reportsEveryProblemOfAResponseAtOnceWithTheRespondent() {
    Map<String, Integer> answers = answers(3);
    answers.put("U1", 0);
    answers.remove("U2");
    SkmRespondent respondent = SkmRespondent.builder().id("R-17").build();

    assertThatThrownBy(() -> SkmResponse.of(PERMENPAN, answers, respondent))
        .hasMessageStartingWith("SKM response of respondent R-17 rejected")
        .hasMessageContaining("U1 (requirements) must be 1 to 4, but was 0")
        .hasMessageContaining("no answer for U2");
  }

  @Test
  void respondentDataIsOptionalStrippedAndChecked() {
    SkmRespondent respondent =
        SkmRespondent.builder()
            .age(34)
            .sex(" P ")
            .service("KTP-el")
            .unit("  ")
            .date(LocalDate.of(2024, 3, 15))
            .build();

    assertThat(respondent.sex()).isEqualTo("P");
    assertThat(respondent.unit()).isNull();
    assertThat(respondent.unitIfGiven()).isEmpty();
    assertThat(respondent.toString())
        .isEqualTo("respondent age=34 sex=P service=KTP-el date=2024-03-15");
    assertThatThrownBy(() -> SkmRespondent.builder().age(0))
        .isInstanceOf(InvalidSurveyException.class)
        .hasMessage("age must be between 1 and 120, but was 0");
  }

  private static Map<String, Integer> answers(int answer) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    PERMENPAN.codes().forEach(code -> answers.put(code, answer));
    return answers;
  }
}
