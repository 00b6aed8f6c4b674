package dev.prima.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.system.ModelValidator;
import dev.prima.system.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each model file: valid for Prima, its constants real, its diagram complete and tidy. */
class ModelFilesTest {

  static final Map<ServiceModels, Class<?>> CONSTANTS =
      Map.of(
          ServiceModels.CERTIFICATE_APPLICATION, CertificateApplication.class,
          ServiceModels.EKTP_ISSUANCE, EktpIssuance.class,
          ServiceModels.BIRTH_REGISTRATION, BirthRegistration.class,
          ServiceModels.BUSINESS_LICENCE, BusinessLicence.class,
          ServiceModels.COMPLAINT_HANDLING, ComplaintHandling.class,
          ServiceModels.SOCIAL_ASSISTANCE, SocialAssistance.class);

  static byte[] bytes(ServiceModels model, String resource) {
    try (InputStream in = model.open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BpmnModelInstance read(ServiceModels model) {
    return Bpmn.readModelFromStream(model.open(model.resource()));
  }

  @ParameterizedTest
  @EnumSource(ServiceModels.class)
  void passesPrimasValidationWithoutAnyFinding(ServiceModels model) {
    ValidationReport report =
        ModelValidator.custom()
            .roles(model.roles())
            .build()
            .validate(model.resource(), bytes(model, model.resource()));

    assertThat(report.findings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ServiceModels.class)
  void declaresExactlyItsRolesAsCandidateGroups(ServiceModels model) {
    Set<String> groups =
        read(model).getModelElementsByType(UserTask.class).stream()
            .map(UserTask::getCamundaCandidateGroups)
            .collect(Collectors.toSet());

    assertThat(groups).isEqualTo(model.roles());
  }

  @ParameterizedTest
  @EnumSource(ServiceModels.class)
  void everyConstantExistsInTheModel(ServiceModels model) throws IllegalAccessException {
    Class<?> constants = CONSTANTS.get(model);
    BpmnModelInstance bpmn = read(model);
    String text =
        model.resources().stream()
            .map(resource -> new String(bytes(model, resource), StandardCharsets.UTF_8))
            .collect(Collectors.joining("\n"));
    Set<String> messages =
        bpmn.getModelElementsByType(Message.class).stream()
            .map(Message::getName)
            .collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Field field : constants.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || !Modifier.isPublic(field.getModifiers())) {
        continue;
      }
      String name = field.getName();
      Object value = field.get(null);
      checked++;
      if (value instanceof Variable<?> variable) {
        if (!text.contains(variable.name())) {
          missing.add("variable " + name + " (" + variable.name() + ")");
        }
      } else if (name.equals("PROCESS_KEY")) {
        assertThat(value).isEqualTo(model.key());
      } else if (name.equals("RESOURCE")) {
        assertThat(value).isEqualTo(model.resource());
      } else if (name.equals("DECISION_RESOURCE")) {
        assertThat(model.resources()).contains((String) value);
      } else if (name.equals("DECISION_KEY")) {
        assertThat(text).contains("camunda:decisionRef=\"" + value + "\"");
      } else if (name.startsWith("MESSAGE_")) {
        if (!messages.contains(value)) {
          missing.add("message " + name + " (" + value + ")");
        }
      } else if (name.startsWith("TIER")) {
        // tiers are values of the variable tier, documented in the model
        if (!text.contains(value instanceof List<?> ? "SUPERVISION" : (String) value)) {
          missing.add("tier " + name + " (" + value + ")");
        }
      } else if (bpmn.getModelElementById((String) value) == null) {
        missing.add("element " + name + " (" + value + ")");
      }
    }

    assertThat(missing).as("constants of %s missing from the model", constants).isEmpty();
    assertThat(checked).isGreaterThan(10);
  }

  @ParameterizedTest
  @EnumSource(ServiceModels.class)
  void everyFlowNodeIsInALaneAndTheLanesIncludeFrontstageAndBackstage(ServiceModels model) {
    BpmnModelInstance bpmn = read(model);
    Set<String> inLanes = new TreeSet<>();
    List<String> laneNames = new ArrayList<>();
    for (Lane lane : bpmn.getModelElementsByType(Lane.class)) {
      laneNames.add(lane.getName());
      lane.getFlowNodeRefs().forEach(node -> inLanes.add(node.getId()));
    }
    Set<String> topLevel =
        bpmn.getModelElementsByType(FlowNode.class).stream()
            .filter(
                node ->
                    node.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
            .map(BaseElement::getId)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(inLanes).isEqualTo(topLevel);
    assertThat(laneNames)
        .anyMatch(name -> name.startsWith("Frontstage"))
        .anyMatch(name -> name.startsWith("Backstage"));
  }

  @ParameterizedTest
  @EnumSource(ServiceModels.class)
  void everyElementIsDrawnWithoutOverlapsAndEveryFlowHasWaypoints(ServiceModels model) {
    BpmnModelInstance bpmn = read(model);
    Map<String, Bounds> shapes =
        bpmn.getModelElementsByType(BpmnShape.class).stream()
            .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), BpmnShape::getBounds));
    Collection<FlowNode> nodes = bpmn.getModelElementsByType(FlowNode.class);
    assertThat(shapes.keySet())
        .containsAll(nodes.stream().map(BaseElement::getId).collect(Collectors.toList()));
    Map<String, BpmnEdge> edges =
        bpmn.getModelElementsByType(BpmnEdge.class).stream()
            .collect(Collectors.toMap(e -> e.getBpmnElement().getId(), e -> e));
    for (SequenceFlow flow : bpmn.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edges).containsKey(flow.getId());
      assertThat(edges.get(flow.getId()).getWaypoints()).hasSizeGreaterThanOrEqualTo(2);
    }
    List<String> overlaps = new ArrayList<>();
    List<FlowNode> all = List.copyOf(nodes);
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        FlowNode a = all.get(i);
        FlowNode b = all.get(j);
        if (related(a, b) || related(b, a)) {
          continue;
        }
        if (overlap(shapes.get(a.getId()), shapes.get(b.getId()))) {
          overlaps.add(a.getId() + " and " + b.getId());
        }
      }
    }
    assertThat(overlaps).isEmpty();
  }

  /** A boundary event sits on its host; an event sub-process holds its own elements. */
  private static boolean related(FlowNode a, FlowNode b) {
    if (a instanceof org.camunda.bpm.model.bpmn.instance.BoundaryEvent boundary
        && boundary.getAttachedTo() == b) {
      return true;
    }
    return b.getParentElement() == a;
  }

  private static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth()
        && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight()
        && b.getY() < a.getY() + a.getHeight();
  }
}
