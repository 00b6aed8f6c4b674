package dev.prima.system;

import dev.prima.internal.Arguments;
import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.ServiceStandard;
import dev.prima.strategy.StandardProperties;
import dev.prima.system.internal.ModelProperties;
import dev.prima.system.internal.XmlCheck;
import dev.prima.touchpoint.TouchpointDeclaration;
import dev.prima.touchpoint.TouchpointProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Checks BPMN models against the service triangle without deploying them, reporting every finding
 * at once. Prima runs it on every deployment (errors block it, warnings are logged); use it from
 * tests or the {@code validate} command as well.
 *
 * <pre>{@code
 * ValidationReport report = ModelValidator.custom()
 *     .roles(Set.of("counter-officer", "section-head"))
 *     .build()
 *     .validate(Path.of("ktp.bpmn"));
 * }</pre>
 */
public final class ModelValidator {

  /** BPMN elements Camunda 7 cannot execute. */
  static final Set<String> UNSUPPORTED =
      Set.of(
          "complexGateway",
          "adHocSubProcess",
          "choreographyTask",
          "subChoreography",
          "callChoreography",
          "globalTask",
          "globalUserTask",
          "globalManualTask",
          "globalScriptTask",
          "globalBusinessRuleTask");

  private final Set<String> roles;
  private final Map<String, ServiceStandard> javaStandards;

  private ModelValidator(Builder builder) {
    this.roles = Set.copyOf(builder.roles);
    this.javaStandards = Map.copyOf(builder.javaStandards);
  }

  /** A validator that knows no roles (role checks off) and no Java-declared standards. */
  public static ModelValidator ofDefaults() {
    return custom().build();
  }

  public static Builder custom() {
    return new Builder();
  }

  /** Validates a file; an unreadable file is a finding, not an exception. */
  public ValidationReport validate(Path file) {
    String name = file.toString();
    try {
      return validate(name, Files.readAllBytes(file));
    } catch (IOException e) {
      return new ValidationReport(
          List.of(
              new Finding(
                  Severity.ERROR,
                  name,
                  null,
                  "cannot read the file: " + e,
                  "check the path and that the file is readable")));
    }
  }

