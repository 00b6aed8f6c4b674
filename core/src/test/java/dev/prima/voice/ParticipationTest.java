package dev.prima.voice;

import static dev.prima.voice.VoiceFixture.OPENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.MutableClock;
import dev.prima.Prima;
import dev.prima.TestDatabase;
import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Voice rate, survey response rate, complaints answered in time and exit rate per touchpoint. */
class ParticipationTest {

  private static final Instant FROM = OPENING;
  private static final Instant TO = OPENING.plus(Duration.ofDays(30));

  private long sequence;

  private Touchpoint touchpoint(String caseId, String elementId, TouchpointKind kind, int day) {
    Instant at = OPENING.plus(Duration.ofDays(day));
    return new Touchpoint(
        caseId + ":" + elementId + ":" + sequence,
        caseId,
        "pi-" + caseId,
        "pi-" + caseId,
        "permit",
        1,
        elementId,
        null,
        elementId,
        Channel.ONLINE,
        Lane.CUSTOMER,
        kind,
        null,
        null,
        null,
        at,
        null,
        at,
        null,
        Outcome.COMPLETED,
        ++sequence);
  }

  private static Complaint complaint(
      String id, VoiceKind kind, String service, int lodgedDay, Integer answeredDay) {
    Instant lodged = OPENING.plus(Duration.ofDays(lodgedDay));
    return new Complaint(
        id,
        kind,
        null,
        service,
        null,
        null,
        Channel.ONLINE,
        "text",
        ComplaintTier.LIGHT,
        lodged,
        lodged.plus(Duration.ofDays(14)),
        "P14D",
        answeredDay == null ? null : OPENING.plus(Duration.ofDays(answeredDay)),
        answeredDay == null ? null : "answered",
        null);
  }

  @Test
  void computesEachMeasureFromTouchpointsAndComplaints() {
    List<Touchpoint> touchpoints = new ArrayList<>();
    for (String c : List.of("c1", "c2", "c3", "c4")) {
      touchpoints.add(touchpoint(c, "submit", TouchpointKind.CONTACT, 1));
    }
    touchpoints.add(touchpoint("c1", "prima:withdrawal", TouchpointKind.EXIT, 2));
    for (String c : List.of("c2", "c3", "c4")) {
      touchpoints.add(touchpoint(c, "verify", TouchpointKind.CONTACT, 3));
    }
    touchpoints.add(touchpoint("c2", "prima:complaint", TouchpointKind.VOICE, 4));
    touchpoints.add(touchpoint("c2", "prima:channel-exit", TouchpointKind.EXIT, 5));
    touchpoints.add(touchpoint("c2", "prima:withdrawal", TouchpointKind.EXIT, 6));
    touchpoints.add(touchpoint("late", "submit", TouchpointKind.CONTACT, 40)); // outside period

    List<Complaint> complaints =
        List.of(
            complaint("in-time", VoiceKind.COMPLAINT, "permit", 1, 10),
            complaint("late", VoiceKind.COMPLAINT, "permit", 2, 20),
            complaint("overdue", VoiceKind.COMPLAINT, "permit", 3, null),
            complaint("pending", VoiceKind.COMPLAINT, "permit", 25, null),
            complaint("idea", VoiceKind.SUGGESTION, "permit", 5, null),
            complaint("other-service", VoiceKind.COMPLAINT, "ktp", 5, null),
            complaint("next-month", VoiceKind.COMPLAINT, "permit", 31, null));

    Participation p =
        Participation.of(
            "permit", FROM, TO, touchpoints, complaints, 3, OPENING.plus(Duration.ofDays(30)));

    assertThat(p.cases()).isEqualTo(4);
    assertThat(p.complaints()).isEqualTo(4);
    assertThat(p.suggestions()).isEqualTo(1);
    assertThat(p.voiceRate()).hasValue(1000.0);
    assertThat(p.surveyResponseRate()).hasValue(0.75);
    // judged: in-time, late, overdue (pending is still within its deadline)
    assertThat(p.answeredInTime().getAsDouble()).isEqualTo(1.0 / 3);
    assertThat(p.exitRates())
        .extracting(ExitRate::elementId, ExitRate::reached, ExitRate::exits)
        .containsExactly(tuple("submit", 4L, 1L), tuple("verify", 3L, 1L));
    assertThat(p.exitRateOf("verify").orElseThrow().rate()).isEqualTo(1.0 / 3);
  }

  @Test
  void ratiosAreEmptyWithoutCasesOrJudgedComplaints() {
    Participation p = Participation.of("permit", FROM, TO, List.of(), List.of(), 0, TO);

    assertThat(p.cases()).isZero();
    assertThat(p.voiceRate()).isEmpty();
    assertThat(p.surveyResponseRate()).isEmpty();
    assertThat(p.answeredInTime()).isEmpty();
    assertThat(p.exitRates()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void measuresAServiceFromItsJournalAndComplaints(TestDatabase database) {
    MutableClock clock = new MutableClock(OPENING);
    try (Prima prima = VoiceFixture.start(database, database.builder().clock(clock))) {
      for (String c : List.of("Q-1", "Q-2", "Q-3", "Q-4")) {
        VoiceFixture.apply(prima, c);
        VoiceFixture.complete(prima.processEngine(), c);
      }
      clock.advance(Duration.ofHours(2));
      prima.exits().withdraw("Q-1", "found a faster service");
      Complaint complaint =
          prima
              .voice()
              .lodgeComplaint(ComplaintRequest.aboutCase("Q-2").text("Queue too long").build());
      clock.advance(Duration.ofDays(2));
      prima.voice().answer(complaint.id(), "Second counter opened");

      Participation p =
          prima.voice().participation("permit", FROM, OPENING.plus(Duration.ofDays(7)), 2);

      assertThat(p.cases()).isEqualTo(4);
      assertThat(p.voiceRate()).hasValue(250.0);
      assertThat(p.surveyResponseRate()).hasValue(0.5);
      assertThat(p.answeredInTime()).hasValue(1.0);
      assertThat(p.exitRates())
          .extracting(ExitRate::elementId, ExitRate::reached, ExitRate::exits)
          .containsExactly(tuple("submit", 4L, 0L), tuple("verify", 4L, 1L));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void readsOnlyThePeriodsCasesAndCountsTheirLaterExits(TestDatabase database) {
    MutableClock clock = new MutableClock(OPENING);
    try (Prima prima = VoiceFixture.start(database, database.builder().clock(clock))) {
      // R-1 begins at the opening, R-2 an hour later, R-3 two hours later
      for (String c : List.of("R-1", "R-2", "R-3")) {
        VoiceFixture.apply(prima, c);
        clock.advance(Duration.ofHours(1));
      }
      clock.advance(Duration.ofHours(3));
      prima.exits().withdraw("R-2", "moved away");
      prima.exits().withdraw("R-1", "moved away");
      Instant from = OPENING.plus(Duration.ofMinutes(30));
      Instant to = OPENING.plus(Duration.ofMinutes(90));

      Participation p = prima.voice().participation("permit", from, to, 0);

      // only R-2 began in the period; it withdrew after the period ended
      assertThat(p.cases()).isEqualTo(1);
      assertThat(p.exitRates()).extracting(ExitRate::exits).containsExactly(1L);
      // the same as from the service's whole journal
      Participation whole =
          Participation.of(
              "permit",
              from,
              to,
              prima.touchpoints().query().processDefinitionKey("permit").list(),
              List.of(),
              0,
              clock.instant());
      assertThat(p).isEqualTo(whole);
    }
  }
}
