package dev.prima.system.internal;

import dev.prima.internal.Translations;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * The moment names deployed models give in a second language ({@code prima.touchpoint.id}, {@code
 * .en}), read at most once per deployed definition, when a reader first asks: the engine records
 * the model's own name and does no extra work per touchpoint.
 */
public final class DeployedTexts {

  /** Keeps the cache bounded should an application deploy without end. */
  private static final int MAX_DEFINITIONS = 10_000;

  private final RepositoryService repository;

  /** By definition (key, version, tenant): element id to language to name. */
  private final Map<List<Object>, Map<String, Map<String, String>>> moments =
      new ConcurrentHashMap<>();

  public DeployedTexts(RepositoryService repository) {
    this.repository = Objects.requireNonNull(repository, "repository must not be null");
  }

  /** The touchpoint's moment named for a reader in {@code locale}; as recorded without a text. */
  public String moment(Touchpoint touchpoint, Locale locale) {
    List<Object> definition =
        java.util.Arrays.asList(
            touchpoint.processDefinitionKey(),
            touchpoint.processDefinitionVersion(),
            touchpoint.tenantId());
    Map<String, Map<String, String>> names = moments.get(definition);
    if (names == null) {
      if (moments.size() >= MAX_DEFINITIONS) {
        moments.clear();
      }
      names = moments.computeIfAbsent(definition, d -> read(touchpoint));
    }
    Map<String, String> byLanguage = names.get(touchpoint.elementId());
    String name = byLanguage == null ? null : byLanguage.get(Translations.language(locale));
    return name == null ? touchpoint.moment() : name;
  }

  private Map<String, Map<String, String>> read(Touchpoint touchpoint) {
    ProcessDefinitionQuery query =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(touchpoint.processDefinitionKey())
            .processDefinitionVersion(touchpoint.processDefinitionVersion());
    query =
        touchpoint.tenantId() == null
            ? query.withoutTenantId()
            : query.tenantIdIn(touchpoint.tenantId());
    List<ProcessDefinition> found = query.list();
    if (found.isEmpty()) {
      return Map.of(); // not deployed (any more), or recorded by Prima itself: names as recorded
    }
    BpmnModelInstance model = repository.getBpmnModelInstance(found.get(0).getId());
    Map<String, Map<String, String>> names = new HashMap<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      Map<String, String> properties = ModelProperties.of(node);
      for (String language : Translations.LANGUAGES) {
        Translations.text(properties, TouchpointProperties.TOUCHPOINT, language)
            .ifPresent(
                name ->
                    names.computeIfAbsent(node.getId(), id -> new HashMap<>()).put(language, name));
      }
    }
    return Map.copyOf(names);
  }
}
