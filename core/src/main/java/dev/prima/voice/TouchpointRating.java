package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A rating of one touchpoint as stored in {@code PRIMA_RATING}, with the case and element it
 * belongs to.
 *
 * @param comment the citizen's words, or {@code null}
 * @param id the rating's id
 * @param touchpointId the rated touchpoint
 * @param caseId the case of the touchpoint
 * @param elementId the touchpoint's BPMN element
 * @param processDefinitionKey the service
 * @param rating the rating
 * @param rated when it was rated, by Prima's clock
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TouchpointRating(
    String id,
    String touchpointId,
    String caseId,
    String elementId,
    String processDefinitionKey,
    Rating rating,
    String comment,
    Instant rated) {

  /**
   * Checks the required values.
   *
   * @param id the rating's id
   * @param touchpointId the rated touchpoint
   * @param caseId its case
   * @param elementId its BPMN element
   * @param processDefinitionKey its service
   * @param rating the rating
   * @param comment the citizen's words, or {@code null}
   * @param rated when it was rated
   */
  public TouchpointRating {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(touchpointId, "touchpointId must not be null");
    Objects.requireNonNull(caseId, "caseId must not be null");
    Objects.requireNonNull(elementId, "elementId must not be null");
    Objects.requireNonNull(processDefinitionKey, "processDefinitionKey must not be null");
    Objects.requireNonNull(rating, "rating must not be null");
    Objects.requireNonNull(rated, "rated must not be null");
  }
}
