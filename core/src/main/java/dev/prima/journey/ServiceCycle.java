package dev.prima.journey;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.internal.Messages;
import dev.prima.journey.internal.Chronology;
import dev.prima.touchpoint.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The cycle of service of one case (Albrecht): the moments of truth the citizen lived through, in
 * order, with the waits between them and the lead time. Built from touchpoints with {@link
 * #of(String, List, boolean, Instant)}; free of engine types.
 *
 * @param caseId the case all moments belong to
 * @param moments the moments in the order the citizen met them
 * @param finished whether the case has ended
 * @param start the first known start of a moment; {@code null} when no start is known
 * @param end the last end of a moment; {@code null} while the case is unfinished or any moment is
 *     active
 * @param leadTime {@code end - start}, or the time from {@code start} until the {@code now} the
 *     cycle was built at while {@code end} is null; {@code null} when {@code start} is
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ServiceCycle(
    String caseId,
    List<Moment> moments,
    boolean finished,
    Instant start,
    Instant end,
    Duration leadTime) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final String[] TIMELINE_COLUMNS = {
    "timeline.moment",
    "timeline.role",
    "timeline.person",
    "timeline.start",
    "timeline.wait",
    "timeline.timeIn",
    "timeline.outcome"
  };
  private static final String BUNDLE = "dev.prima.journey.messages";
  private static final String UNKNOWN = "-";

  /**
   * Checks that the cycle is consistent; prefer {@link #of(String, List, boolean, Instant)}, which
   * computes the times.
   *
   * @param caseId the case; not null
   * @param moments at least one, all of case {@code caseId}
   * @param finished whether the case has ended
   * @param start the first known start, or {@code null}
   * @param end the last end, or {@code null}; only for a finished case, not before {@code start}
   * @param leadTime not negative, or {@code null}
   * @throws IllegalArgumentException when the values contradict each other
   */
  public ServiceCycle {
    Objects.requireNonNull(caseId, "caseId must not be null");
    Objects.requireNonNull(moments, "moments must not be null");
    moments = List.copyOf(moments);
    if (moments.isEmpty()) {
      throw new IllegalArgumentException("a service cycle needs at least one moment: " + caseId);
    }
    for (Moment moment : moments) {
      if (!moment.touchpoint().caseId().equals(caseId)) {
        throw new IllegalArgumentException(
            "all moments must belong to case "
                + caseId
                + ", but touchpoint "
                + moment.touchpoint().id()
                + " belongs to case "
                + moment.touchpoint().caseId());
      }
    }
    if (end != null && !finished) {
      throw new IllegalArgumentException(
          "an unfinished case has no end, but case " + caseId + " has end " + end);
    }
    if (end != null && start != null && end.isBefore(start)) {
      throw new IllegalArgumentException(
          "end must not be before start, but was " + end + " < " + start + " for case " + caseId);
    }
    if (leadTime != null && leadTime.isNegative()) {
      throw new IllegalArgumentException(
          "leadTime must not be negative, but was " + leadTime + " for case " + caseId);
    }
  }

  /**
   * {@return the cycle of service of one case from its touchpoints}
   *
   * <p>Touchpoints are ordered by start, then by {@link Touchpoint#sequence()}; one without a start
   * is placed by its sequence, just before the first timed touchpoint with a higher one. Active
   * moments count their time up to {@code now}, as does the lead time of an unfinished case. Times
   * are never negative: a {@code now} before a recorded start counts as zero.
   *
   * <pre>{@code
   * ServiceCycle cycle = ServiceCycle.of("case-42", journal.touchpointsOf("case-42"), true, now);
   * log.info("\n{}", cycle.toTimeline(ZoneId.of("Asia/Jakarta")));
   * }</pre>
   *
   * @param caseId the case; every touchpoint must belong to it
   * @param touchpoints the case's touchpoints in any order, each once
   * @param finished whether the case (its top-level process instance) has ended
   * @param now the present, for active moments and unfinished cases
   * @throws IllegalArgumentException if there are no touchpoints, one belongs to another case, or a
   *     touchpoint id occurs twice
   * @throws NullPointerException if an argument or a touchpoint is null
   */
  public static ServiceCycle of(
      String caseId, List<Touchpoint> touchpoints, boolean finished, Instant now) {
    Objects.requireNonNull(caseId, "caseId must not be null");
    Objects.requireNonNull(touchpoints, "touchpoints must not be null");
    Objects.requireNonNull(now, "now must not be null");
    if (touchpoints.isEmpty()) {
      throw new IllegalArgumentException(
          "touchpoints must not be empty: case " + caseId + " has no moment of truth to show");
    }
    Set<String> ids = new HashSet<>();
    for (Touchpoint touchpoint : touchpoints) {
      Objects.requireNonNull(touchpoint, "touchpoints must not contain null");
      if (!touchpoint.caseId().equals(caseId)) {
        throw new IllegalArgumentException(
            "all touchpoints must belong to case "
                + caseId
                + ", but "
                + touchpoint.id()
                + " belongs to case "
                + touchpoint.caseId());
      }
      if (!ids.add(touchpoint.id())) {
        throw new IllegalArgumentException(
            "each touchpoint must occur once, but "
                + touchpoint.id()
                + " occurs twice in case "
                + caseId
                + "; pass only its latest version");
      }
    }

    List<Moment> moments = new ArrayList<>(touchpoints.size());
    Instant latestEnd = null;
    boolean anyActive = false;
    for (Touchpoint touchpoint : Chronology.order(touchpoints)) {
      moments.add(
          new Moment(
              touchpoint,
              waitBefore(touchpoint, moments.isEmpty(), latestEnd, anyActive),
              timeIn(touchpoint, now)));
      if (touchpoint.isActive()) {
        anyActive = true;
      } else if (latestEnd == null || touchpoint.end().isAfter(latestEnd)) {
        latestEnd = touchpoint.end();
      }
    }

    Instant start =
        moments.stream()
            .map(m -> m.touchpoint().start())
            .filter(Objects::nonNull)
            .min(Instant::compareTo)
            .orElse(null);
    Instant end = finished && !anyActive ? latestEnd : null;
    Duration leadTime = null;
    if (start != null) {
      leadTime = nonNegative(Duration.between(start, end != null ? end : now));
    }
    return new ServiceCycle(caseId, moments, finished, start, end, leadTime);
  }

  /**
   * The gap since the latest earlier end, plus, once an officer took the moment ({@link
   * Touchpoint#served()}), the time in the queue before that.
   */
  private static Duration waitBefore(
      Touchpoint touchpoint, boolean first, Instant latestEnd, boolean earlierStillActive) {
    Duration queued = queued(touchpoint);
    if (first) {
      return queued;
    }
    if (touchpoint.start() == null) {
      return null;
    }
    if (earlierStillActive || latestEnd == null || !latestEnd.isBefore(touchpoint.start())) {
      return queued;
    }
    return Duration.between(latestEnd, touchpoint.start()).plus(queued);
  }

  /** From the start of a moment to the officer taking it; zero when nobody took it (yet). */
  private static Duration queued(Touchpoint touchpoint) {
    if (touchpoint.start() == null || touchpoint.served() == null) {
      return Duration.ZERO;
    }
    return nonNegative(Duration.between(touchpoint.start(), touchpoint.served()));
  }

  /** From the officer taking the moment, else from its start, to its end or {@code now}. */
  private static Duration timeIn(Touchpoint touchpoint, Instant now) {
    if (touchpoint.start() == null) {
      return null;
    }
    Instant from = touchpoint.served() != null ? touchpoint.served() : touchpoint.start();
    return nonNegative(Duration.between(from, touchpoint.isActive() ? now : touchpoint.end()));
  }

  private static Duration nonNegative(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }

  /** {@return the moments' names in order, e.g. {@code [Submit application, Verify documents]}} */
  public List<String> momentNames() {
    return moments.stream().map(Moment::name).toList();
  }

  /** {@return the BPMN element ids of the moments in order: the path this case took} */
  public List<String> elementIds() {
    return moments.stream().map(m -> m.touchpoint().elementId()).toList();
  }

  /** {@return the people who served this case, each once, in the order they first appear} */
  public List<String> servedBy() {
    Set<String> users = new LinkedHashSet<>();
    for (Moment moment : moments) {
      if (moment.touchpoint().userId() != null) {
        users.add(moment.touchpoint().userId());
      }
    }
    return List.copyOf(users);
  }

  /** {@return the sum of the known waits before the moments; unknown waits are left out} */
  public Duration totalWait() {
    return moments.stream()
        .map(Moment::waitBefore)
        .filter(Objects::nonNull)
        .reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * {@return the moment the citizen is at now: the last active one in order, when several run in
   * parallel}
   */
  public Optional<Moment> active() {
    for (int i = moments.size() - 1; i >= 0; i--) {
      if (moments.get(i).isActive()) {
        return Optional.of(moments.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * {@link #toTimeline(ZoneId)} with start times in UTC.
   *
   * @return the timeline as text, one line per moment
   */
  public String toTimeline() {
    return toTimeline(ZoneOffset.UTC);
  }

  /**
   * {@return a fixed-width text table of this cycle, for logs, reports and assertion messages: a
   * header, one line per moment (name, role, person, start as ISO local time in {@code zone} to the
   * second, wait before, time in, outcome) and a last line with the lead time} Unknown values print
   * as {@code -}, durations as {@link Durations#format(Duration)}; lines end with {@code \n} except
   * the last, and carry no trailing spaces.
   *
   * <pre>
   * moment             role     person  start     wait    time in  outcome
   * Submit request     citizen  -       09:00:00  0s      15m      COMPLETED
   * Verify documents   clerk    budi    09:30:00  15m     1h 20m   COMPLETED
   * Issue certificate  head     sari    11:00:03  10m 2s  4m 57s   ACTIVE
   * lead time 2h 5m (running)
   * </pre>
   *
   * @param zone the zone start times are shown in
   */
  public String toTimeline(ZoneId zone) {
    return toTimeline(zone, Locale.ENGLISH);
  }

  /**
   * {@link #toTimeline(ZoneId)} in the language of {@code locale}: Bahasa Indonesia for {@code id}
   * (headers, outcomes, durations such as {@code 2 hari 3 jam}), English otherwise. Moment names
   * are the model's own.
   *
   * @param zone the zone start times are shown in
   * @param locale the reader's locale
   * @return the timeline as text, one line per moment
   */
  public String toTimeline(ZoneId zone, Locale locale) {
    Objects.requireNonNull(zone, "zone must not be null");
    Messages texts = Messages.of(BUNDLE, locale, ServiceCycle.class);
    Locale language = texts.locale();
    String[] header = new String[TIMELINE_COLUMNS.length];
    for (int column = 0; column < header.length; column++) {
      header[column] = texts.text(TIMELINE_COLUMNS[column]);
    }
    List<String[]> rows = new ArrayList<>(moments.size() + 1);
    rows.add(header);
    for (Moment moment : moments) {
      Touchpoint touchpoint = moment.touchpoint();
      rows.add(
          new String[] {
            moment.name(),
            orUnknown(touchpoint.role()),
            orUnknown(touchpoint.userId()),
            touchpoint.start() == null
                ? UNKNOWN
                : TIME.format(touchpoint.start().atZone(zone).truncatedTo(ChronoUnit.SECONDS)),
            formatOrUnknown(moment.waitBefore(), language),
            formatOrUnknown(moment.timeIn(), language),
            texts.text("outcome." + touchpoint.outcome().name())
          });
    }
    int[] widths = new int[header.length];
    for (String[] row : rows) {
      for (int column = 0; column < row.length; column++) {
        widths[column] = Math.max(widths[column], row[column].length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int column = 0; column < row.length; column++) {
        line.append(row[column]);
        if (column < row.length - 1) {
          line.append(" ".repeat(widths[column] - row[column].length() + 2));
        }
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    String lead = formatOrUnknown(leadTime, language);
    text.append(
        end == null
            ? texts.text("timeline.leadTimeRunning", lead)
            : texts.text("timeline.leadTime", lead));
    return text.toString();
  }

  private static String orUnknown(String value) {
    return value == null || value.isBlank() ? UNKNOWN : value;
  }

  private static String formatOrUnknown(Duration duration) {
    return duration == null ? UNKNOWN : Durations.format(duration);
  }

  private static String formatOrUnknown(Duration duration, Locale locale) {
    return duration == null ? UNKNOWN : Durations.format(duration, locale);
  }

  @Override
  public String toString() {
    return "ServiceCycle["
        + caseId
        + ", "
        + moments.size()
        + (moments.size() == 1 ? " moment" : " moments")
        + ", "
        + (end != null ? "finished" : "running")
        + ", lead time "
        + formatOrUnknown(leadTime)
        + "]";
  }
}
