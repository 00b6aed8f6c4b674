package dev.prima.engine.internal;

import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.ServiceStandard;
import dev.prima.touchpoint.TouchpointDeclaration;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches thin listeners to every flow node declared as a touchpoint. Holds no state: each
 * listener carries the element's immutable {@link TouchpointDefinition}.
 */
public final class TouchpointParseListener extends AbstractBpmnParseListener {

  private static final Logger LOG = LoggerFactory.getLogger(TouchpointParseListener.class);

  private final TouchpointRecorder recorder;
  private final Triangle triangle;
  private final CompetencyRoutingListener routing;

  public TouchpointParseListener(TouchpointRecorder recorder, Triangle triangle) {
    this.recorder = recorder;
    this.triangle = triangle;
    this.routing =
        triangle.staff() == null || triangle.roles().ids().isEmpty()
            ? null
            : new CompetencyRoutingListener(triangle.roles(), triangle.staff(), triangle.policy());
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    String key = processDefinition.getKey();
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, CaseEndListener.INSTANCE);
    Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(processElement);
    ServiceStandard.Reading reading =
        ServiceStandard.read(
            key, properties == null ? Map.of() : properties, targetsOf(processDefinition));
    if (!reading.problems().isEmpty()) {
      LOG.warn("Process '{}' declares an invalid service standard: {}", key, reading.problems());
    }
    Optional<ServiceStandard> standard =
        reading.standard().isPresent() ? reading.standard() : triangle.javaStandard(key);
    standard.ifPresent(
        s ->
            processDefinition.addBuiltInListener(
                ExecutionListener.EVENTNAME_START,
                new LeadTimeListener(s.leadTime(), triangle.calendar(), triangle.clock())));
  }

  private void attach(Element element, ActivityImpl activity) {
    Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(element);
    if (properties == null || properties.isEmpty()) {
      return;
    }
    TouchpointDeclaration.Reading reading =
        TouchpointDeclaration.read(element.getTagName(), properties);
    if (!reading.problems().isEmpty()) {
      // Validated at deployment; only a model deployed before Prima was added can get here.
      LOG.warn(
          "Element '{}' declares an invalid touchpoint and is not recorded: {}",
          activity.getId(),
          reading.problems());
      return;
    }
    if (reading.declaration().isEmpty()) {
      return;
    }
    TouchpointDeclaration declaration = reading.declaration().get();
    if (declaration.target() != null) {
      noteTarget(activity, declaration.target());
    }
    ServiceDuration target =
        triangle
            .javaStandard(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey())
            .flatMap(s -> s.targetOf(activity.getId()))
            .orElse(
                declaration.target() == null
                    ? null
                    : ServiceDuration.calendar(declaration.target()));
    TouchpointDefinition definition =
        new TouchpointDefinition(
            activity.getId(),
            (String) activity.getProperty("name"),
            element.getTagName(),
            literalRole(element),
            declaration,
            target);
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      TouchpointTaskListener taskListener = new TouchpointTaskListener(recorder, definition);
      userTask
          .getTaskDefinition()
          .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, taskListener);
      userTask
          .getTaskDefinition()
          .addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, taskListener);
      userTask
          .getTaskDefinition()
          .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, taskListener);
    } else {
      activity.addBuiltInListener(
          ExecutionListener.EVENTNAME_START,
          new TouchpointExecutionListener(recorder, definition, true));
    }
    activity.addBuiltInListener(
        ExecutionListener.EVENTNAME_END,
        new TouchpointExecutionListener(recorder, definition, false));
  }

  /**
   * The process's touchpoint targets, noted while its elements were parsed: the engine parses a
   * process's elements before it calls {@link #parseProcess}, so the elements' properties are read
   * once.
   */
  private static final String TARGETS = "prima.targets";

  private static void noteTarget(ActivityImpl activity, Duration target) {
    ProcessDefinitionImpl process = activity.getProcessDefinition();
    @SuppressWarnings("unchecked")
    Map<String, Duration> targets = (Map<String, Duration>) process.getProperty(TARGETS);
    if (targets == null) {
      targets = new LinkedHashMap<>();
      process.setProperty(TARGETS, targets);
    }
    targets.put(activity.getId(), target);
  }

  private static Map<String, Duration> targetsOf(ProcessDefinitionEntity process) {
    @SuppressWarnings("unchecked")
    Map<String, Duration> targets = (Map<String, Duration>) process.getProperty(TARGETS);
    process.setProperty(TARGETS, null); // needed only while the process is parsed
    return targets == null ? Map.of() : targets;
  }

  private static String literalRole(Element element) {
    String groups = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "candidateGroups");
    if (groups == null || groups.isBlank() || groups.contains("{")) {
      return null;
    }
    return groups.replace(" ", "");
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseExclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseInclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseParallelGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseScriptTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseManualTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (routing != null
        && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, routing);
    }
    attach(element, activity);
  }

  @Override
  public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseEventBasedGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseTransaction(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }

  @Override
  public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    attach(element, activity);
  }
}
