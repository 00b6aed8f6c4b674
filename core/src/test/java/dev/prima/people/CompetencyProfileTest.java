package dev.prima.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompetencyProfileTest {

  private static final CompetencyRequirements COUNTER =
      CompetencyRequirements.none()
          .with(Competency.SKILLS, 3)
          .with(Competency.ETHICS, 3)
          .with(Competency.KNOWLEDGE, 2);

  @Test
  void factorsLeftOutAreNotAssessed() {
    CompetencyProfile profile = CompetencyProfile.builder().ethics(4).skills(3).build();

    assertThat(profile.level(Competency.ETHICS)).isEqualTo(4);
    assertThat(profile.level(Competency.SKILLS)).isEqualTo(3);
    assertThat(profile.level(Competency.PERSONAL_QUALITY))
        .isEqualTo(CompetencyLevel.NOT_ASSESSED)
        .isZero();
  }

  @Test
  void gapsNameEachFactorThatFallsShortAndByHowMuch() {
    CompetencyProfile profile =
        CompetencyProfile.builder().ethics(4).skills(1).personalQuality(5).build();

    assertThat(profile.gaps(COUNTER))
        .containsExactly(
            new CompetencyGap(Competency.KNOWLEDGE, 2, 0),
            new CompetencyGap(Competency.SKILLS, 3, 1));
    assertThat(profile.gaps(COUNTER)).extracting(CompetencyGap::shortfall).containsExactly(2, 2);
    assertThat(profile.gaps(COUNTER).toString())
        .isEqualTo("[knowledge not assessed, needs 2, skills at 1, needs 3]");
    assertThat(profile.meets(COUNTER)).isFalse();
  }

  @Test
  void meetsRequirementsAtExactlyTheMinimum() {
    CompetencyProfile profile =
        CompetencyProfile.builder().ethics(3).skills(3).knowledge(2).build();

    assertThat(profile.gaps(COUNTER)).isEmpty();
    assertThat(profile.meets(COUNTER)).isTrue();
    assertThat(profile.meets(CompetencyRequirements.none())).isTrue();
  }

  @Test
  void ofMapCopiesAndKeepsFactorOrder() {
    Map<Competency, Integer> levels = new HashMap<>();
    levels.put(Competency.PERSONAL_QUALITY, 2);
    levels.put(Competency.EDUCATION, 5);
    CompetencyProfile profile = CompetencyProfile.of(levels);
    levels.put(Competency.SKILLS, 4);

    assertThat(profile.level(Competency.SKILLS)).isZero();
    assertThat(profile.levels().keySet())
        .containsExactly(Competency.EDUCATION, Competency.PERSONAL_QUALITY);
    assertThat(profile.toString()).isEqualTo("CompetencyProfile[education 5, personal_quality 2]");
    assertThat(CompetencyProfile.of(Map.of()).toString())
        .isEqualTo("CompetencyProfile[not assessed]");
    assertThatThrownBy(() -> profile.levels().put(Competency.SKILLS, 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderRejectsALevelAboveTheScale() {
    CompetencyProfile.Builder builder = CompetencyProfile.builder();

    assertThatThrownBy(() -> builder.skills(6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("skills level must be between 1 (basic) and 5 (exemplary), but was 6");
    assertThatThrownBy(() -> builder.personalQuality(0))
        .hasMessage(
            "personal_quality level must be between 1 (basic) and 5 (exemplary), but was 0");
  }

  @Test
  void ofMapRejectsLevelsOffTheScale() {
    Map<Competency, Integer> levels = new EnumMap<>(Competency.class);
    levels.put(Competency.ETHICS, -1);

    assertThatThrownBy(() -> CompetencyProfile.of(levels))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ethics level must be between 1 (basic) and 5 (exemplary), but was -1");
    assertThatThrownBy(() -> CompetencyRequirements.none().with(Competency.SKILLS, 6))
        .hasMessage("skills level must be between 1 (basic) and 5 (exemplary), but was 6");
  }

  @Test
  void namesTheLevelsOfTheScale() {
    assertThat(CompetencyLevel.of(1)).isEqualTo(CompetencyLevel.BASIC);
    assertThat(CompetencyLevel.of(5)).isEqualTo(CompetencyLevel.EXEMPLARY);
    assertThat(CompetencyLevel.PROFICIENT.value()).isEqualTo(3);
    assertThat(CompetencyLevel.ADVANCED).hasToString("4 (advanced)");
    assertThatThrownBy(() -> CompetencyLevel.of(6))
        .hasMessage("level must be between 1 (basic) and 5 (exemplary), but was 6");
  }

  @Test
  void everyFactorHasADescriptionAndALowerCaseId() {
    assertThat(Competency.values())
        .extracting(Competency::id)
        .containsExactly(
            "ethics", "professionalism", "education", "knowledge", "skills", "personal_quality");
    assertThat(Competency.values()).allSatisfy(c -> assertThat(c.description()).isNotBlank());
  }

  @Test
  void requirementsDescribeTheirMinimums() {
    assertThat(COUNTER.minimum(Competency.SKILLS)).isEqualTo(3);
    assertThat(COUNTER.minimum(Competency.EDUCATION)).isZero();
    assertThat(COUNTER)
        .hasToString("CompetencyRequirements[ethics >= 3, knowledge >= 2, skills >= 3]");
    assertThat(CompetencyRequirements.none()).hasToString("CompetencyRequirements[none]");
  }
}
