package dev.prima.system;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.internal.Arguments;
import dev.prima.internal.Messages;
import dev.prima.internal.Translations;
import dev.prima.strategy.Fee;
import dev.prima.strategy.InvalidValueException;
import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.ServiceStandard;
import dev.prima.strategy.StandardProperties;
import dev.prima.system.internal.XmlCheck;
import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.TouchpointDeclaration;
import dev.prima.touchpoint.TouchpointKind;
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
import org.apiguardian.api.API;
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
@API(status = EXPERIMENTAL, since = "0.1.0")
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

  /** {@return a validator that knows no roles (role checks off) and no Java-declared standards} */
  public static ModelValidator ofDefaults() {
    return custom().build();
  }

  /** {@return a builder, to declare roles and Java standards} */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * Validates a file; an unreadable file is a finding, not an exception.
   *
   * @param file the BPMN file
   * @return the findings; empty when the model is clean
   */
  public ValidationReport validate(Path file) {
    String name = file.toString();
    try {
      return validate(name, Files.readAllBytes(file));
    } catch (IOException e) {
      return new ValidationReport(
          List.of(
              Finding.of(
                  Severity.ERROR,
                  name,
                  null,
                  "file.unreadable",
                  dev.prima.internal.IoReasons.of(e))));
    }
  }

  /**
   * Validates one BPMN resource given as bytes.
   *
   * @param resource the resource name, shown in findings
   * @param bytes the BPMN XML
   * @return the findings; empty when the model is clean
   */
  public ValidationReport validate(String resource, byte[] bytes) {
    Objects.requireNonNull(resource, "resource must not be null");
    List<Finding> findings = new ArrayList<>();
    XmlCheck.Result xml = XmlCheck.check(resource, bytes, UNSUPPORTED);
    if (xml.problem().isPresent()) {
      return new ValidationReport(List.of(xml.problem().get()));
    }
    for (XmlCheck.Element element : xml.found()) {
      findings.add(
          Finding.of(
              Severity.ERROR, resource, element.id(), "element.unsupported", element.type()));
    }
    if (checkSchema) {
      try {
        Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
      } catch (RuntimeException e) {
        // reported, and the rules below still run on what could be read
        findings.add(
            Finding.of(Severity.ERROR, resource, null, "file.notValidBpmn", rootMessage(e)));
      }
    }
    for (XmlCheck.Flow flow : xml.flows()) {
      danglingEnd(
          resource,
          flow,
          "flow.noSource",
          "flow.unknownSource",
          flow.sourceRef(),
          xml.ids(),
          findings);
      danglingEnd(
          resource,
          flow,
          "flow.noTarget",
          "flow.unknownTarget",
          flow.targetRef(),
          xml.ids(),
          findings);
    }
    List<XmlCheck.Node> processes = xml.nodes().stream().filter(XmlCheck.Node::isProcess).toList();
    if (processes.stream().noneMatch(XmlCheck.Node::executable)) {
      findings.add(Finding.of(Severity.ERROR, resource, null, "process.notExecutable"));
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
    translationsComplete(resource, xml.nodes(), findings);
    return new ValidationReport(findings);
  }

  /** The translations an element may carry: of its Prima texts, and of its BPMN name. */
  private static List<String> withNames(List<String> translations) {
    List<String> all = new ArrayList<>(translations);
    all.add(ModelTexts.NAME_INDONESIAN);
    all.add(ModelTexts.NAME_ENGLISH);
    return all;
  }

  /** The names whose text an element may give in a second language. */
  private static List<String> translatable(XmlCheck.Node node) {
    return node.isProcess() ? StandardProperties.TRANSLATABLE : TouchpointProperties.TRANSLATABLE;
  }

  /**
   * A text given in a second language but not in the model's own: the journal records the text
   * without a suffix and every other reader sees it, so it must be there.
   */
  private static void translationsHaveTheirBase(
      String resource, XmlCheck.Node node, List<Finding> findings) {
    Map<String, String> properties = node.properties();
    for (String name : translatable(node)) {
      String base = properties.get(name);
      if (base != null && !base.isBlank()) {
        continue;
      }
      for (String language : Translations.LANGUAGES) {
        if (Translations.text(properties, name, language).isPresent()) {
          findings.add(
              Finding.of(
                  Severity.ERROR,
                  resource,
                  node.id(),
                  "translation.noBase",
                  name + "." + language,
                  name));
        }
      }
    }
  }

  /**
   * Within one process, a language some texts are given in and others are not: its readers would
   * see a page of mixed languages. A warning, as a model may be translated step by step.
   */
  private static void translationsComplete(
      String resource, List<XmlCheck.Node> nodes, List<Finding> findings) {
    Map<String, Set<String>> languagesByProcess = new HashMap<>();
    for (XmlCheck.Node node : nodes) {
      for (String name : translatable(node)) {
        for (String language : Translations.LANGUAGES) {
          if (Translations.text(node.properties(), name, language).isPresent()) {
            languagesByProcess
                .computeIfAbsent(processOf(node), p -> new java.util.TreeSet<>())
                .add(language);
          }
        }
      }
    }
    for (XmlCheck.Node node : nodes) {
      Set<String> languages = languagesByProcess.getOrDefault(processOf(node), Set.of());
      for (String name : translatable(node)) {
        String base = node.properties().get(name);
        if (base == null || base.isBlank()) {
          continue;
        }
        for (String language : languages) {
          if (Translations.text(node.properties(), name, language).isEmpty()) {
            findings.add(
                Finding.of(
                    Severity.WARNING,
                    resource,
                    node.id(),
                    "translation.missing",
                    name,
                    language,
                    base.trim()));
          }
        }
      }
    }
  }

  private static String processOf(XmlCheck.Node node) {
    return node.isProcess() || node.process() == null ? node.id() : node.process();
  }

  /** A sequence flow whose end names no element of the file: the engine cannot follow it. */
  private static void danglingEnd(
      String resource,
      XmlCheck.Flow flow,
      String missingKey,
      String unknownKey,
      String ref,
      Set<String> ids,
      List<Finding> findings) {
    if (ref == null || ref.isBlank()) {
      findings.add(Finding.of(Severity.ERROR, resource, flow.id(), missingKey));
    } else if (!ids.contains(ref)) {
      findings.add(Finding.of(Severity.ERROR, resource, flow.id(), unknownKey, ref));
    }
  }

  private void checkProcess(
      String resource,
      XmlCheck.Node process,
      Map<String, Duration> targets,
      Map<String, Duration> timers,
      List<Finding> findings) {
    Map<String, String> properties = process.properties();
    storable(resource, process.id(), "tooLong.processId", process.id(), findings);
    unknownNames(
        resource,
        process,
        properties,
        StandardProperties.NAMES,
        withNames(StandardProperties.TRANSLATIONS),
        findings);
    translationsHaveTheirBase(resource, process, findings);
    ServiceStandard.Reading reading = ServiceStandard.read(process.id(), properties, targets);
    for (ServiceStandard.Problem problem : reading.problems()) {
      String p = problem.property();
      String value = problem.value() == null ? "" : problem.value().trim();
      List<Object[]> candidates = new ArrayList<>();
      candidates.add(new Object[] {"standard.noLeadTime", p});
      candidates.add(new Object[] {"standard.notDuration", p, value});
      candidates.add(new Object[] {"standard.badFee", p, value});
      for (String id : value.split(",")) {
        candidates.add(new Object[] {"standard.badChannel", p, id.trim(), Channel.choices()});
      }
      Finding finding =
          problem(resource, process.id(), "standard.problem", p, problem.message(), candidates);
      if ("standard.problem".equals(finding.key())) {
        // a value Prima refuses in words of its own (a negative fee, 0 working days): those
        // words in both languages rather than the English only
        finding =
            refusal(p, value)
                .filter(refused -> refused.getMessage().equals(problem.message()))
                .map(
                    refused ->
                        Finding.of(
                            Severity.ERROR,
                            resource,
                            process.id(),
                            "standard.invalidValue",
                            p,
                            refused.getMessage(),
                            refused.message(Messages.INDONESIAN)))
                .orElse(finding);
      }
      findings.add(finding);
    }
    Optional<ServiceStandard> standard =
        reading.standard().or(() -> Optional.ofNullable(javaStandards.get(process.id())));
    if (process.executable() && standard.isEmpty() && reading.problems().isEmpty()) {
      findings.add(Finding.of(Severity.WARNING, resource, process.id(), "standard.missing"));
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
                Finding.of(
                    Severity.WARNING,
                    resource,
                    element,
                    "standard.timerTooLong",
                    ServiceDuration.calendar(timer),
                    standard.leadTime()));
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
                Finding.of(
                    Severity.ERROR,
                    resource,
                    element,
                    "standard.targetTooLong",
                    target,
                    standard.leadTime()));
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
      String resource, String elementId, String key, String value, List<Finding> findings) {
    if (value != null && value.length() > Arguments.KEY_LENGTH) {
      findings.add(
          Finding.of(
              Severity.ERROR,
              resource,
              elementId != null && elementId.length() > Arguments.KEY_LENGTH
                  ? elementId.substring(0, 40) + "..."
                  : elementId,
              key,
              String.valueOf(value.length()),
              String.valueOf(Arguments.KEY_LENGTH)));
    }
  }

  private void checkFlowNode(
      String resource,
      XmlCheck.Node node,
      TouchpointDeclaration.Reading reading,
      List<Finding> findings) {
    Map<String, String> properties = node.properties();
    storable(resource, node.id(), "tooLong.elementId", node.id(), findings);
    storable(resource, node.id(), "tooLong.elementName", node.name(), findings);
    storable(
        resource,
        node.id(),
        "tooLong.moment",
        properties.get(TouchpointProperties.TOUCHPOINT),
        findings);
    unknownNames(
        resource,
        node,
        properties,
        TouchpointProperties.NAMES,
        withNames(TouchpointProperties.TRANSLATIONS),
        findings);
    translationsHaveTheirBase(resource, node, findings);
    for (TouchpointDeclaration.Problem problem : reading.problems()) {
      String p = problem.property();
      String value = problem.value() == null ? "" : problem.value().trim();
      List<Object[]> candidates =
          List.of(
              new Object[] {"touchpoint.noMoment", p},
              new Object[] {"touchpoint.badChannel", p, problem.value(), Channel.choices()},
              new Object[] {"touchpoint.badLane", p, problem.value(), Lane.choices()},
              new Object[] {"touchpoint.badKind", p, problem.value(), TouchpointKind.choices()},
              new Object[] {"touchpoint.targetNotPositive", p, problem.value()},
              new Object[] {"touchpoint.targetNotDuration", p, value});
      findings.add(
          problem(resource, node.id(), "touchpoint.problem", p, problem.message(), candidates));
    }
    reading
        .declaration()
        .ifPresent(
            declaration -> {
              if (declaration.channel() == null) {
                findings.add(
                    Finding.of(
                        Severity.WARNING,
                        resource,
                        node.id(),
                        "touchpoint.noChannel",
                        declaration.moment()));
              }
              if (declaration.lane() == null) {
                findings.add(
                    Finding.of(
                        Severity.WARNING,
                        resource,
                        node.id(),
                        "touchpoint.noLane",
                        declaration.moment()));
              }
            });
    if (node.type().equals("userTask")) {
      checkRoles(resource, node, findings);
    }
    if (NEEDS_IMPLEMENTATION.contains(node.type()) && !node.implemented()) {
      findings.add(
          Finding.of(
              Severity.ERROR,
              resource,
              node.id(),
              node.type().equals("businessRuleTask") ? "task.noDecision" : "task.noImplementation",
              node.type(),
              name(node)));
    }
  }

  private void checkRoles(String resource, XmlCheck.Node task, List<Finding> findings) {
    String groups = task.candidateGroups();
    if (groups == null || groups.isBlank()) {
      findings.add(
          Finding.of(Severity.WARNING, resource, task.id(), "role.noCandidateGroup", name(task)));
      return;
    }
    if (roles.isEmpty() || groups.contains("{")) {
      return;
    }
    for (String group : Arrays.stream(groups.split(",")).map(String::trim).toList()) {
      if (!group.isEmpty() && !roles.contains(group)) {
        findings.add(
            Finding.of(
                Severity.ERROR,
                resource,
                task.id(),
                "role.unknown",
                group,
                roles.stream().sorted().toList()));
      }
    }
  }

  private static void unknownNames(
      String resource,
      XmlCheck.Node element,
      Map<String, String> properties,
      List<String> known,
      List<String> translations,
      List<Finding> findings) {
    for (String name : properties.keySet()) {
      boolean prima = name.startsWith(TouchpointProperties.PREFIX);
      if (prima && !known.contains(name) && !translations.contains(name)) {
        Optional<String> base = known.stream().filter(k -> name.startsWith(k + ".")).findFirst();
        if (base.isPresent() && translations.contains(base.get() + ".en")) {
          findings.add(
              Finding.of(
                  Severity.ERROR,
                  resource,
                  element.id(),
                  "translation.unknownLanguage",
                  name,
                  name.substring(base.get().length() + 1),
                  base.get()));
          continue;
        }
        findings.add(
            Finding.of(
                Severity.ERROR,
                resource,
                element.id(),
                "property.unknown",
                name,
                properties.get(name),
                String.join(", ", known)));
      }
    }
  }

  /**
   * A property's problem as a finding with a text of its own (so it reads in every language) when
   * one of {@code candidates} (a key and its arguments) gives exactly the problem's English
   * message; else {@code frameKey} around that message, which then stays English.
   */
  private static Finding problem(
      String resource,
      String elementId,
      String frameKey,
      String property,
      String message,
      List<Object[]> candidates) {
    Finding framed = Finding.of(Severity.ERROR, resource, elementId, frameKey, property, message);
    for (Object[] candidate : candidates) {
      Finding own =
          Finding.of(
              Severity.ERROR,
              resource,
              elementId,
              (String) candidate[0],
              Arrays.copyOfRange(candidate, 1, candidate.length));
      if (own.message().equals(framed.message()) && own.fix().equals(framed.fix())) {
        return own;
      }
    }
    return framed;
  }

  /** Why Prima refuses a standard's duration or fee, if it does, in both languages. */
  private static Optional<InvalidValueException> refusal(String property, String value) {
    try {
      if (property.equals(StandardProperties.FEE)) {
        Fee.parse(value);
      } else if (property.equals(StandardProperties.LEAD_TIME)
          || property.equals(StandardProperties.COMPLAINT_DEADLINE)) {
        ServiceDuration.parse(value);
      }
    } catch (InvalidValueException refused) {
      return Optional.of(refused);
    }
    return Optional.empty();
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
     *
     * @param check {@code false} to skip the schema check
     * @return this builder
     */
    public Builder checkSchema(boolean check) {
      this.checkSchema = check;
      return this;
    }

    /**
     * The frontline role ids (candidate groups) the triangle declares; empty: no role check.
     *
     * @param roles role ids; empty for no role check
     * @return this builder
     */
    public Builder roles(Set<String> roles) {
      this.roles = Set.copyOf(Objects.requireNonNull(roles, "roles must not be null"));
      return this;
    }

    /**
     * Standards given in Java, by process key, for processes that declare none in BPMN.
     *
     * @param standards standards by process definition key
     * @return this builder
     */
    public Builder javaStandards(Map<String, ServiceStandard> standards) {
      this.javaStandards =
          Map.copyOf(Objects.requireNonNull(standards, "standards must not be null"));
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     */
    public ModelValidator build() {
      return new ModelValidator(this);
    }
  }
}
