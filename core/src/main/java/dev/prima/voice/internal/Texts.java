package dev.prima.voice.internal;

import dev.prima.voice.InvalidVoiceException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Argument checks with the house message style. */
final class Texts {
  private Texts() {}

  static String require(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidVoiceException(name + " must not be blank, but was '" + value + "'");
    }
    return value;
  }

  /** Now by Prima's clock, at the millisecond precision the tables keep. */
  static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
