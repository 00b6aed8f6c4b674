package dev.prima.journey.internal;

import dev.prima.internal.Arguments;
import dev.prima.journey.Journeys;
import dev.prima.journey.ServiceCycle;
import dev.prima.journey.ServiceProfile;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointJournal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** {@link Journeys} over the journal; the engine tells which top-level instances still run. */
public final class JournalJourneys implements Journeys {

  private static final int CASES_PER_QUERY = 500;

  private final TouchpointJournal journal;
  private final Function<Set<String>, Set<String>> runningInstances;
  private final Clock clock;
  private final BiFunction<Touchpoint, Locale, String> momentNames;

  /**
   * @param runningInstances given top-level process instance ids, returns those still running
   * @param momentNames a touchpoint's moment name in a reader's locale
   */
  public JournalJourneys(
      TouchpointJournal journal,
      Function<Set<String>, Set<String>> runningInstances,
      Clock clock,
      BiFunction<Touchpoint, Locale, String> momentNames) {
    this.journal = Objects.requireNonNull(journal, "journal must not be null");
    this.runningInstances =
        Objects.requireNonNull(runningInstances, "runningInstances must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.momentNames = Objects.requireNonNull(momentNames, "momentNames must not be null");
  }

  @Override
  public Optional<ServiceCycle> cycleOf(String caseId) {
    return cycle(caseId, null);
  }

  @Override
  public Optional<ServiceCycle> cycleOf(String caseId, Locale locale) {
    return cycle(caseId, Objects.requireNonNull(locale, "locale must not be null"));
  }

  @Override
  public Optional<ServiceProfile> profileOf(String processDefinitionKey, Instant from, Instant to) {
    return profile(processDefinitionKey, from, to, null);
  }

  @Override
  public Optional<ServiceProfile> profileOf(
      String processDefinitionKey, Instant from, Instant to, Locale locale) {
    return profile(
        processDefinitionKey, from, to, Objects.requireNonNull(locale, "locale must not be null"));
  }

  /** The touchpoints with their moments named for {@code locale}; as recorded when it is null. */
  private List<Touchpoint> named(List<Touchpoint> touchpoints, Locale locale) {
    if (locale == null) {
      return touchpoints;
    }
    List<Touchpoint> named = new ArrayList<>(touchpoints.size());
    for (Touchpoint t : touchpoints) {
      named.add(t.withMoment(momentNames.apply(t, locale)));
    }
    return named;
  }

  private Optional<ServiceCycle> cycle(String caseId, Locale locale) {
    Arguments.key("caseId", caseId);
    List<Touchpoint> touchpoints = named(journal.query().caseId(caseId).list(), locale);
    if (touchpoints.isEmpty()) {
      return Optional.empty();
    }
    Set<String> roots = new LinkedHashSet<>();
    touchpoints.forEach(t -> roots.add(t.rootProcessInstanceId()));
    boolean finished = runningInstances.apply(roots).isEmpty();
    return Optional.of(ServiceCycle.of(caseId, touchpoints, finished, clock.instant()));
  }

  private Optional<ServiceProfile> profile(
      String processDefinitionKey, Instant from, Instant to, Locale locale) {
    Arguments.key("processDefinitionKey", processDefinitionKey);
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, but was " + from + " and " + to);
    }
    // A case belongs to the period when its first touchpoint of the process started in it; then
    // all its touchpoints before `to` lie in the period too. So one read of the period's
    // touchpoints holds every case's whole history, and a second, small read finds the cases that
    // began earlier (they have a touchpoint before `from`) to leave them out. Reading the cases'
    // histories again would read the period twice (measured: #21, benchmarks scale scenario).
    Map<String, List<Touchpoint>> byCase = new LinkedHashMap<>();
    for (Touchpoint t :
        journal
            .query()
            .processDefinitionKey(processDefinitionKey)
            .startedAfter(from)
            .startedBefore(to)
            .list()) {
      byCase.computeIfAbsent(t.caseId(), c -> new ArrayList<>()).add(t);
    }
    List<String> ids = new ArrayList<>(byCase.keySet());
    for (int i = 0; i < ids.size(); i += CASES_PER_QUERY) {
      for (Touchpoint earlier :
          journal
              .query()
              .processDefinitionKey(processDefinitionKey)
              .caseIdIn(ids.subList(i, Math.min(ids.size(), i + CASES_PER_QUERY)))
              .startedBefore(from)
              .list()) {
        byCase.remove(earlier.caseId());
      }
    }
    if (byCase.isEmpty()) {
      return Optional.empty();
    }
    Set<String> roots = new LinkedHashSet<>();
    byCase.values().forEach(list -> list.forEach(t -> roots.add(t.rootProcessInstanceId())));
    Set<String> running = runningInstances.apply(roots);
    Instant now = clock.instant();
    List<ServiceCycle> cycles = new ArrayList<>(byCase.size());
    byCase.forEach(
        (caseId, list) -> {
          boolean finished =
              list.stream().noneMatch(t -> running.contains(t.rootProcessInstanceId()));
          cycles.add(ServiceCycle.of(caseId, named(list, locale), finished, now));
        });
    return Optional.of(ServiceProfile.of(processDefinitionKey, cycles));
  }
}
