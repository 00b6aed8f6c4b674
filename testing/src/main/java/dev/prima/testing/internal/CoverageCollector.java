package dev.prima.testing.internal;

import dev.prima.testing.CoverageReport;
import dev.prima.testing.ProcessCoverage;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** Reads what the tests reached in every process deployed on an engine. */
public final class CoverageCollector {

  private CoverageCollector() {}

  /**
   * The coverage of every process definition on the engine: flow nodes from the historic activity
   * instances, sequence flows from {@code taken}.
   *
   * @param drain whether to forget the taken flows read, so the next reading starts afresh
   */
  public static CoverageReport collect(
      ProcessEngine engine, TakenFlows taken, String name, boolean drain) {
    CoverageReport report = CoverageReport.empty(name);
    for (ProcessDefinition definition :
        engine.getRepositoryService().createProcessDefinitionQuery().list()) {
      BpmnModelInstance model =
          engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      Set<String> flowNodes = idsIn(model, FlowNode.class, definition.getKey());
      Set<String> sequenceFlows = idsIn(model, SequenceFlow.class, definition.getKey());

      Set<String> reached = new HashSet<>();
      for (HistoricActivityInstance activity :
          engine
              .getHistoryService()
              .createHistoricActivityInstanceQuery()
              .processDefinitionId(definition.getId())
              .list()) {
        reached.add(activity.getActivityId());
      }
      reached.retainAll(flowNodes);
      Set<String> took =
          new HashSet<>(drain ? taken.drain(definition.getId()) : taken.peek(definition.getId()));
      took.retainAll(sequenceFlows);
      report =
          report.with(
              new ProcessCoverage(definition.getKey(), flowNodes, reached, sequenceFlows, took));
    }
    return report;
  }

  private static Set<String> idsIn(
      BpmnModelInstance model, Class<? extends FlowElement> type, String processKey) {
    Set<String> ids = new HashSet<>();
    for (FlowElement element : model.getModelElementsByType(type)) {
      if (processKey.equals(processIdOf(element))) {
        ids.add(element.getId());
      }
    }
    return ids;
  }

  private static String processIdOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return parent == null ? null : ((Process) parent).getId();
  }
}
