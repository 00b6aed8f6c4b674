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
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@link Journeys} over the journal; the engine tells which top-level instances still run. */
public final class JournalJourneys implements Journeys {

  private static final int CASES_PER_QUERY = 500;

  private final TouchpointJournal journal;
  private final Function<Set<String>, Set<String>> runningInstances;
  private final Supplier<Set<String>> runningCases;
  private final CaseSummaries summaries;
  private final Clock clock;
  private final BiFunction<Touchpoint, Locale, String> momentNames;

  /**
   * @param runningInstances given top-level process instance ids, returns those still running
   * @param runningCases the keys of the cases with a top-level instance running now
   * @param summaries the finished cases' summaries
   * @param momentNames a touchpoint's moment name in a reader's locale
   */
  public JournalJourneys(
      TouchpointJournal journal,
      Function<Set<String>, Set<String>> runningInstances,
      Supplier<Set<String>> runningCases,
      CaseSummaries summaries,
      Clock clock,
      BiFunction<Touchpoint, Locale, String> momentNames) {
    this.journal = Objects.requireNonNull(journal, "journal must not be null");
    this.runningInstances =
        Objects.requireNonNull(runningInstances, "runningInstances must not be null");
    this.runningCases = Objects.requireNonNull(runningCases, "runningCases must not be null");
    this.summaries = Objects.requireNonNull(summaries, "summaries must not be null");
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

  @Override
  public List<ServiceCycle> cyclesOf(Collection<String> caseIds) {
    return cycles(caseIds, null);
  }

  @Override
  public List<ServiceCycle> cyclesOf(Collection<String> caseIds, Locale locale) {
    return cycles(caseIds, Objects.requireNonNull(locale, "locale must not be null"));
  }

  private List<ServiceCycle> cycles(Collection<String> caseIds, Locale locale) {
    Objects.requireNonNull(caseIds, "caseIds must not be null");
    List<String> ids = new ArrayList<>(caseIds.size());
    Set<String> seen = new HashSet<>();
    for (String caseId : caseIds) {
      if (!seen.add(Arguments.key("case id in caseIds", caseId))) {
        throw new IllegalArgumentException(
            "each case id must occur once in caseIds, but " + caseId + " occurs twice");
      }
      ids.add(caseId);
    }
    Instant now = clock.instant();
    List<ServiceCycle> cycles = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i += CASES_PER_QUERY) {
      List<String> batch = ids.subList(i, Math.min(ids.size(), i + CASES_PER_QUERY));
      Map<String, List<Touchpoint>> byCase = new HashMap<>();
      Set<String> roots = new LinkedHashSet<>();
      for (Touchpoint t : journal.query().caseIdIn(batch).list()) {
        byCase.computeIfAbsent(t.caseId(), c -> new ArrayList<>()).add(t);
        roots.add(t.rootProcessInstanceId());
      }
      Set<String> running = roots.isEmpty() ? Set.of() : runningInstances.apply(roots);
      for (String caseId : batch) {
        List<Touchpoint> touchpoints = byCase.get(caseId);
        if (touchpoints != null) {
          boolean finished =
              touchpoints.stream().noneMatch(t -> running.contains(t.rootProcessInstanceId()));
          cycles.add(ServiceCycle.of(caseId, named(touchpoints, locale), finished, now));
        }
      }
    }
    return cycles;
  }

