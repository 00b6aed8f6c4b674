package dev.prima.journey;

import static dev.prima.journey.TouchpointBuilder.minute;
import static dev.prima.journey.TouchpointBuilder.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.i18n.BundleKeys;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceCycleTest {

  private static final Instant NOW = minute(200);

  @Test
  void ordersMomentsByStartThenSequence() {
    // given
    Touchpoint late = touchpoint("late").minutes(30, 40).sequence(1).build();
    Touchpoint tiedSecond = touchpoint("tied-a-second").minutes(10, 20).sequence(3).build();
    Touchpoint tiedFirst = touchpoint("tied-b-first").minutes(10, 15).sequence(2).build();
    Touchpoint early = touchpoint("early").minutes(0, 5).sequence(9).build();

    // when
    ServiceCycle cycle =
        ServiceCycle.of("case-1", List.of(late, tiedSecond, tiedFirst, early), true, NOW);

    // then
    assertThat(cycle.momentNames())
        .containsExactly("early", "tied-b-first", "tied-a-second", "late");
  }

  @Test
  void placesTouchpointsWithoutStartBySequence() {
    Touchpoint first = touchpoint("first").minutes(0, 5).sequence(1).build();
    Touchpoint unknownStart = touchpoint("unknown-start").to(minute(20)).sequence(2).build();
    Touchpoint third = touchpoint("third").minutes(10, 25).sequence(3).build();

    ServiceCycle cycle = ServiceCycle.of("case-1", List.of(third, unknownStart, first), true, NOW);

    assertThat(cycle.momentNames()).containsExactly("first", "unknown-start", "third");
    assertThat(cycle.moments().get(1).waitBefore()).isNull();
    assertThat(cycle.moments().get(1).timeIn()).isNull();
  }

  @Test
  void theQueueBeforeAnOfficerTookAMomentIsWaitAndTheRestTimeIn() {
    Touchpoint arrive = touchpoint("arrive").minutes(0, 0).sequence(1).build();
    // waits from minute 5 until the officer calls at 17, served until 25
    Touchpoint counter = touchpoint("counter").minutes(5, 25).servedAt(17).sequence(2).build();
    // still in the queue at NOW: nobody took it yet, so all of it counts as time in, as before
    Touchpoint sign = touchpoint("sign").from(minute(30)).sequence(3).build();
    Touchpoint signing = touchpoint("signing").from(minute(30)).servedAt(190).sequence(4).build();

    ServiceCycle cycle =
        ServiceCycle.of("case-1", List.of(arrive, counter, sign, signing), false, NOW);

    assertThat(cycle.moments())
        .extracting(Moment::waitBefore, Moment::timeIn)
        .containsExactly(
            tuple(Duration.ZERO, Duration.ZERO),
            tuple(Duration.ofMinutes(5 + 12), Duration.ofMinutes(8)),
            tuple(Duration.ofMinutes(5), Duration.ofMinutes(170)),
            tuple(Duration.ofMinutes(160), Duration.ofMinutes(10)));
    assertThat(cycle.totalWait()).isEqualTo(Duration.ofMinutes(17 + 5 + 160));
    assertThat(cycle.leadTime()).isEqualTo(Duration.ofMinutes(200));
  }

  @Test
  void aServedTimeOutsideTheMomentIsRefused() {
    assertThatThrownBy(() -> touchpoint("early").minutes(10, 20).servedAt(5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("served must not be before start");
    assertThatThrownBy(() -> touchpoint("late").minutes(10, 20).servedAt(25).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("served must not be after end");
  }

  @Test
  void firstMomentHasNoWait() {
    ServiceCycle cycle =
        ServiceCycle.of("case-1", List.of(touchpoint("apply").minutes(30, 45).build()), true, NOW);

    assertThat(cycle.moments().get(0).waitBefore()).isEqualTo(Duration.ZERO);
    assertThat(cycle.moments().get(0).timeIn()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void waitsFromTheLatestEndingEarlierMomentAndNotAtAllWhenMomentsOverlap() {
    // given: b runs parallel to a and c; d waits for b, which ended after c
    List<Touchpoint> touchpoints =
        List.of(
            touchpoint("a").minutes(0, 10).build(),
            touchpoint("b").minutes(5, 30).build(),
            touchpoint("c").minutes(20, 25).build(),
            touchpoint("d").minutes(40, 45).build(),
            touchpoint("e").minutes(52, 60).build());

    // when
    ServiceCycle cycle = ServiceCycle.of("case-1", touchpoints, true, NOW);

    // then
    assertThat(cycle.moments())
        .extracting(Moment::waitBefore)
        .containsExactly(
            Duration.ZERO,
            Duration.ZERO,
            Duration.ZERO,
            Duration.ofMinutes(10),
            Duration.ofMinutes(7));
    assertThat(cycle.totalWait()).isEqualTo(Duration.ofMinutes(17));
  }

  @Test
  void doesNotWaitWhileAnEarlierMomentIsStillActive() {
    List<Touchpoint> touchpoints =
        List.of(
            touchpoint("a").minutes(0, 10).build(),
            touchpoint("queue").from(minute(5)).build(),
            touchpoint("b").minutes(50, 60).build());

    ServiceCycle cycle = ServiceCycle.of("case-1", touchpoints, false, NOW);

    assertThat(cycle.moments())
        .extracting(Moment::waitBefore)
        .containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  @Test
  void countsTheTimeInAnActiveMomentUpToNow() {
    List<Touchpoint> touchpoints =
        List.of(
            touchpoint("apply").minutes(0, 10).build(),
            touchpoint("verify").from(minute(25)).build());

    ServiceCycle cycle = ServiceCycle.of("case-1", touchpoints, false, minute(100));

    assertThat(cycle.active()).map(Moment::name).contains("verify");
    assertThat(cycle.active()).map(Moment::timeIn).contains(Duration.ofMinutes(75));
  }

  @Test
  void activeIsTheLastActiveMomentOrNone() {
    List<Touchpoint> running =
        List.of(
            touchpoint("first-active").from(minute(0)).build(),
            touchpoint("second-active").from(minute(5)).build(),
            touchpoint("done").minutes(6, 8).build());
    List<Touchpoint> done = List.of(touchpoint("done").minutes(6, 8).build());

    assertThat(ServiceCycle.of("case-1", running, false, NOW).active())
        .map(Moment::name)
        .contains("second-active");
    assertThat(ServiceCycle.of("case-1", done, true, NOW).active()).isEmpty();
  }

  @Test
  void leadTimeOfAFinishedCaseRunsFromFirstStartToLastEnd() {
    List<Touchpoint> touchpoints =
        List.of(
            touchpoint("apply").minutes(10, 20).build(),
            touchpoint("long").minutes(15, 90).build(),
            touchpoint("short").minutes(30, 40).build());

    ServiceCycle cycle = ServiceCycle.of("case-1", touchpoints, true, NOW);

    assertThat(cycle.finished()).isTrue();
    assertThat(cycle.start()).isEqualTo(minute(10));
    assertThat(cycle.end()).isEqualTo(minute(90));
    assertThat(cycle.leadTime()).isEqualTo(Duration.ofMinutes(80));
  }

  @Test
  void leadTimeOfARunningCaseCountsUpToNow() {
    List<Touchpoint> touchpoints =
        List.of(
            touchpoint("apply").minutes(10, 20).build(),
            touchpoint("verify").minutes(30, 40).build());

    ServiceCycle cycle = ServiceCycle.of("case-1", touchpoints, false, minute(130));

    assertThat(cycle.end()).isNull();
    assertThat(cycle.leadTime()).isEqualTo(Duration.ofMinutes(120));
  }

  @Test
  void finishedCaseWithAnActiveMomentHasNoEnd() {
    List<Touchpoint> touchpoints =
        List.of(
            touchpoint("apply").minutes(0, 20).build(),
            touchpoint("verify").from(minute(30)).build());

    ServiceCycle cycle = ServiceCycle.of("case-1", touchpoints, true, minute(50));

    assertThat(cycle.end()).isNull();
    assertThat(cycle.leadTime()).isEqualTo(Duration.ofMinutes(50));
  }

  @Test
  void servedByListsEachPersonOnceInOrderOfFirstAppearance() {
    List<Touchpoint> touchpoints =
        List.of(
            touchpoint("apply").minutes(0, 5).build(),
            touchpoint("verify").minutes(10, 20).by("budi", "clerk").build(),
            touchpoint("approve").minutes(30, 40).by("sari", "head").build(),
            touchpoint("issue").minutes(50, 60).by("budi", "clerk").build());

    ServiceCycle cycle = ServiceCycle.of("case-1", touchpoints, true, NOW);

    assertThat(cycle.servedBy()).containsExactly("budi", "sari");
    assertThat(cycle.elementIds()).containsExactly("apply", "verify", "approve", "issue");
  }

  @Test
  void rendersATimeline() {
    // given
    List<Touchpoint> touchpoints =
        List.of(
            touchpoint("submit")
                .at("submit", "Submit request")
                .role("citizen")
                .minutes(0, 15)
                .build(),
            touchpoint("verify")
                .at("verify", "Verify documents")
                .by("budi", "clerk")
                .from(minute(30))
                .to(minute(110).plusMillis(850))
                .build(),
            touchpoint("issue")
                .at("issue", "Issue certificate")
                .by("sari", "head")
                .from(minute(120).plusSeconds(3))
                .build());

    // when
    ServiceCycle cycle = ServiceCycle.of("case-1", touchpoints, false, minute(125));

    // then
    assertThat(cycle.toTimeline())
        .isEqualTo(
            """
            moment             role     person  start                wait    time in  outcome
            Submit request     citizen  -       2024-03-04 09:00:00  0s      15m      COMPLETED
            Verify documents   clerk    budi    2024-03-04 09:30:00  15m     1h 20m   COMPLETED
            Issue certificate  head     sari    2024-03-04 11:00:03  10m 2s  4m 57s   ACTIVE
            lead time 2h 5m (running)""");
  }

  @Test
  void rendersTheTimelineInTheGivenZoneAndMarksUnknownValues() {
    List<Touchpoint> touchpoints =
        List.of(
            touchpoint("apply").minutes(0, 5).sequence(1).build(),
            touchpoint("letter").to(minute(60)).outcome(Outcome.INTERRUPTED).sequence(2).build());

    ServiceCycle cycle = ServiceCycle.of("case-1", touchpoints, true, NOW);

    assertThat(cycle.toTimeline(ZoneId.of("Asia/Jakarta")))
        .isEqualTo(
            """
            moment  role  person  start                wait  time in  outcome
            apply   -     -       2024-03-04 16:00:00  0s    5m       COMPLETED
            letter  -     -       -                    -     -        INTERRUPTED
            lead time 1h""");
  }

  @Test
  void rendersTheTimelineInBahasaIndonesia() {
    List<Touchpoint> touchpoints =
        List.of(
            touchpoint("submit")
                .at("submit", "Permohonan diterima")
                .role("warga")
                .minutes(0, 15)
                .build(),
            touchpoint("verify")
                .at("verify", "Verifikasi berkas")
                .by("budi", "petugas-loket")
                .from(minute(30))
                .to(minute(30).plus(Duration.ofDays(2)).plusSeconds(3600))
                .build(),
            touchpoint("letter").to(minute(60)).outcome(Outcome.INTERRUPTED).build());

    ServiceCycle cycle = ServiceCycle.of("case-1", touchpoints, true, NOW);

    assertThat(cycle.toTimeline(ZoneId.of("Asia/Jakarta"), Locale.forLanguageTag("id-ID")))
        .isEqualTo(
            """
            momen pelayanan      peran          pelaku  mulai                menunggu  lama          hasil
            Permohonan diterima  warga          -       2024-03-04 16:00:00  0 dtk     15 mnt        SELESAI
            Verifikasi berkas    petugas-loket  budi    2024-03-04 16:30:00  15 mnt    2 hari 1 jam  SELESAI
            letter               -              -       -                    -         -             TERPUTUS
            waktu penyelesaian 2 hari 1 jam""");
  }

  @Test
  void theTimelinesTextsExistInBothLanguagesAndAreAllUsed() {
    Set<String> keys = BundleKeys.assertBothLanguages("dev/prima/journey/messages");
    BundleKeys.assertAllUsed(keys, Set.of("outcome."), "src/main/java/dev/prima/journey");
    assertThat(keys)
        .containsAll(
            java.util.Arrays.stream(Outcome.values()).map(o -> "outcome." + o.name()).toList());
  }

  @Test
  void rejectsNoTouchpoints() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServiceCycle.of("case-1", List.of(), true, NOW))
        .withMessage("touchpoints must not be empty: case case-1 has no moment of truth to show");
  }

  @Test
  void rejectsATouchpointOfAnotherCase() {
    List<Touchpoint> touchpoints =
        List.of(
            touchpoint("apply").minutes(0, 5).build(),
            touchpoint("stranger").inCase("case-2").minutes(5, 10).build());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServiceCycle.of("case-1", touchpoints, true, NOW))
        .withMessage(
            "all touchpoints must belong to case case-1, but stranger belongs to case case-2");
  }

  @Test
  void rejectsATouchpointTwice() {
    Touchpoint started = touchpoint("verify").from(minute(0)).build();
    Touchpoint ended = touchpoint("verify").minutes(0, 5).build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServiceCycle.of("case-1", List.of(started, ended), true, NOW))
        .withMessage(
            "each touchpoint must occur once, but verify occurs twice in case case-1;"
                + " pass only its latest version");
  }

  @Test
  void rejectsAnEndForAnUnfinishedCase() {
    Moment moment = new Moment(touchpoint("apply").minutes(0, 5).build(), Duration.ZERO, null);

    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new ServiceCycle(
                    "case-1", List.of(moment), false, minute(0), minute(5), Duration.ofMinutes(5)))
        .withMessage("an unfinished case has no end, but case case-1 has end 2024-03-04T09:05:00Z");
  }
}
