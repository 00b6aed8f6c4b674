package dev.prima.internal;

import dev.prima.InvalidArgumentException;
import java.util.Optional;

/**
 * Checks of string arguments before they reach the database: present, no longer than the column
 * that keeps them, and free of NUL characters (PostgreSQL refuses them in text). Messages name the
 * argument and the limit and quote the value only when it is short.
 */
public final class Arguments {

  /** The length of Prima's key columns (case, process, element, user, role). */
  public static final int KEY_LENGTH = 255;

  private static final int QUOTED = 60;

  private Arguments() {}

  /** A key argument: not null, at most {@link #KEY_LENGTH} characters, no NUL. */
  public static String key(String name, String value) {
    return text(name, value, KEY_LENGTH);
  }

  /** A text argument: not null, at most {@code maxLength} characters, no NUL. */
  public static String text(String name, String value, int maxLength) {
    problem(name, value, maxLength)
        .ifPresent(
            message -> {
              throw new InvalidArgumentException(message);
            });
    return value;
  }

  /** What is wrong with a string argument, if anything; for callers with their own exception. */
  public static Optional<String> problem(String name, String value, int maxLength) {
    if (value == null) {
      return Optional.of(name + " must not be null");
    }
    if (value.length() > maxLength) {
      return Optional.of(
          name
              + " must be at most "
              + maxLength
              + " characters, but had "
              + value.length()
              + ". Fix: shorten it");
    }
    if (value.indexOf('\0') >= 0) {
      return Optional.of(
          name
              + " must not contain NUL characters (U+0000), but "
              + (value.length() <= QUOTED ? "'" + value.replace("\0", "\\0") + "'" : "it")
              + " had one at index "
              + value.indexOf('\0'));
    }
    return Optional.empty();
  }
}
