package dev.prima.touchpoint;

import java.util.Locale;
import java.util.Optional;

/** Lenient parsing of enum values written by people: case, dashes and spaces do not matter. */
final class EnumIds {
  private EnumIds() {}

  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String normalized = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(normalized)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
