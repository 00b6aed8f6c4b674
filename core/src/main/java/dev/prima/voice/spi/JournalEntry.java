package dev.prima.voice.spi;

import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.TouchpointKind;
import java.time.Instant;
import java.util.Objects;

/**
 * A touchpoint Prima records about a case rather than one the process model declares: it opens and
 * closes at {@code at} (one {@code FULL} journal row) under a synthetic element id such as {@code
 * prima:withdrawal}.
 *
 * @param channel may be null
 * @param userId may be null
 * @param note kept with the row (a reason, a complaint id); may be null
 */
public record JournalEntry(
    TouchpointKind kind,
    String elementId,
    String moment,
    Channel channel,
    Lane lane,
    String userId,
    String note,
    Instant at) {

  public JournalEntry {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(elementId, "elementId must not be null");
    Objects.requireNonNull(moment, "moment must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }
}
