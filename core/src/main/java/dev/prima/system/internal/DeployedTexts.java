package dev.prima.system.internal;

import dev.prima.internal.Translations;
import dev.prima.system.ModelTexts;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointProperties;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** {@link ModelTexts} of the models deployed on one engine, each definition read once. */
public final class DeployedTexts implements ModelTexts {

  /** Keeps the caches bounded should an application deploy without end. */
  private static final int MAX_DEFINITIONS = 10_000;

  private static final String NAME = "prima.name";

  /** What one definition says in each language: element id to language to text. */
  private record Texts(
      Map<String, Map<String, String>> moments,
      Map<String, Map<String, String>> names,
      Map<String, String> modelledMoments,
      Map<String, String> modelledNames) {

    static final Texts NONE = new Texts(Map.of(), Map.of(), Map.of(), Map.of());
  }

  private final RepositoryService repository;

  /** By (key, version, tenant) of a touchpoint's definition. */
  private final Map<List<Object>, Texts> byVersion = new ConcurrentHashMap<>();

  /** By the engine's definition id. */
  private final Map<String, Texts> byId = new ConcurrentHashMap<>();

  public DeployedTexts(RepositoryService repository) {
    this.repository = Objects.requireNonNull(repository, "repository must not be null");
  }

  @Override
  public String momentOf(Touchpoint touchpoint, Locale locale) {
    Objects.requireNonNull(touchpoint, "touchpoint must not be null");
    List<Object> version =
        Arrays.asList(
            touchpoint.processDefinitionKey(),
            touchpoint.processDefinitionVersion(),
            touchpoint.tenantId());
    Texts texts = cached(byVersion, version, v -> read(definitionOf(touchpoint)));
    String name = inLanguage(texts.moments(), touchpoint.elementId(), locale);
    return name == null ? touchpoint.moment() : name;
  }

  @Override
  public Optional<String> momentOf(String processDefinitionId, String elementId, Locale locale) {
    Objects.requireNonNull(processDefinitionId, "processDefinitionId must not be null");
    Objects.requireNonNull(elementId, "elementId must not be null");
    Texts texts = cached(byId, processDefinitionId, id -> read(definition(id)));
    String name = inLanguage(texts.moments(), elementId, locale);
    return Optional.ofNullable(name == null ? texts.modelledMoments().get(elementId) : name);
  }

  @Override
  public Optional<String> nameOf(String processDefinitionId, String elementId, Locale locale) {
    Objects.requireNonNull(processDefinitionId, "processDefinitionId must not be null");
    Objects.requireNonNull(elementId, "elementId must not be null");
    Texts texts = cached(byId, processDefinitionId, id -> read(definition(id)));
    String name = inLanguage(texts.names(), elementId, locale);
    return Optional.ofNullable(name == null ? texts.modelledNames().get(elementId) : name);
  }

  /** An element's text in the language of {@code locale}, or null when the model gives none. */
  private static String inLanguage(
      Map<String, Map<String, String>> byElement, String elementId, Locale locale) {
    Map<String, String> byLanguage = byElement.get(elementId);
    return byLanguage == null ? null : byLanguage.get(Translations.language(locale));
  }

  @Override
  public String diagramOf(String processDefinitionId, Locale locale) {
    ProcessDefinition definition = definition(processDefinitionId);
    if (definition == null) {
      throw new IllegalArgumentException(
          "no process definition has the id '" + processDefinitionId + "'");
    }
    BpmnModelInstance model;
    try (InputStream in = repository.getProcessModel(processDefinitionId)) {
      model = Bpmn.readModelFromStream(in); // a copy: the engine's cached instance stays as is
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String language = Translations.language(locale);
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      Translations.text(ModelProperties.of(element), NAME, language)
          .ifPresent(name -> element.setAttributeValue("name", name));
    }
    return Bpmn.convertToString(model);
  }

  private static <K> Texts cached(
      Map<K, Texts> cache, K key, java.util.function.Function<K, Texts> read) {
    Texts texts = cache.get(key);
    if (texts == null) {
      if (cache.size() >= MAX_DEFINITIONS) {
        cache.clear();
      }
      texts = cache.computeIfAbsent(key, read);
    }
    return texts;
  }

  private ProcessDefinition definitionOf(Touchpoint touchpoint) {
    ProcessDefinitionQuery query =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(touchpoint.processDefinitionKey())
            .processDefinitionVersion(touchpoint.processDefinitionVersion());
    query =
        touchpoint.tenantId() == null
            ? query.withoutTenantId()
            : query.tenantIdIn(touchpoint.tenantId());
    return query.list().stream().findFirst().orElse(null);
  }

  private ProcessDefinition definition(String id) {
    return repository.createProcessDefinitionQuery().processDefinitionId(id).list().stream()
        .findFirst()
        .orElse(null);
  }

  private Texts read(ProcessDefinition definition) {
    if (definition == null) {
      return Texts.NONE; // not deployed (any more), or recorded by Prima itself: as recorded
    }
    BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
    Map<String, Map<String, String>> moments = new HashMap<>();
    Map<String, Map<String, String>> names = new HashMap<>();
    Map<String, String> modelled = new HashMap<>();
    Map<String, String> modelledMoments = new HashMap<>();
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      Map<String, String> properties = ModelProperties.of(element);
      String name = element.getAttributeValue("name");
      if (name != null && element.getId() != null) {
        modelled.put(element.getId(), name);
      }
      for (String language : Translations.LANGUAGES) {
        if (element instanceof FlowNode) {
          String moment = properties.get(TouchpointProperties.TOUCHPOINT);
          if (moment != null && !moment.isBlank()) {
            modelledMoments.put(element.getId(), moment.trim());
          }
          Translations.text(properties, TouchpointProperties.TOUCHPOINT, language)
              .ifPresent(text -> put(moments, element, language, text));
        }
        Translations.text(properties, NAME, language)
            .ifPresent(text -> put(names, element, language, text));
      }
    }
    return new Texts(
        Map.copyOf(moments), Map.copyOf(names), Map.copyOf(modelledMoments), Map.copyOf(modelled));
  }

  private static void put(
      Map<String, Map<String, String>> texts,
      ModelElementInstance element,
      String language,
      String text) {
    texts
        .computeIfAbsent(element.getAttributeValue("id"), id -> new HashMap<>())
        .put(language, text);
  }
}