  /** Validates one BPMN resource given as bytes. */
  public ValidationReport validate(String resource, byte[] bytes) {
    Objects.requireNonNull(resource, "resource must not be null");
    List<Finding> findings = new ArrayList<>();
    XmlCheck.Result xml = XmlCheck.check(resource, bytes, UNSUPPORTED);
    if (xml.problem().isPresent()) {
      return new ValidationReport(List.of(xml.problem().get()));
    }
    for (XmlCheck.Element element : xml.found()) {
      findings.add(
          new Finding(
              Severity.ERROR,
              resource,
              element.id(),
              "Camunda 7 cannot execute a " + element.type(),
              "replace it with elements Camunda 7 supports (for example an exclusive or parallel"
                  + " gateway, or an embedded sub-process)"));
    }
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
    } catch (RuntimeException e) {
      if (!findings.isEmpty()) {
        return new ValidationReport(findings);
      }
      return new ValidationReport(
          List.of(
              new Finding(
                  Severity.ERROR,
                  resource,
                  null,
                  "not valid BPMN 2.0: " + rootMessage(e),
                  "open and save the file in Camunda Modeler, which writes valid BPMN 2.0")));
    }
    List<Process> executable =
        model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
    if (executable.isEmpty()) {
      findings.add(
          new Finding(
              Severity.ERROR,
              resource,
              null,
              "no executable process: Camunda runs only processes marked isExecutable=\"true\"",
              "tick 'Executable' in the process properties in Camunda Modeler"));
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      checkProcess(resource, process, findings);
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      checkFlowNode(resource, node, findings);
    }
    return new ValidationReport(findings);
  }

  private void checkProcess(String resource, Process process, List<Finding> findings) {
    Map<String, String> properties = ModelProperties.of(process);
    storable(resource, process.getId(), "the process id (its key)", process.getId(), findings);
    unknownNames(resource, process, properties, StandardProperties.NAMES, findings);
    ServiceStandard.Reading reading =
        ServiceStandard.read(process.getId(), properties, ModelProperties.targets(process));
    for (ServiceStandard.Problem problem : reading.problems()) {
      findings.add(
          new Finding(
              Severity.ERROR,
              resource,
              process.getId(),
              problem.property() + ": " + problem.message(),
              "correct " + problem.property() + " in the process's extension properties"));
    }
    Optional<ServiceStandard> standard =
        reading.standard().or(() -> Optional.ofNullable(javaStandards.get(process.getId())));
    if (process.isExecutable() && standard.isEmpty() && reading.problems().isEmpty()) {
      findings.add(
          new Finding(
              Severity.WARNING,
              resource,
              process.getId(),
              "the executable process has no service standard, so no lead time is watched",
              "add prima.standard.leadTime (and name, fee, product, requirements) to the process's"
                  + " extension properties, or give a ServiceStandard in Java"));
    }
    standard.ifPresent(s -> targetsWithinLeadTime(resource, process, s, findings));
  }

  private static void targetsWithinLeadTime(
      String resource, Process process, ServiceStandard standard, List<Finding> findings) {
    Map<String, ServiceDuration> targets = new java.util.LinkedHashMap<>(standard.targets());
    ModelProperties.targets(process)
        .forEach(
            (element, target) -> targets.putIfAbsent(element, ServiceDuration.calendar(target)));
    Duration lead = comparable(standard.leadTime());
    targets.forEach(
        (element, target) -> {
          if (comparable(target).compareTo(lead) > 0) {
            findings.add(
                new Finding(
                    Severity.ERROR,
                    resource,
                    element,
                    "touchpoint target "
                        + target
                        + " is longer than the service's lead time "
                        + standard.leadTime(),
                    "shorten the target, or correct the lead time of the standard"));
          }
        });
  }

  /** For comparing limits: a working day counts as one calendar day. */
  static Duration comparable(ServiceDuration duration) {
    return switch (duration.mode()) {
      case CALENDAR -> duration.calendar();
      case WORKING_DAYS -> Duration.ofDays(duration.count());
      case WORKING_HOURS -> Duration.ofHours(duration.count());
    };
  }

  /** Refuses a value longer than the column Prima or the engine keeps it in. */
  private static void storable(
      String resource, String elementId, String what, String value, List<Finding> findings) {
    if (value != null && value.length() > Arguments.KEY_LENGTH) {
      findings.add(
          new Finding(
              Severity.ERROR,
              resource,
              elementId != null && elementId.length() > Arguments.KEY_LENGTH
                  ? elementId.substring(0, 40) + "..."
                  : elementId,
              what
                  + " is "
                  + value.length()
                  + " characters long, but at most "
                  + Arguments.KEY_LENGTH
                  + " can be stored: every instance would fail to start",
              "shorten " + what));
    }
  }

  private void checkFlowNode(String resource, FlowNode node, List<Finding> findings) {
    Map<String, String> properties = ModelProperties.of(node);
    storable(resource, node.getId(), "the element id", node.getId(), findings);
    storable(resource, node.getId(), "the element name", node.getName(), findings);
    storable(
        resource,
        node.getId(),
        TouchpointProperties.TOUCHPOINT + " (the moment of truth)",
        properties.get(TouchpointProperties.TOUCHPOINT),
        findings);
    unknownNames(resource, node, properties, TouchpointProperties.NAMES, findings);
    TouchpointDeclaration.Reading reading =
        TouchpointDeclaration.read(node.getElementType().getTypeName(), properties);
    for (TouchpointDeclaration.Problem problem : reading.problems()) {
      findings.add(
          new Finding(
              Severity.ERROR,
              resource,
              node.getId(),
              problem.property() + ": " + problem.message(),
              "correct " + problem.property() + " in the element's extension properties"));
    }
    reading
        .declaration()
        .ifPresent(
            declaration -> {
              if (declaration.channel() == null) {
                findings.add(
                    new Finding(
                        Severity.WARNING,
                        resource,
                        node.getId(),
                        "touchpoint '" + declaration.moment() + "' has no channel",
                        "add prima.channel (for example counter or online)"));
              }
              if (declaration.lane() == null) {
                findings.add(
                    new Finding(
                        Severity.WARNING,
                        resource,
                        node.getId(),
                        "touchpoint '" + declaration.moment() + "' has no blueprint lane",
                        "add prima.lane (CUSTOMER, FRONTSTAGE, BACKSTAGE, SUPPORT or EVIDENCE)"));
              }
            });
    if (node instanceof UserTask task) {
      checkRoles(resource, task, findings);
    }
  }

  private void checkRoles(String resource, UserTask task, List<Finding> findings) {
    String groups = task.getCamundaCandidateGroups();
    if (groups == null || groups.isBlank()) {
      findings.add(
          new Finding(
              Severity.WARNING,
              resource,
              task.getId(),
              "user task '"
                  + name(task)
                  + "' has no candidate group, so no frontline role serves it",
              "set Candidate groups to the frontline role that serves this step"));
      return;
    }
    if (roles.isEmpty() || groups.contains("{")) {
      return;
    }
    for (String group : Arrays.stream(groups.split(",")).map(String::trim).toList()) {
      if (!group.isEmpty() && !roles.contains(group)) {
        findings.add(
            new Finding(
                Severity.ERROR,
                resource,
                task.getId(),
                "candidate group '" + group + "' is not a frontline role of the service triangle",
                "declare the role (FrontlineRole.of(\""
                    + group
                    + "\", ...)) or use one of "
                    + roles.stream().sorted().toList()));
      }
    }
  }

  private static void unknownNames(
      String resource,
      BaseElement element,
      Map<String, String> properties,
      List<String> known,
      List<Finding> findings) {
    for (String name : properties.keySet()) {
      boolean prima = name.startsWith(TouchpointProperties.PREFIX);
      if (prima && !known.contains(name)) {
        findings.add(
            new Finding(
                Severity.ERROR,
                resource,
                element.getId(),
                "unknown property '" + name + "' (value '" + properties.get(name) + "')",
                "use one of " + String.join(", ", known) + " on this element"));
      }
    }
  }

  private static String name(FlowNode node) {
    return node.getName() == null ? node.getId() : node.getName();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  /** Fail-fast builder for {@link ModelValidator}. */
  public static final class Builder {
    private Set<String> roles = Set.of();
    private Map<String, ServiceStandard> javaStandards = Map.of();

    private Builder() {}

    /** The frontline role ids (candidate groups) the triangle declares; empty: no role check. */
    public Builder roles(Set<String> roles) {
      this.roles = Set.copyOf(Objects.requireNonNull(roles, "roles must not be null"));
      return this;
    }

    /** Standards given in Java, by process key, for processes that declare none in BPMN. */
    public Builder javaStandards(Map<String, ServiceStandard> standards) {
      this.javaStandards =
          Map.copyOf(Objects.requireNonNull(standards, "standards must not be null"));
      return this;
    }

    public ModelValidator build() {
      return new ModelValidator(this);
    }
  }
}
