package dev.prima.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.voice.ComplaintTier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Prima's voice API starts this module's complaint-handling model: their names must agree. */
class VoiceContractTest {

  @Test
  void theVoiceApiStartsTheComplaintModelWithItsOwnVariableNames() {
    assertThat(dev.prima.voice.ComplaintHandling.PROCESS_KEY)
        .isEqualTo(ComplaintHandling.PROCESS_KEY);
    assertThat(dev.prima.voice.ComplaintHandling.VAR_COMPLAINT_ID)
        .isEqualTo(ComplaintHandling.COMPLAINT_ID.name());
    assertThat(dev.prima.voice.ComplaintHandling.VAR_CASE_ID)
        .isEqualTo(ComplaintHandling.CASE_ID.name());
    assertThat(dev.prima.voice.ComplaintHandling.VAR_TIER).isEqualTo(ComplaintHandling.TIER.name());
  }

  @Test
  void theModelsTiersAreTheVoiceApisWhoseLimitsThePolicyHolds() {
    assertThat(ComplaintHandling.TIERS)
        .containsExactlyElementsOf(Arrays.stream(ComplaintTier.values()).map(Enum::name).toList());
  }

  @Test
  void everyTierOfTheVoiceApiIsATierTheModelKnows() throws Exception {
    String model =
        new String(
            ServiceModels.COMPLAINT_HANDLING
                .open(ServiceModels.COMPLAINT_HANDLING.resource())
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    String deadlines =
        new String(
            getClass()
                .getClassLoader()
                .getResourceAsStream("dev/prima/models/internal/ResolutionDeadline.class")
                .readAllBytes(),
            java.nio.charset.StandardCharsets.ISO_8859_1);

    assertThat(Arrays.stream(ComplaintTier.values()).map(Enum::name))
        .allSatisfy(tier -> assertThat(model + deadlines).contains(tier));
  }
}
