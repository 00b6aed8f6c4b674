package dev.prima.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.it.IdentityReadPaths.ReadPath;
import dev.prima.voice.Complainant;
import dev.prima.voice.Complaint;
import dev.prima.voice.InvalidVoiceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A complainant's identity is shown to complaint officers through the voice API and nowhere else:
 * every read path of {@link IdentityReadPaths} is walked for a planted identity.
 */
class ComplainantPrivacyTest {

  private static final Set<String> OFFICER = Set.of("complaint-officer");

  /** What each read path shows of the planted identity: "path: value" for each leak. */
  private static List<String> leaks(ComplaintScene scene) {
    List<String> leaks = new ArrayList<>();
    for (ReadPath path : IdentityReadPaths.ALL) {
      String shown = path.read().apply(scene);
      for (String piece : scene.identity()) {
        if (shown.contains(piece)) {
          leaks.add(path.name() + ": " + piece);
        }
      }
    }
    return leaks;
  }

  @ParameterizedTest
  @EnumSource(ItDatabase.class)
  void aNamedComplainantIsShownToComplaintOfficersAndThroughNoOtherPath(ItDatabase database) {
    try (ComplaintScene scene = new ComplaintScene(database)) {
      Complaint lodged =
          scene.lodge(true, "The counter closed at 14:00 although the sign says 15:00");

      Complaint seenByOfficer = scene.prima().voice().complaint(lodged.id(), OFFICER).orElseThrow();
      assertThat(seenByOfficer.complainant())
          .isEqualTo(Complainant.of(scene.name(), scene.contact()));
      assertThat(IdentityReadPaths.everyTableBut(scene, Set.of()))
          .as("the identity is stored, once")
          .contains(scene.name(), scene.contact());
      assertThat(leaks(scene)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(ItDatabase.class)
  void anAnonymousComplaintLeavesNoIdentityAnywhere(ItDatabase database) {
    try (ComplaintScene scene = new ComplaintScene(database)) {
      Complaint lodged = scene.lodge(false, "Nobody answered the phone for three days");

      assertThat(scene.prima().voice().complaint(lodged.id(), OFFICER).orElseThrow().complainant())
          .isNull();
      assertThat(IdentityReadPaths.everyTableBut(scene, Set.of())).doesNotContain(scene.userId());
      assertThat(leaks(scene)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(ItDatabase.class)
  void erasingAComplainantLeavesNoTraceOfThemInAnyTable(ItDatabase database) {
    try (ComplaintScene scene = new ComplaintScene(database)) {
      Complaint lodged =
          scene.lodge(true, "I am " + scene.name() + " and the officer shouted at me");

      Complaint erased = scene.prima().voice().eraseComplainant(lodged.id());

      assertThat(erased.complainant()).isNull();
      assertThat(erased.text()).doesNotContain(scene.name());
      assertThat(erased.outcome()).isNotNull().doesNotContain(scene.name());
      assertThat(erased.lodged()).isEqualTo(lodged.lodged());
      assertThat(IdentityReadPaths.everyTableBut(scene, Set.of()))
          .doesNotContain(scene.name(), scene.contact(), scene.userId());
      assertThat(scene.prima().voice().complaintsOfCase(scene.caseKey(), OFFICER)).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(ItDatabase.class)
  void aComplainantTheDatabaseCouldNotStoreIsRefusedWithoutQuotingThem(ItDatabase database) {
    try (ComplaintScene scene = new ComplaintScene(database)) {
      String longName = scene.name() + " " + "x".repeat(300);

      assertThatThrownBy(() -> Complainant.of(longName, scene.contact()))
          .isInstanceOf(InvalidVoiceException.class)
          .hasMessageContaining("at most 255 characters")
          .hasMessageNotContaining(scene.name());
      assertThatThrownBy(() -> Complainant.of(scene.name(), scene.contact() + "\0"))
          .isInstanceOf(InvalidVoiceException.class)
          .hasMessageContaining("NUL")
          .hasMessageNotContaining(scene.contact());
    }
  }
}
