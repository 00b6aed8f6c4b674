package dev.prima.voice.internal;

import dev.prima.voice.ComplaintRequest;
import dev.prima.voice.Rating;
import dev.prima.voice.Ratings;
import dev.prima.voice.TouchpointRating;
import dev.prima.voice.UnknownTouchpointException;
import dev.prima.voice.spi.VoiceEngine;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Ratings of touchpoints, stored in an engine command and read with JDBC. */
public final class EngineRatings implements Ratings {

  private final VoiceEngine engine;
  private final VoiceStore store;
  private final Clock clock;

  public EngineRatings(VoiceEngine engine, VoiceStore store, Clock clock) {
    this.engine = engine;
    this.store = store;
    this.clock = clock;
  }

  @Override
  public TouchpointRating rate(String touchpointId, Rating rating, String comment) {
    Texts.require("touchpointId", touchpointId);
    Objects.requireNonNull(rating, "rating must not be null");
    Texts.optional("comment", comment, ComplaintRequest.MAX_TEXT_LENGTH);
    VoiceStore.TouchpointRef touchpoint =
        store
            .touchpoint(touchpointId)
            .orElseThrow(() -> new UnknownTouchpointException(touchpointId));
    TouchpointRating stored =
        new TouchpointRating(
            UUID.randomUUID().toString(),
            touchpointId,
            touchpoint.caseId(),
            touchpoint.elementId(),
            touchpoint.processDefinitionKey(),
            rating,
            comment,
            Texts.now(clock));
    return engine.inTransaction(
        tx -> {
          tx.insertRating(stored);
          return stored;
        });
  }

  @Override
  public List<TouchpointRating> ratingsOf(String caseId) {
    Texts.require("caseId", caseId);
    return store.ratingsOf(caseId);
  }
}
