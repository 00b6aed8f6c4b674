package dev.prima.report.internal;

import dev.prima.Prima;
import dev.prima.journey.ServiceCycle;
import dev.prima.touchpoint.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A report period's cases read once, in one streamed statement: the cycles the report shows
 * (service steps only, placed by the whole cycle's start) and the service's touchpoints its
 * participation counts (cases placed by their first touchpoint of the service). Replaced a read of
 * the period, a read of its cases in batches of 500 and the same two reads again for participation
 * (#21).
 */
final class PeriodCases implements Consumer<Touchpoint> {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodCases.class);

  /** Cases whose running instances are asked of the engine in one query. */
  private static final int CASES_PER_ENGINE_QUERY = 500;

  /** A case read, waiting for the engine to say whether it still runs. */
  private record Pending(String caseId, List<Touchpoint> touchpoints, long rankStart, long rank) {}

  /** A cycle of the period with where the period's read of the service first met its case. */
  private record Ranked(ServiceCycle cycle, long rankStart, long rank) {}

  private final Prima prima;
  private final String serviceKey;
  private final Instant from;
  private final Instant to;
  private final Locale locale;
  private final Instant now;
  private final List<Pending> pending = new ArrayList<>();
  private final List<Ranked> kept = new ArrayList<>();
  private final Map<String, List<Touchpoint>> aside = new HashMap<>();
  private final List<Touchpoint> serviceTouchpoints = new ArrayList<>();
  private List<Touchpoint> current = new ArrayList<>();
  private String currentCase;
  private long engineNanos;
  private int touchpointsRead;

  private PeriodCases(
      Prima prima, String serviceKey, Instant from, Instant to, Locale locale, Instant now) {
    this.prima = prima;
    this.serviceKey = serviceKey;
    this.from = from;
    this.to = to;
    this.locale = locale;
    this.now = now;
  }

  /** Reads the cases with a touchpoint of {@code serviceKey} started in {@code [from, to)}. */
  static PeriodCases read(
      Prima prima, String serviceKey, Instant from, Instant to, Locale locale, Instant now) {
    long began = System.nanoTime();
    PeriodCases period = new PeriodCases(prima, serviceKey, from, to, locale, now);
    prima
        .touchpoints()
        .query()
        .ofCasesTouchedIn(serviceKey, from, to)
        .orderByCase()
        // the profile needs no waits; the case the report shows is read again with them
        .withoutServed()
        .forEach(period);
    period.endCase();
    period.resolve();
    // the order the period's read of the service met the cases in (start, then sequence), as the
    // report listed them before: it decides the first case shown and ties between the slowest
    period.kept.sort(Comparator.comparingLong(Ranked::rankStart).thenComparingLong(Ranked::rank));
    LOG.debug(
        "Period's cases of {}: {} touchpoints read and {} cycles kept in {} ms, {} ms of it"
            + " asking the engine which cases still run",
        serviceKey,
        period.touchpointsRead,
        period.kept.size(),
        (System.nanoTime() - began) / 1_000_000,
        period.engineNanos / 1_000_000);
    return period;
  }

  @Override
  public void accept(Touchpoint touchpoint) {
    if (currentCase != null && !currentCase.equals(touchpoint.caseId())) {
      endCase();
    }
    currentCase = touchpoint.caseId();
    current.add(touchpoint);
    touchpointsRead++;
  }

  /** The period's cycles of service steps, in the order the period's read met their cases. */
  List<ServiceCycle> cycles() {
    return kept.stream().map(Ranked::cycle).toList();
  }

  /**
   * The cycle of one of the period's cases read again with when each step was first served (the
   * period's read leaves that out): the waits the report draws for the case it shows.
   */
  ServiceCycle withServed(ServiceCycle cycle) {
    List<Touchpoint> named = new ArrayList<>();
    for (Touchpoint t : prima.touchpoints().query().caseId(cycle.caseId()).list()) {
      named.add(t.withMoment(prima.modelTexts().momentOf(t, locale)));
    }
    if (named.isEmpty()) {
      return cycle; // purged in between: the period's read is all there is
    }
    return ReportData.serviceSteps(
            ServiceCycle.of(cycle.caseId(), named, cycle.finished(), now), now, new HashMap<>())
        .orElse(cycle);
  }

  /** What was recorded about a case that is no step of the service (complaints, suggestions). */
  List<Touchpoint> aside(String caseId) {
    return aside.getOrDefault(caseId, List.of());
  }

  /** The service's touchpoints of the cases whose first touchpoint of it started in the period. */
  List<Touchpoint> serviceTouchpoints() {
    return serviceTouchpoints;
  }

  private void endCase() {
    if (currentCase == null) {
      return;
    }
    List<Touchpoint> named = new ArrayList<>(current.size());
    long rankStart = Long.MAX_VALUE;
    long rank = Long.MAX_VALUE;
    for (Touchpoint t : current) {
      named.add(t.withMoment(prima.modelTexts().momentOf(t, locale)));
      if (serviceKey.equals(t.processDefinitionKey()) && inPeriod(t.start())) {
        long start = t.start().toEpochMilli();
        if (start < rankStart || (start == rankStart && t.sequence() < rank)) {
          rankStart = start;
          rank = t.sequence();
        }
      }
    }
    pending.add(new Pending(currentCase, named, rankStart, rank));
    current = new ArrayList<>();
    currentCase = null;
    if (pending.size() >= CASES_PER_ENGINE_QUERY) {
      resolve();
    }
  }

  /** Asks the engine which of the pending cases still run, then keeps what the report needs. */
  private void resolve() {
    if (pending.isEmpty()) {
      return;
    }
    Set<String> roots = new HashSet<>();
    pending.forEach(p -> p.touchpoints().forEach(t -> roots.add(t.rootProcessInstanceId())));
    long asked = System.nanoTime();
    Set<String> running = running(roots);
    engineNanos += System.nanoTime() - asked;
    for (Pending p : pending) {
      boolean finished =
          p.touchpoints().stream().noneMatch(t -> running.contains(t.rootProcessInstanceId()));
      countForParticipation(p.touchpoints());
      ServiceCycle cycle = ServiceCycle.of(p.caseId(), p.touchpoints(), finished, now);
      Map<String, List<Touchpoint>> besides = new HashMap<>();
      Optional<ServiceCycle> steps = ReportData.serviceSteps(cycle, now, besides);
      if (steps.isPresent() && steps.get().start() != null && inPeriod(steps.get().start())) {
        kept.add(new Ranked(steps.get(), p.rankStart(), p.rank()));
        aside.putAll(besides);
      }
    }
    pending.clear();
  }

  /** Keeps the case's touchpoints of the service when its first one started in the period. */
  private void countForParticipation(List<Touchpoint> touchpoints) {
    List<Touchpoint> ofService =
        touchpoints.stream().filter(t -> serviceKey.equals(t.processDefinitionKey())).toList();
    Instant first =
        ofService.stream()
            .map(Touchpoint::start)
            .filter(start -> start != null)
            .min(Comparator.naturalOrder())
            .orElse(null);
    if (first != null && inPeriod(first)) {
      serviceTouchpoints.addAll(ofService);
    }
  }

  private Set<String> running(Set<String> processInstanceIds) {
    Set<String> running = new HashSet<>();
    List<String> ids = new ArrayList<>(processInstanceIds);
    for (int i = 0; i < ids.size(); i += CASES_PER_ENGINE_QUERY) {
      prima
          .processEngine()
          .getRuntimeService()
          .createProcessInstanceQuery()
          .processInstanceIds(
              new HashSet<>(ids.subList(i, Math.min(ids.size(), i + CASES_PER_ENGINE_QUERY))))
          .list()
          .forEach(instance -> running.add(instance.getId()));
    }
    return running;
  }

  private boolean inPeriod(Instant instant) {
    return instant != null && !instant.isBefore(from) && instant.isBefore(to);
  }
}
