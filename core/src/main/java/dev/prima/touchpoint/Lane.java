package dev.prima.touchpoint;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Service blueprint lanes (Shostack; Bitner et al.), top to bottom. A touchpoint crosses the line
 * of interaction between {@link #CUSTOMER} and {@link #FRONTSTAGE}. Declared as {@code prima.lane}.
 */
public enum Lane {
  EVIDENCE,
  CUSTOMER,
  FRONTSTAGE,
  BACKSTAGE,
  SUPPORT;

  /** {@return the value used in BPMN properties: the constant's name, e.g. {@code FRONTSTAGE}} */
  public String id() {
    return name();
  }

  /** {@return the lane for a BPMN value, case-insensitive} */
  public static Optional<Lane> fromId(String value) {
    return EnumIds.parse(Lane.class, value);
  }

  /** {@return the accepted values, for error messages and element templates} */
  public static String choices() {
    return Arrays.stream(values()).map(Lane::id).collect(Collectors.joining(", "));
  }
}
