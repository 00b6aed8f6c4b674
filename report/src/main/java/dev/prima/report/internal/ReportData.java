package dev.prima.report.internal;

import dev.prima.Prima;
import dev.prima.journey.Moment;
import dev.prima.journey.ServiceCycle;
import dev.prima.journey.ServiceProfile;
import dev.prima.journey.TouchpointStats;
import dev.prima.people.StaffAccountability;
import dev.prima.quality.SkmResult;
import dev.prima.report.ReportException;
import dev.prima.strategy.Breach;
import dev.prima.strategy.ServiceStandard;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointKind;
import dev.prima.voice.Participation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one report shows, read from the engine and the journal at one moment.
 *
 * @param heat the heatmap bucket (1 fastest to {@value #HEAT_BUCKETS} slowest) per element with a
 *     median
 * @param breachesByElement touchpoint-target breaches in the period per element
 * @param chosenCase the slowest finished case of the period, else its first; {@code null} when the
 *     period has no case
 * @param chosenReason the bundle key of why this case was chosen; {@code null} without a case
 * @param chosenDue when the standard's lead time ran out for the chosen case; {@code null} without
 *     a standard or case
 * @param chosenAside what Prima recorded about the chosen case that is no step of the service
 *     (complaints, suggestions): listed beside the case, not drawn into it
 */
public record ReportData(
    String serviceKey,
    Instant from,
    Instant to,
    ZoneId zone,
    Instant generated,
    String definitionName,
    int definitionVersion,
    String bpmnXml,
    ServiceProfile profile,
    Map<String, Integer> heat,
    ServiceStandard standard,
    List<Breach> breaches,
    Map<String, Integer> breachesByElement,
    ServiceCycle chosenCase,
    String chosenReason,
    Instant chosenDue,
    List<Touchpoint> chosenAside,
    Participation participation,
    List<StaffAccountability> accountability,
    SkmResult survey) {

  private static final Logger LOG = LoggerFactory.getLogger(ReportData.class);

  /** How many colours the heatmap has. */
  public static final int HEAT_BUCKETS = 5;

  /** The element id prefix of the touchpoints Prima records itself (voice, exits). */
  static final String PRIMA_ELEMENT_PREFIX = "prima:";

  /**
   * Reads what a report of {@code serviceKey} over {@code [from, to)} shows, the model's texts in
   * the language of {@code locale}.
   */
  public static ReportData collect(
      Prima prima,
      String serviceKey,
      Instant from,
      Instant to,
      ZoneId zone,
      SkmResult survey,
      Locale locale) {
    long began = System.nanoTime();
    RepositoryService repository = prima.processEngine().getRepositoryService();
    ProcessDefinition definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(serviceKey)
            .latestVersion()
            .list()
            .stream()
            .findFirst()
            .orElseThrow(
                () ->
                    new ReportException(
                        "No process definition with key '"
                            + serviceKey
                            + "' is deployed on engine '"
                            + prima.name()
                            + "'. Fix: pass the key of a deployed BPMN process (its"
                            + " <bpmn:process id>)."));
    String xml = prima.modelTexts().diagramOf(definition.getId(), locale);
    ServiceStandard standard = prima.standards().of(serviceKey, locale).orElse(null);
    // the breaches of the cases and steps begun in the period, by the index on their start
    Map<Integer, String> idByVersion = new HashMap<>();
    List<Breach> breaches =
        prima.standards().breachesOfServiceStarted(serviceKey, from, to).stream()
            .map(b -> named(b, prima, definition, idByVersion, locale))
            .toList();
    long breachesRead = System.nanoTime();
    Map<String, Integer> byElement = new TreeMap<>();
    for (Breach breach : breaches) {
      if (breach.elementId() != null) {
        byElement.merge(breach.elementId(), 1, Integer::sum);
      }
    }

    // counted by the database: a few numbers per staff member
    List<StaffAccountability> accountability = prima.people().accountability(from, to);
    long accountabilityRead = System.nanoTime();
    Instant now = prima.clock().instant();
    PeriodCases period = PeriodCases.read(prima, serviceKey, from, to, locale, now);
    List<ServiceCycle> cycles = period.cycles();
    long periodRead = System.nanoTime();
    ServiceProfile profile = cycles.isEmpty() ? null : ServiceProfile.of(serviceKey, cycles);
    ServiceCycle chosen = null;
    String reason = null;
    Optional<ServiceCycle> slowest =
        cycles.stream()
            .filter(c -> c.finished() && c.leadTime() != null)
            .max(Comparator.comparing(ServiceCycle::leadTime));
    if (slowest.isPresent()) {
      chosen = slowest.get();
      reason = "report.cycle.reason.slowest";
    } else if (!cycles.isEmpty()) {
      chosen = cycles.get(0);
      reason = "report.cycle.reason.first";
    }
    if (chosen != null) {
      chosen = period.withServed(chosen);
    }
    Instant due =
        chosen != null && standard != null && chosen.start() != null
            ? prima.standards().calendar().add(chosen.start(), standard.leadTime())
            : null;
    long profiled = System.nanoTime();
    long surveyResponses = survey == null ? 0 : survey.respondents();
    Participation participation =
        Participation.of(
            serviceKey,
            from,
            to,
            period.serviceTouchpoints(),
            prima.voice().complaintsOfService(serviceKey, from, to, Set.of()),
            surveyResponses,
            now.truncatedTo(ChronoUnit.MILLIS));
    if (LOG.isDebugEnabled()) {
      long done = System.nanoTime();
      LOG.debug(
          "Report data of {} for [{}, {}) in {} ms: model and breaches {} ms ({} breaches),"
              + " accountability {} ms, period's cases {} ms ({} cycles), profile {} ms,"
              + " participation {} ms",
          serviceKey,
          from,
          to,
          millis(began, done),
          millis(began, breachesRead),
          breaches.size(),
          millis(breachesRead, accountabilityRead),
          millis(accountabilityRead, periodRead),
          cycles.size(),
          millis(periodRead, profiled),
          millis(profiled, done));
    }
    return new ReportData(
        serviceKey,
        from,
        to,
        zone,
        prima.clock().instant(),
        prima
            .modelTexts()
            .nameOf(definition.getId(), serviceKey, locale)
            .orElse(definition.getName() == null ? serviceKey : definition.getName()),
        definition.getVersion(),
        xml,
        profile,
        heat(profile),
        standard,
        breaches,
        byElement,
        chosen,
        reason,
        due,
        chosen == null ? List.of() : period.aside(chosen.caseId()),
        participation,
        accountability,
        survey);
  }

  private static long millis(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1_000_000;
  }

  /**
   * The breach with its moment named as the definition it was recorded under names that element in
   * the reader's language, where it gives a text in it; else as recorded. That definition is the
   * version the journal recorded for the breached touchpoint; the drawn one stands in where the
   * service has one version only (no journal read then) or the journal no longer holds it.
   */
  private static Breach named(
      Breach b,
      Prima prima,
      ProcessDefinition drawn,
      Map<Integer, String> idByVersion,
      Locale locale) {
    if (b.elementId() == null || b.moment() == null) {
      return b;
    }
    return prima
        .modelTexts()
        .momentOf(recordedUnder(b, prima, drawn, idByVersion), b.elementId(), locale)
        .filter(moment -> !moment.equals(b.moment()))
        .map(
            moment ->
                new Breach(
                    b.id(),
                    b.kind(),
                    b.caseId(),
                    b.processInstanceId(),
                    b.processDefinitionKey(),
                    b.touchpointId(),
                    b.elementId(),
                    moment,
                    b.limit(),
                    b.started(),
                    b.due(),
                    b.detected()))
        .orElse(b);
  }

  /** The id of the definition version the breach's touchpoint was recorded under, see named. */
  private static String recordedUnder(
      Breach b, Prima prima, ProcessDefinition drawn, Map<Integer, String> idByVersion) {
    String drawnId = drawn.getId();
    if (drawn.getVersion() == 1) {
      return drawnId;
    }
    // by case first: the journal indexes cases, not process instances
    List<Touchpoint> recorded =
        prima
            .touchpoints()
            .query()
            .caseId(b.caseId())
            .processInstanceId(b.processInstanceId())
            .list();
    Optional<Touchpoint> breached =
        recorded.stream()
            .filter(t -> t.id().equals(b.touchpointId()))
            .findFirst()
            .or(() -> recorded.stream().findFirst());
    if (breached.isEmpty()
        || !breached.get().processDefinitionKey().equals(drawn.getKey())
        || breached.get().processDefinitionVersion() == drawn.getVersion()) {
      return drawnId;
    }
    return idByVersion.computeIfAbsent(
        breached.get().processDefinitionVersion(),
        version ->
            prima
                .processEngine()
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(drawn.getKey())
                .processDefinitionVersion(version)
                .list()
                .stream()
                .filter(d -> Objects.equals(d.getTenantId(), drawn.getTenantId()))
                .map(ProcessDefinition::getId)
                .findFirst()
                .orElse(drawnId));
  }

  /**
   * Whether a touchpoint is a step of the service path: not one Prima records itself about a case
   * (a complaint or suggestion, element ids {@code prima:...}), which may come days after the
   * service ended and must not lengthen its lead time.
   */
  static boolean isServiceStep(Touchpoint touchpoint) {
    return touchpoint.kind() != TouchpointKind.VOICE
        && (touchpoint.elementId() == null
            || !touchpoint.elementId().startsWith(PRIMA_ELEMENT_PREFIX));
  }

  /** The cycle rebuilt from its service steps only; the others are kept in {@code aside}. */
  static Optional<ServiceCycle> serviceSteps(
      ServiceCycle cycle, Instant now, Map<String, List<Touchpoint>> aside) {
    List<Touchpoint> all = cycle.moments().stream().map(Moment::touchpoint).toList();
    List<Touchpoint> steps = all.stream().filter(ReportData::isServiceStep).toList();
    if (steps.size() == all.size()) {
      return Optional.of(cycle);
    }
    aside.put(cycle.caseId(), all.stream().filter(t -> !isServiceStep(t)).toList());
    return steps.isEmpty()
        ? Optional.empty()
        : Optional.of(ServiceCycle.of(cycle.caseId(), steps, cycle.finished(), now));
  }

  /**
   * Ranks the distinct medians and spreads them evenly over the buckets: the fastest in the first,
   * the slowest in the last; a single median is the slowest.
   */
  static Map<String, Integer> heat(ServiceProfile profile) {
    Map<String, Integer> heat = new LinkedHashMap<>();
    if (profile == null) {
      return heat;
    }
    List<Duration> medians =
        profile.touchpoints().stream()
            .map(TouchpointStats::median)
            .filter(m -> m != null)
            .distinct()
            .sorted()
            .toList();
    for (TouchpointStats stats : profile.touchpoints()) {
      if (stats.median() != null) {
        int rank = medians.indexOf(stats.median());
        int last = medians.size() - 1;
        heat.put(
            stats.elementId(),
            last == 0
                ? HEAT_BUCKETS
                : 1 + (int) Math.round((double) rank * (HEAT_BUCKETS - 1) / last));
      }
    }
    return heat;
  }
}
