package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * How citizens took part in one service over a period: the participative outcome of excellent
 * service. A case belongs to the period when its first touchpoint started in {@code [from, to)}; a
 * complaint when it was lodged in it. Each ratio is empty when its denominator is zero.
 *
 * @param cases cases of the service in the period
 * @param complaints complaints (not suggestions) lodged about the service in the period
 * @param suggestions suggestions lodged about it in the period
 * @param surveyResponses SKM survey responses, as given
 * @param voiceRate complaints per 1,000 cases
 * @param surveyResponseRate survey responses per case
 * @param answeredInTime of the complaints that are answered or past their deadline, the share
 *     answered by their deadline (a complaint still within its deadline is not counted yet)
 * @param exitRates per touchpoint element reached by a case, in order of first reach
 * @param serviceKey the service
 * @param from the start of the period, inclusive
 * @param to the end of the period, exclusive
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Participation(
    String serviceKey,
    Instant from,
    Instant to,
    long cases,
    long complaints,
    long suggestions,
    long surveyResponses,
    OptionalDouble voiceRate,
    OptionalDouble surveyResponseRate,
    OptionalDouble answeredInTime,
    List<ExitRate> exitRates) {

  /**
   * Checks the required values and copies the exit rates.
   *
   * @param serviceKey the service
   * @param from the start of the period, inclusive
   * @param to the end of the period, exclusive
   * @param cases cases in the period
   * @param complaints complaints in the period
   * @param suggestions suggestions in the period
   * @param surveyResponses SKM survey responses
   * @param voiceRate complaints per 1,000 cases
   * @param surveyResponseRate survey responses per case
   * @param answeredInTime the share of complaints answered in time
   * @param exitRates the exit rate per touchpoint element
   */
  public Participation {
    Objects.requireNonNull(serviceKey, "serviceKey must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    exitRates = List.copyOf(exitRates);
  }

  /**
   * Computes participation from the touchpoints of the service's cases and the complaints about it;
   * pure, so it runs without an engine.
   *
   * @param touchpoints touchpoints of the service, any period (filtered here by case start)
   * @param complaints complaints and suggestions, any service and period (filtered here)
   * @param now when complaints are judged overdue
   * @param serviceKey the service
   * @param from the start of the period, inclusive
   * @param to the end of the period, exclusive
   * @param surveyResponses the number of SKM survey responses, as given
   * @return the participation
   */
  public static Participation of(
      String serviceKey,
      Instant from,
      Instant to,
      List<Touchpoint> touchpoints,
      List<Complaint> complaints,
      long surveyResponses,
      Instant now) {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, but was " + from + " >= " + to);
    }
    if (surveyResponses < 0) {
      throw new IllegalArgumentException(
          "surveyResponses must not be negative, but was " + surveyResponses);
    }
    Map<String, List<Touchpoint>> byCase = new LinkedHashMap<>();
    touchpoints.stream()
        .sorted(Comparator.comparingLong(Touchpoint::sequence))
        .forEach(t -> byCase.computeIfAbsent(t.caseId(), id -> new ArrayList<>()).add(t));
    byCase.values().removeIf(list -> !inPeriod(firstStart(list), from, to));

    Map<String, Set<String>> reached = new LinkedHashMap<>();
    Map<String, Set<String>> exited = new HashMap<>();
    for (Map.Entry<String, List<Touchpoint>> entry : byCase.entrySet()) {
      String caseId = entry.getKey();
      Touchpoint latest = null;
      for (Touchpoint t : entry.getValue()) {
        if (t.kind() == TouchpointKind.EXIT) {
          if (latest != null) {
            exited.computeIfAbsent(latest.elementId(), e -> new HashSet<>()).add(caseId);
          }
        } else if (isServiceMoment(t)) {
          latest = t;
          reached.computeIfAbsent(t.elementId(), e -> new HashSet<>()).add(caseId);
        }
      }
    }
    List<ExitRate> exitRates = new ArrayList<>();
    reached.forEach(
        (element, cases) ->
            exitRates.add(
                new ExitRate(
                    element, cases.size(), exited.getOrDefault(element, Set.of()).size())));

    long complaintCount = 0;
    long suggestionCount = 0;
    long judged = 0;
    long inTime = 0;
    for (Complaint c : complaints) {
      if (!serviceKey.equals(c.serviceKey()) || !inPeriod(c.lodged(), from, to)) {
        continue;
      }
      if (c.kind() == VoiceKind.SUGGESTION) {
        suggestionCount++;
        continue;
      }
      complaintCount++;
      if (c.isAnswered() || c.isOverdue(now)) {
        judged++;
        if (c.answeredInTime().orElse(false)) {
          inTime++;
        }
      }
    }
    long cases = byCase.size();
    return new Participation(
        serviceKey,
        from,
        to,
        cases,
        complaintCount,
        suggestionCount,
        surveyResponses,
        ratio(complaintCount * 1000.0, cases),
        ratio(surveyResponses, cases),
        ratio(inTime, judged),
        exitRates);
  }

  /**
   * {@return the exit rate of one element, if a case reached it}
   *
   * @param elementId the BPMN element id
   */
  public java.util.Optional<ExitRate> exitRateOf(String elementId) {
    return exitRates.stream().filter(r -> r.elementId().equals(elementId)).findFirst();
  }

  /** A moment of the service itself, not one Prima recorded about it (exit, voice, entry). */
  private static boolean isServiceMoment(Touchpoint t) {
    return t.kind() != TouchpointKind.VOICE && !t.elementId().startsWith("prima:");
  }

  private static Instant firstStart(List<Touchpoint> list) {
    return list.stream()
        .map(Touchpoint::start)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  private static boolean inPeriod(Instant instant, Instant from, Instant to) {
    return instant != null && !instant.isBefore(from) && instant.isBefore(to);
  }

  private static OptionalDouble ratio(double numerator, long denominator) {
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(numerator / denominator);
  }
}
