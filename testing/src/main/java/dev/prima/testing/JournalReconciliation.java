package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.testing.internal.JournalRows;
import dev.prima.testing.internal.JournalRows.Row;
import dev.prima.touchpoint.TouchpointProperties;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/**
 * Reconciles Prima's touchpoint journal with Camunda's activity history, touchpoint by touchpoint:
 * every activity instance of an element declared as a touchpoint must have exactly one opening row
 * (and, once ended, exactly one closing row), and every journal row of such an element must belong
 * to an activity instance Camunda recorded. Needs history level {@code activity} or higher. Use it
 * after any run that should leave an exact journal (several nodes, a crash, concurrency):
 *
 * <pre>{@code
 * JournalReconciliation.of(engine).assertExact();
 * }</pre>
 *
 * <p>Voice and exit touchpoints, which no BPMN element records, are not compared.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class JournalReconciliation {

  /** What is wrong with one touchpoint. */
  public enum Problem {
    /** Camunda recorded the activity instance; the journal has no row for it. */
    LOST,
    /** The activity instance ended; the journal never closed the touchpoint. */
    LOST_END,
    /** A journal row for an activity instance Camunda never recorded (a rolled-back one). */
    PHANTOM,
    /** The journal closed a touchpoint whose activity instance is still running. */
    PHANTOM_END,
    /** More than one opening or more than one closing row for one activity instance. */
    DUPLICATED
  }

  /**
   * One touchpoint whose journal rows disagree with Camunda's history.
   *
   * @param problem what is wrong
   * @param caseId the case
   * @param processInstanceId the process instance
   * @param elementId the BPMN element
   * @param activityInstanceId the activity instance, which is the touchpoint's id
   */
  public record Mismatch(
      Problem problem,
      String caseId,
      String processInstanceId,
      String elementId,
      String activityInstanceId) {

    @Override
    public String toString() {
      return problem
          + " case="
          + caseId
          + " element="
          + elementId
          + " processInstance="
          + processInstanceId
          + " activityInstance="
          + activityInstanceId;
    }
  }

  private static final Set<String> NOT_FROM_BPMN = Set.of("VOICE", "EXIT");

  private final int compared;
  private final List<Mismatch> mismatches;

  private JournalReconciliation(int compared, List<Mismatch> mismatches) {
    this.compared = compared;
    this.mismatches = List.copyOf(mismatches);
  }

  /**
   * Reads the journal and the activity history of the engine's database and compares them.
   *
   * @param engine an engine with Prima, whose history level is at least {@code activity}
   * @return the comparison, to assert on or to count problems
   * @throws IllegalStateException when the engine keeps no activity history
   */
  public static JournalReconciliation of(ProcessEngine engine) {
    String history = engine.getProcessEngineConfiguration().getHistory();
    if ("none".equals(history)) {
      throw new IllegalStateException(
          "JournalReconciliation compares the journal with Camunda's activity history, but the"
              + " engine '"
              + engine.getName()
              + "' keeps none. Fix: build it with history activity, audit or full.");
    }
    Map<String, String> definitionIds = new HashMap<>();
    Map<String, Set<String>> touchpointElements =
        touchpointElementsByDefinition(engine, definitionIds);

    Map<String, List<Row>> rowsByTouchpoint =
        JournalRows.read(engine).stream().collect(Collectors.groupingBy(Row::touchpointId));
    Map<String, String> caseOfInstance = new HashMap<>();
    rowsByTouchpoint.values().stream()
        .flatMap(Collection::stream)
        .forEach(row -> caseOfInstance.putIfAbsent(row.processInstanceId(), row.caseId()));

    List<Mismatch> mismatches = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int compared = 0;
    for (HistoricActivityInstance activity :
        engine.getHistoryService().createHistoricActivityInstanceQuery().list()) {
      Set<String> elements = touchpointElements.get(activity.getProcessDefinitionId());
      if (elements == null || !elements.contains(activity.getActivityId())) {
        continue;
      }
      compared++;
      seen.add(activity.getId());
      List<Row> rows = rowsByTouchpoint.getOrDefault(activity.getId(), List.of());
      long opening = rows.stream().filter(Row::opens).count();
      long closing = rows.stream().filter(Row::closes).count();
      Problem problem = null;
      if (opening == 0) {
        problem = Problem.LOST;
      } else if (opening > 1 || closing > 1) {
        problem = Problem.DUPLICATED;
      } else if (activity.getEndTime() != null && closing == 0) {
        problem = Problem.LOST_END;
      } else if (activity.getEndTime() == null && closing == 1) {
        problem = Problem.PHANTOM_END;
      }
      if (problem != null) {
        mismatches.add(
            new Mismatch(
                problem,
                caseOf(engine, activity.getProcessInstanceId(), caseOfInstance),
                activity.getProcessInstanceId(),
                activity.getActivityId(),
                activity.getId()));
      }
    }
    for (Map.Entry<String, List<Row>> touchpoint : rowsByTouchpoint.entrySet()) {
      Row row = touchpoint.getValue().get(0);
      Set<String> elements =
          touchpointElements.get(definitionIds.get(row.processKey() + ":" + row.version()));
      boolean fromBpmn =
          elements != null
              && elements.contains(row.elementId())
              && !NOT_FROM_BPMN.contains(row.kind());
      if (fromBpmn && !seen.contains(touchpoint.getKey())) {
        mismatches.add(
            new Mismatch(
                Problem.PHANTOM,
                row.caseId(),
                row.processInstanceId(),
                row.elementId(),
                touchpoint.getKey()));
      }
    }
    mismatches.sort(
        Comparator.comparing(Mismatch::caseId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Mismatch::elementId)
            .thenComparing(Mismatch::activityInstanceId));
    return new JournalReconciliation(compared, mismatches);
  }

  /** {@return how many touchpoint activity instances of Camunda's history were compared} */
  public int touchpointsCompared() {
    return compared;
  }

  /** {@return every disagreement, ordered by case and element; empty when the journal is exact} */
  public List<Mismatch> mismatches() {
    return mismatches;
  }

  /**
   * {@return how many touchpoints have the given problem}
   *
   * @param problem the kind of mismatch
   */
  public long count(Problem problem) {
    return mismatches.stream().filter(m -> m.problem() == problem).count();
  }

  /**
   * Passes when the journal is exact: no lost, phantom or duplicated touchpoint.
   *
   * @return this reconciliation, when it passed
   * @throws AssertionError listing every mismatch by case and element
   */
  public JournalReconciliation assertExact() {
    if (!mismatches.isEmpty()) {
      throw new AssertionError(
          "The journal disagrees with Camunda's activity history: "
              + this
              + mismatches.stream().map(m -> "\n  - " + m).collect(Collectors.joining()));
    }
    return this;
  }

  @Override
  public String toString() {
    StringBuilder summary = new StringBuilder();
    summary.append(compared).append(" touchpoints compared");
    for (Problem problem : Problem.values()) {
      summary.append(", ").append(count(problem)).append(' ').append(problem.name().toLowerCase());
    }
    return summary.toString();
  }

  private static String caseOf(
      ProcessEngine engine, String processInstanceId, Map<String, String> caseOfInstance) {
    String known = caseOfInstance.get(processInstanceId);
    if (known != null) {
      return known;
    }
    HistoricProcessInstance instance =
        engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  /**
   * The touchpoint elements of every deployed process definition, by definition id; fills {@code
   * definitionIds} (key:version to id) from the same query.
   */
  private static Map<String, Set<String>> touchpointElementsByDefinition(
      ProcessEngine engine, Map<String, String> definitionIds) {
    Map<String, Set<String>> elements = new HashMap<>();
    for (ProcessDefinition definition :
        engine.getRepositoryService().createProcessDefinitionQuery().list()) {
      definitionIds.put(definition.getKey() + ":" + definition.getVersion(), definition.getId());
      elements.put(
          definition.getId(),
          engine
              .getRepositoryService()
              .getBpmnModelInstance(definition.getId())
              .getModelElementsByType(FlowNode.class)
              .stream()
              .filter(JournalReconciliation::isTouchpoint)
              .map(FlowNode::getId)
              .collect(Collectors.toSet()));
    }
    return elements;
  }

  private static boolean isTouchpoint(FlowNode node) {
    return node.getExtensionElements() != null
        && node.getExtensionElements().getChildElementsByType(CamundaProperties.class).stream()
            .flatMap(properties -> properties.getCamundaProperties().stream())
            .anyMatch(
                property -> TouchpointProperties.TOUCHPOINT.equals(property.getCamundaName()));
  }
}