  private Optional<ServiceProfile> profile(
      String processDefinitionKey, Instant from, Instant to, Locale locale) {
    Arguments.key("processDefinitionKey", processDefinitionKey);
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, but was " + from + " and " + to);
    }
    // A case belongs to the period when its first touchpoint of the process started in it; its
    // cycle is its touchpoints of the process that started before `to`. A finished case (no
    // top-level instance running) reads them from its summary, one index range for the period
    // (#21: the period's touchpoints lie scattered over the journal's pages); a running case
    // reads them from the journal, as its summary, if any, is out of date.
    Set<String> runningCases = this.runningCases.get();
    Instant now = clock.instant();
    List<Placed> placed = new ArrayList<>();
    Map<List<Object>, String> names = new HashMap<>();
    for (CaseSummaries.Summary summary : summaries.begunIn(processDefinitionKey, from, to)) {
      if (!runningCases.contains(summary.caseId())) {
        CaseSummaries.Counted counted = summary.countedBefore(to);
        List<String> moments = locale == null ? counted.moments() : named(counted, locale, names);
        placed.add(
            new Placed(
                summary.startMillis(),
                summary.firstSequence(),
                tally ->
                    tally.add(
                        counted.caseId(),
                        counted.elementIds(),
                        moments,
                        counted.durations(),
                        counted.leadTime())));
      }
    }
    List<String> running = new ArrayList<>(runningCases);
    for (int i = 0; i < running.size(); i += CASES_PER_QUERY) {
      placed.addAll(
          runningCycles(
              processDefinitionKey,
              running.subList(i, Math.min(running.size(), i + CASES_PER_QUERY)),
              from,
              to,
              locale,
              now));
    }
    if (placed.isEmpty()) {
      return Optional.empty();
    }
    // the order of the journal's read by start: the first case of a path names its moments
    placed.sort(Comparator.comparingLong(Placed::startMillis).thenComparingLong(Placed::sequence));
    ProfileTally tally = new ProfileTally(processDefinitionKey);
    placed.forEach(p -> p.count().accept(tally));
    return Optional.of(tally.profile());
  }

  /** A finished case's moments named for {@code locale}, each distinct moment looked up once. */
  private List<String> named(
      CaseSummaries.Counted counted, Locale locale, Map<List<Object>, String> names) {
    List<String> named = new ArrayList<>(counted.moments().size());
    for (int i = 0; i < counted.moments().size(); i++) {
      int at = i;
      named.add(
          names.computeIfAbsent(
              Arrays.asList(
                  counted.versions().get(i),
                  counted.tenants().get(i),
                  counted.elementIds().get(i),
                  counted.moments().get(i)),
              k -> momentNames.apply(counted.touchpoint(at), locale)));
    }
    return named;
  }

  /** A case counted into the profile, with where the journal's read by start would place it. */
  private record Placed(long startMillis, long sequence, Consumer<ProfileTally> count) {}

  /** The cycles of those of some running cases whose first touchpoint of the process is in it. */
  private List<Placed> runningCycles(
      String processDefinitionKey,
      List<String> caseIds,
      Instant from,
      Instant to,
      Locale locale,
      Instant now) {
    Map<String, List<Touchpoint>> byCase = new LinkedHashMap<>();
    for (Touchpoint t :
        journal
            .query()
            .processDefinitionKey(processDefinitionKey)
            .caseIdIn(caseIds)
            .startedBefore(to)
            .list()) {
      byCase.computeIfAbsent(t.caseId(), c -> new ArrayList<>()).add(t);
    }
    // in start order: a case whose first touchpoint is before the period began earlier
    byCase.values().removeIf(list -> list.get(0).start().isBefore(from));
    Set<String> roots = new LinkedHashSet<>();
    byCase.values().forEach(list -> list.forEach(t -> roots.add(t.rootProcessInstanceId())));
    Set<String> running = roots.isEmpty() ? Set.of() : runningInstances.apply(roots);
    List<Placed> placed = new ArrayList<>(byCase.size());
    byCase.forEach(
        (caseId, list) -> {
          boolean finished =
              list.stream().noneMatch(t -> running.contains(t.rootProcessInstanceId()));
          Touchpoint first = list.get(0);
          ServiceCycle cycle = ServiceCycle.of(caseId, named(list, locale), finished, now);
          placed.add(new Placed(first.start().toEpochMilli(), first.sequence(), t -> t.add(cycle)));
        });
    return placed;
  }
}
