package dev.prima.voice.spi;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.TouchpointKind;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A touchpoint Prima records about a case rather than one the process model declares: it opens and
 * closes at {@code at} (one {@code FULL} journal row) under a synthetic element id such as {@code
 * prima:withdrawal}.
 *
 * @param channel may be null
 * @param userId may be null
 * @param note kept with the row (a reason, a complaint id); may be null
 * @param kind the touchpoint kind
 * @param elementId the synthetic element id, such as {@code prima:withdrawal}
 * @param moment the moment name
 * @param lane the blueprint lane, or {@code null}
 * @param at when it opened and closed
 */
@API(status = INTERNAL, since = "0.1.0")
public record JournalEntry(
    TouchpointKind kind,
    String elementId,
    String moment,
    Channel channel,
    Lane lane,
    String userId,
    String note,
    Instant at) {

  /**
   * Checks the required values.
   *
   * @param kind the touchpoint kind
   * @param elementId the synthetic element id, such as {@code prima:withdrawal}
   * @param moment the moment name
   * @param channel the channel, or {@code null}
   * @param lane the blueprint lane, or {@code null}
   * @param userId who acted, or {@code null}
   * @param note kept with the row, or {@code null}
   * @param at when it opened and closed
   */
  public JournalEntry {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(elementId, "elementId must not be null");
    Objects.requireNonNull(moment, "moment must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }
}
