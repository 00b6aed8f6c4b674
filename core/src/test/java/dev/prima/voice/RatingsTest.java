package dev.prima.voice;

import static dev.prima.voice.VoiceFixture.OPENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.MutableClock;
import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.touchpoint.Touchpoint;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Citizens rate single touchpoints on the SKM scale or as misery/magic. */
class RatingsTest {

  private final MutableClock clock = new MutableClock(OPENING);

  @Test
  void anSkmScoreOutsideOneToFourIsRejectedWithTheScale() {
    assertThatThrownBy(() -> Rating.skm(5))
        .isInstanceOf(InvalidVoiceException.class)
        .hasMessage("rating must be 1 to 4 (SKM scale), but was 5");
    assertThatThrownBy(() -> Rating.skm(0))
        .hasMessage("rating must be 1 to 4 (SKM scale), but was 0");
    assertThat(Rating.skm(1).value()).isEqualTo("1");
    assertThat(Rating.of("MOMENT", "MAGIC")).isEqualTo(Rating.Moment.MAGIC);
    assertThat(Rating.of("SKM", "4")).isEqualTo(Rating.skm(4));
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void ratingsAreStoredAgainstTheTouchpointWithItsCaseAndElement(TestDatabase database) {
    try (Prima prima = VoiceFixture.start(database, database.builder().clock(clock))) {
      VoiceFixture.apply(prima, "R-1");
      VoiceFixture.complete(prima.processEngine(), "R-1");
      List<Touchpoint> touchpoints = prima.touchpoints().query().caseId("R-1").list();

      prima.ratings().rate(touchpoints.get(0).id(), Rating.skm(4), "Easy form");
      clock.advance(Duration.ofMinutes(5));
      TouchpointRating misery =
          prima.ratings().rate(touchpoints.get(1).id(), Rating.Moment.MISERY, null);

      assertThat(prima.ratings().ratingsOf("R-1"))
          .extracting(
              TouchpointRating::touchpointId,
              TouchpointRating::caseId,
              TouchpointRating::elementId,
              TouchpointRating::processDefinitionKey,
              TouchpointRating::rating,
              TouchpointRating::comment,
              TouchpointRating::rated)
          .containsExactly(
              tuple(
                  touchpoints.get(0).id(),
                  "R-1",
                  "submit",
                  "permit",
                  Rating.skm(4),
                  "Easy form",
                  OPENING),
              tuple(
                  touchpoints.get(1).id(),
                  "R-1",
                  "verify",
                  "permit",
                  Rating.Moment.MISERY,
                  null,
                  OPENING.plus(Duration.ofMinutes(5))));
      assertThat(prima.ratings().ratingsOf("R-1").get(1)).isEqualTo(misery);
      assertThat(prima.ratings().ratingsOf("OTHER")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void rateingAnUnknownTouchpointNamesItAndStoresNothing(TestDatabase database) {
    try (Prima prima = VoiceFixture.start(database, database.builder().clock(clock))) {
      VoiceFixture.apply(prima, "R-2");

      assertThatThrownBy(() -> prima.ratings().rate("tp-404", Rating.Moment.MAGIC, "great"))
          .isInstanceOf(UnknownTouchpointException.class)
          .hasMessageContaining("No touchpoint 'tp-404'");
      assertThat(prima.ratings().ratingsOf("R-2")).isEmpty();
    }
  }
}
