package dev.prima.system;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.touchpoint.Touchpoint;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The texts of deployed models in a reader's language. A model is written in one language and may
 * give each text in the other beside it, the language code as suffix: {@code prima.touchpoint.en}
 * beside {@code prima.touchpoint}, {@code prima.standard.name.id} beside {@code
 * prima.standard.name}, {@code prima.name.id} beside an element's BPMN {@code name} (a task, an
 * event, a gateway, a lane, a pool, a sequence flow). A text without one in the reader's language
 * reads as modelled.
 *
 * <p>Each deployed definition is read once, when a reader first asks; the engine records the
 * modelled names and does no extra work per touchpoint.
 *
 * <pre>{@code
 * String shown = prima.modelTexts().momentOf(touchpoint, Locale.forLanguageTag("id"));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface ModelTexts {

  /** An element's name in Bahasa Indonesia, beside its BPMN {@code name}. */
  String NAME_INDONESIAN = "prima.name.id";

  /** An element's name in English, beside its BPMN {@code name}. */
  String NAME_ENGLISH = "prima.name.en";

  /**
   * {@return the touchpoint's moment as its model names it in the reader's language, else as
   * recorded}
   *
   * @param touchpoint a recorded touchpoint
   * @param locale the reader's locale; Bahasa Indonesia for {@code id}, English otherwise
   */
  String momentOf(Touchpoint touchpoint, Locale locale);

  /**
   * {@return the moment of truth an element of a deployed definition declares, in the reader's
   * language where the model gives it, else as modelled; empty when the element is no touchpoint or
   * the definition is not deployed}
   *
   * @param processDefinitionId the engine's id of the deployed definition
   * @param elementId the BPMN element id
   * @param locale the reader's locale; Bahasa Indonesia for {@code id}, English otherwise
   */
  Optional<String> momentOf(String processDefinitionId, String elementId, Locale locale);

  /**
   * {@return an element's name in the reader's language ({@code prima.name.id} or {@code .en}),
   * else its BPMN name; empty when the element has neither or the definition is not deployed}
   *
   * @param processDefinitionId the engine's id of the deployed definition
   * @param elementId the BPMN element id
   * @param locale the reader's locale; Bahasa Indonesia for {@code id}, English otherwise
   */
  Optional<String> nameOf(String processDefinitionId, String elementId, Locale locale);

  /**
   * {@return the BPMN XML of a deployed definition with each element's name in the reader's
   * language where the model gives one, to draw the diagram in that language}
   *
   * @param processDefinitionId the engine's id of the deployed definition
   * @param locale the reader's locale; Bahasa Indonesia for {@code id}, English otherwise
   * @throws IllegalArgumentException when no definition has that id
   */
  String diagramOf(String processDefinitionId, Locale locale);
}
