package dev.prima.system;

import dev.prima.internal.Arguments;
import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.ServiceStandard;
import dev.prima.strategy.StandardProperties;
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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;

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

  /** Tasks Camunda 7 runs itself, so each must name what runs it. */
  private static final Set<String> NEEDS_IMPLEMENTATION =
      Set.of("serviceTask", "sendTask", "businessRuleTask");

  private final Set<String> roles;
  private final Map<String, ServiceStandard> javaStandards;
  private final boolean checkSchema;

  private ModelValidator(Builder builder) {
    this.roles = Set.copyOf(builder.roles);
    this.javaStandards = Map.copyOf(builder.javaStandards);
    this.checkSchema = builder.checkSchema;
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
                  "cannot read the file: " + dev.prima.internal.IoReasons.of(e),
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
    if (checkSchema) {
      try {
        Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
      } catch (RuntimeException e) {
        // reported, and the rules below still run on what could be read
        findings.add(
            new Finding(
                Severity.ERROR,
                resource,
                null,
                "not valid BPMN 2.0: " + rootMessage(e),
                "open and save the file in Camunda Modeler, which writes valid BPMN 2.0"));
      }
    }
    for (XmlCheck.Flow flow : xml.flows()) {
      danglingEnd(resource, flow, "sourceRef", "from", flow.sourceRef(), xml.ids(), findings);
      danglingEnd(resource, flow, "targetRef", "to", flow.targetRef(), xml.ids(), findings);
    }
    List<XmlCheck.Node> processes = xml.nodes().stream().filter(XmlCheck.Node::isProcess).toList();
    if (processes.stream().noneMatch(XmlCheck.Node::executable)) {
      findings.add(
          new Finding(
              Severity.ERROR,
              resource,
              null,
              "no executable process: Camunda runs only processes marked isExecutable=\"true\"",
              "tick 'Executable' in the process properties in Camunda Modeler"));
    }
    // each node's touchpoint read once; each process's targets collected on the way
    Map<String, Map<String, Duration>> targets = new HashMap<>();
    Map<String, Map<String, Duration>> timers = new HashMap<>();
    Map<XmlCheck.Node, TouchpointDeclaration.Reading> touchpoints = new IdentityHashMap<>();
    for (XmlCheck.Node node : xml.nodes()) {
      if (node.isProcess()) {
        continue;
      }
      fixedDuration(node.timeDuration())
          .ifPresent(
              timer ->
                  timers
                      .computeIfAbsent(node.process(), p -> new LinkedHashMap<>())
                      .put(node.id(), timer));
      TouchpointDeclaration.Reading reading =
          TouchpointDeclaration.read(node.type(), node.properties());
      touchpoints.put(node, reading);
      reading
          .declaration()
          .map(TouchpointDeclaration::target)
          .ifPresent(
              target ->
                  targets
                      .computeIfAbsent(node.process(), p -> new LinkedHashMap<>())
                      .put(node.id(), target));
    }
    for (XmlCheck.Node process : processes) {
      checkProcess(
          resource,
          process,
          targets.getOrDefault(process.id(), Map.of()),
          timers.getOrDefault(process.id(), Map.of()),
          findings);
    }
    for (XmlCheck.Node node : xml.nodes()) {
      if (!node.isProcess()) {
        checkFlowNode(resource, node, touchpoints.get(node), findings);
      }
    }
    return new ValidationReport(findings);
  }

  /** A sequence flow whose end names no element of the file: the engine cannot follow it. */
  private static void danglingEnd(
      String resource,
      XmlCheck.Flow flow,
      String attribute,
      String direction,
      String ref,
      Set<String> ids,
      List<Finding> findings) {
    if (ref == null || ref.isBlank()) {
      findings.add(
          new Finding(
              Severity.ERROR,
              resource,
              flow.id(),
              "the sequence flow has no "
                  + attribute
                  + ": it does not lead "
                  + direction
                  + " any element",
              "connect both ends of the flow to elements in Camunda Modeler, or delete it"));
    } else if (!ids.contains(ref)) {
      findings.add(
          new Finding(
              Severity.ERROR,
              resource,
              flow.id(),
              "the sequence flow leads "
                  + direction
                  + " '"
                  + ref
                  + "', which is not an element of this model",
              "connect the flow to an existing element in Camunda Modeler, or delete it"));
    }
  }

  private void checkProcess(
      String resource,
      XmlCheck.Node process,
      Map<String, Duration> targets,
      Map<String, Duration> timers,
      List<Finding> findings) {
    Map<String, String> properties = process.properties();
    storable(resource, process.id(), "the process id (its key)", process.id(), findings);
    unknownNames(resource, process, properties, StandardProperties.NAMES, findings);
    ServiceStandard.Reading reading = ServiceStandard.read(process.id(), properties, targets);
    for (ServiceStandard.Problem problem : reading.problems()) {
      findings.add(
          new Finding(
              Severity.ERROR,
              resource,
              process.id(),
              problem.property() + ": " + problem.message(),
              "correct " + problem.property() + " in the process's extension properties"));
    }
    Optional<ServiceStandard> standard =
        reading.standard().or(() -> Optional.ofNullable(javaStandards.get(process.id())));
    if (process.executable() && standard.isEmpty() && reading.problems().isEmpty()) {
      findings.add(
          new Finding(
              Severity.WARNING,
              resource,
              process.id(),
              "the executable process has no service standard, so no lead time is watched",
              "add prima.standard.leadTime (and name, fee, product, requirements) to the process's"
                  + " extension properties, or give a ServiceStandard in Java"));
    }
    standard.ifPresent(s -> targetsWithinLeadTime(resource, targets, s, findings));
    standard.ifPresent(s -> timersWithinLeadTime(resource, timers, s, findings));
  }

  /**
   * A timer that waits longer than the whole lead time fires when the case is already in breach: a
   * deadline of the model that contradicts its standard. A warning, as a timer on a step the
   * citizen may leave open (a reminder, an abandonment) can wait longer on purpose.
   */
  private static void timersWithinLeadTime(
      String resource,
      Map<String, Duration> timers,
      ServiceStandard standard,
      List<Finding> findings) {
    Duration lead = comparable(standard.leadTime());
    timers.forEach(
        (element, timer) -> {
          if (timer.compareTo(lead) > 0) {
            findings.add(
                new Finding(
                    Severity.WARNING,
                    resource,
                    element,
                    "timer "
                        + ServiceDuration.calendar(timer)
                        + " waits longer than the service's lead time "
                        + standard.leadTime()
                        + ": the case is past its lead time before the timer fires",
                    "shorten the timer, or lengthen the lead time of the standard"));
          }
        });
  }

  /** A timer's duration when it is a fixed ISO-8601 duration, not an expression or a cycle. */
  private static Optional<Duration> fixedDuration(String text) {
    if (text == null || text.isEmpty() || text.contains("{")) {
      return Optional.empty();
    }
    try {
      Duration duration = Duration.parse(text);
      return duration.isNegative() || duration.isZero() ? Optional.empty() : Optional.of(duration);
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty(); // P1M and the like: Camunda's own parse reports what it refuses
    }
  }

  private static void targetsWithinLeadTime(
      String resource,
      Map<String, Duration> modelTargets,
      ServiceStandard standard,
      List<Finding> findings) {
    Map<String, ServiceDuration> targets = new java.util.LinkedHashMap<>(standard.targets());
    modelTargets.forEach(
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

  private void checkFlowNode(
      String resource,
      XmlCheck.Node node,
      TouchpointDeclaration.Reading reading,
      List<Finding> findings) {
    Map<String, String> properties = node.properties();
    storable(resource, node.id(), "the element id", node.id(), findings);
    storable(resource, node.id(), "the element name", node.name(), findings);
    storable(
        resource,
        node.id(),
        TouchpointProperties.TOUCHPOINT + " (the moment of truth)",
        properties.get(TouchpointProperties.TOUCHPOINT),
        findings);
    unknownNames(resource, node, properties, TouchpointProperties.NAMES, findings);
    for (TouchpointDeclaration.Problem problem : reading.problems()) {
      findings.add(
          new Finding(
              Severity.ERROR,
              resource,
              node.id(),
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
                        node.id(),
                        "touchpoint '" + declaration.moment() + "' has no channel",
                        "add prima.channel (for example counter or online)"));
              }
              if (declaration.lane() == null) {
                findings.add(
                    new Finding(
                        Severity.WARNING,
                        resource,
                        node.id(),
                        "touchpoint '" + declaration.moment() + "' has no blueprint lane",
                        "add prima.lane (CUSTOMER, FRONTSTAGE, BACKSTAGE, SUPPORT or EVIDENCE)"));
              }
            });
    if (node.type().equals("userTask")) {
      checkRoles(resource, node, findings);
    }
    if (NEEDS_IMPLEMENTATION.contains(node.type()) && !node.implemented()) {
      findings.add(
          new Finding(
              Severity.ERROR,
              resource,
              node.id(),
              "the "
                  + node.type()
                  + " '"
                  + name(node)
                  + "' does not say what runs it, so the engine refuses the model",
              "set its Implementation in Camunda Modeler: a Java class, an expression, a delegate"
                  + " expression, an external task topic"
                  + (node.type().equals("businessRuleTask") ? " or a DMN decision" : "")
                  + " (for a step done by a person, use a user task)"));
    }
  }

  private void checkRoles(String resource, XmlCheck.Node task, List<Finding> findings) {
    String groups = task.candidateGroups();
    if (groups == null || groups.isBlank()) {
      findings.add(
          new Finding(
              Severity.WARNING,
              resource,
              task.id(),
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
                task.id(),
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
      XmlCheck.Node element,
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
                element.id(),
                "unknown property '" + name + "' (value '" + properties.get(name) + "')",
                "use one of " + String.join(", ", known) + " on this element"));
      }
    }
  }

  private static String name(XmlCheck.Node node) {
    return node.name() == null ? node.id() : node.name();
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
    private boolean checkSchema = true;

    private Builder() {}

    /**
     * Whether the file is checked against the BPMN 2.0 and Camunda XML schemas; default true.
     * Prima's deployment hook turns it off: the engine checks the schema itself when it deploys,
     * and a second check would double the cost of deploying a large model.
     */
    public Builder checkSchema(boolean check) {
      this.checkSchema = check;
      return this;
    }

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
