package dev.prima.voice.internal;

import dev.prima.internal.Arguments;
import dev.prima.voice.InvalidVoiceException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Argument checks with the house message style. */
final class Texts {
  private Texts() {}

  /** A key (case, complaint, touchpoint, service): not blank, storable. */
  static String require(String name, String value) {
    return require(name, value, Arguments.KEY_LENGTH);
  }

  /** A text: not blank, at most {@code maxLength} characters, no NUL. */
  static String require(String name, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidVoiceException(name + " must not be blank, but was '" + value + "'");
    }
    return optional(name, value, maxLength);
  }

  /** An optional text: null, or at most {@code maxLength} characters without NUL. */
  static String optional(String name, String value, int maxLength) {
    if (value != null) {
      Arguments.problem(name, value, maxLength)
          .ifPresent(
              message -> {
                throw new InvalidVoiceException(message);
              });
    }
    return value;
  }

  /** Now by Prima's clock, at the millisecond precision the tables keep. */
  static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
