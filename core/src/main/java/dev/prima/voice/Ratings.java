package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/** Citizens rate single moments of truth; each rating is stored in the engine's transaction. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Ratings {

  /**
   * Rates one touchpoint of the journal now, by Prima's clock.
   *
   * @param comment the citizen's words, or {@code null}
   * @param touchpointId the touchpoint's id in the journal
   * @param rating the rating
   * @return the stored rating
   * @throws UnknownTouchpointException when the touchpoint is not in the journal
   * @throws InvalidVoiceException when the comment is longer than 4000 characters
   */
  TouchpointRating rate(String touchpointId, Rating rating, String comment);

  /**
   * {@return every rating of one case's touchpoints, oldest first}
   *
   * @param caseId the case
   */
  List<TouchpointRating> ratingsOf(String caseId);
}
