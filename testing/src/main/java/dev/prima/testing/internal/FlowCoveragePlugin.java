package dev.prima.testing.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Records every sequence flow taken, as Camunda's history keeps flow nodes but not flows: a parse
 * listener puts a take listener on each sequence flow.
 */
public final class FlowCoveragePlugin extends AbstractProcessEnginePlugin {

  private final TakenFlows taken = new TakenFlows();

  public TakenFlows taken() {
    return taken;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(new SequenceFlowParseListener(taken));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private static final class SequenceFlowParseListener extends AbstractBpmnParseListener {
    private final ExecutionListener onTake;

    SequenceFlowParseListener(TakenFlows taken) {
      this.onTake =
          execution ->
              taken.taken(execution.getProcessDefinitionId(), execution.getCurrentTransitionId());
    }

    @Override
    public void parseSequenceFlow(
        Element sequenceFlowElement, ScopeImpl scopeElement, TransitionImpl transition) {
      transition.addBuiltInListener(ExecutionListener.EVENTNAME_TAKE, onTake);
    }
  }
}
