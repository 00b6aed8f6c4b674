package dev.prima.touchpoint;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What sort of moment of truth a touchpoint is. Declared as {@code prima.kind}; when absent it
 * follows from the BPMN element (a user task is a {@link #CONTACT}, a receive task or catch event a
 * {@link #WAIT}, a gateway or business rule task a {@link #DECISION}, a send task or throw event a
 * {@link #NOTIFICATION}, an end event a {@link #DELIVERY}).
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum TouchpointKind {
  /** The citizen deals with staff, a form or a system. */
  CONTACT,
  /** The citizen waits: in a queue, for a letter, for a decision. */
  WAIT,
  /** A decision about the citizen's case is taken. */
  DECISION,
  /** The citizen is told something: a notification, a letter, an SMS. */
  NOTIFICATION,
  /** The service's product reaches the citizen. */
  DELIVERY,
  /** The citizen speaks up: a complaint, a suggestion, a rating. */
  VOICE,
  /** The citizen leaves: withdrawal, abandonment, channel switch. */
  EXIT;

  /** {@return the value used in BPMN properties, e.g. {@code contact}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the kind for a BPMN value, case-insensitive}
   *
   * @param value the {@code prima.kind} value
   */
  public static Optional<TouchpointKind> fromId(String value) {
    return EnumIds.parse(TouchpointKind.class, value);
  }

  /** {@return the accepted values, for error messages and element templates} */
  public static String choices() {
    return Arrays.stream(values()).map(TouchpointKind::id).collect(Collectors.joining(", "));
  }
}
