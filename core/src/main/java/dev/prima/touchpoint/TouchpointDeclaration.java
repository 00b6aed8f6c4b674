package dev.prima.touchpoint;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.internal.DurationWords;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a BPMN element declares about itself as a touchpoint, read from its {@code prima.*}
 * properties. {@code channel}, {@code lane} and {@code target} may be {@code null} (not declared).
 *
 * @param moment the moment-of-truth name
 * @param channel the channel, or {@code null}
 * @param lane the blueprint lane, or {@code null}
 * @param kind the kind, declared or following from the element type
 * @param target the target duration, or {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record TouchpointDeclaration(
    String moment, Channel channel, Lane lane, TouchpointKind kind, Duration target) {

  /**
   * Checks the declaration.
   *
   * @param moment the moment-of-truth name; not blank
   * @param channel the channel, or {@code null}
   * @param lane the blueprint lane, or {@code null}
   * @param kind the kind of moment; not null
   * @param target the target, positive, or {@code null}
   * @throws IllegalArgumentException when the moment is blank or the target not positive
   */
  public TouchpointDeclaration {
    if (moment == null || moment.isBlank()) {
      throw new IllegalArgumentException("moment must not be blank, but was '" + moment + "'");
    }
    Objects.requireNonNull(kind, "kind must not be null");
    if (target != null && (target.isZero() || target.isNegative())) {
      throw new IllegalArgumentException("target must be positive, but was " + target);
    }
  }

  /**
   * One invalid property value on one element.
   *
   * @param property the property name, such as {@code prima.channel}
   * @param value the value found
   * @param message what is wrong and what is expected
   */
  public record Problem(String property, String value, String message) {}

  /**
   * The outcome of reading an element's properties: a declaration, problems, or neither.
   *
   * @param declaration the declaration, if the element is a touchpoint and could be read
   * @param problems the invalid values found
   */
  public record Reading(Optional<TouchpointDeclaration> declaration, List<Problem> problems) {
    /**
     * Copies the problems.
     *
     * @param declaration the declaration, if the element is a touchpoint and could be read
     * @param problems the invalid values found; not null
     */
    public Reading {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads an element's touchpoint properties (other {@code prima.*} names are ignored here).
   *
   * @param elementType the BPMN element's local name ({@code userTask}, {@code endEvent}, ...) that
   *     gives the default kind
   * @param given the element's {@code camunda:properties}
   * @return the declaration, or the problems that prevented it
   */
  public static Reading read(String elementType, Map<String, String> given) {
    List<Problem> problems = new ArrayList<>();
    // a blank optional value (as a form in Camunda Modeler leaves it) means "not declared"
    Map<String, String> properties = new java.util.HashMap<>();
    given.forEach(
        (name, value) -> {
          if (value != null && (!value.isBlank() || TouchpointProperties.TOUCHPOINT.equals(name))) {
            properties.put(name, value);
          }
        });
    String moment = properties.get(TouchpointProperties.TOUCHPOINT);
    boolean anyTouchpointProperty =
        TouchpointProperties.NAMES.stream().anyMatch(given::containsKey);
    if (!anyTouchpointProperty) {
      return new Reading(Optional.empty(), problems);
    }
    if (moment == null || moment.isBlank()) {
      problems.add(
          new Problem(
              TouchpointProperties.TOUCHPOINT,
              moment,
              "a touchpoint needs a moment-of-truth name in "
                  + TouchpointProperties.TOUCHPOINT
                  + " (for example 'Documents checked at the counter')"));
    }
    Channel channel = null;
    String channelValue = properties.get(TouchpointProperties.CHANNEL);
    if (channelValue != null) {
      channel = Channel.fromId(channelValue).orElse(null);
      if (channel == null) {
        problems.add(
            new Problem(
                TouchpointProperties.CHANNEL,
                channelValue,
                "'" + channelValue + "' is not a channel; valid: " + Channel.choices()));
      }
    }
    Lane lane = null;
    String laneValue = properties.get(TouchpointProperties.LANE);
    if (laneValue != null) {
      lane = Lane.fromId(laneValue).orElse(null);
      if (lane == null) {
        problems.add(
            new Problem(
                TouchpointProperties.LANE,
                laneValue,
                "'" + laneValue + "' is not a blueprint lane; valid: " + Lane.choices()));
      }
    }
    TouchpointKind kind = defaultKind(elementType);
    String kindValue = properties.get(TouchpointProperties.KIND);
    if (kindValue != null) {
      kind = TouchpointKind.fromId(kindValue).orElse(null);
      if (kind == null) {
        problems.add(
            new Problem(
                TouchpointProperties.KIND,
                kindValue,
                "'"
                    + kindValue
                    + "' is not a touchpoint kind; valid: "
                    + TouchpointKind.choices()));
      }
    }
    Duration target = null;
    String targetValue = properties.get(TouchpointProperties.TARGET);
    if (targetValue != null) {
      try {
        target = calendarTime(targetValue.trim());
        if (target.isZero() || target.isNegative()) {
          problems.add(
              new Problem(
                  TouchpointProperties.TARGET,
                  targetValue,
                  "target must be positive, but was " + targetValue));
          target = null;
        }
      } catch (DateTimeParseException e) {
        problems.add(
            new Problem(
                TouchpointProperties.TARGET,
                targetValue,
                "'"
                    + targetValue
                    + "' is not a calendar duration; valid examples: PT15M, '15 minutes', '15"
                    + " menit', PT2H, '2 jam', P3D, '3 hari' (a target is calendar time, not"
                    + " working time)"));
      }
    }
    if (!problems.isEmpty()) {
      return new Reading(Optional.empty(), problems);
    }
    return new Reading(
        Optional.of(new TouchpointDeclaration(moment.trim(), channel, lane, kind, target)),
        problems);
  }

  /**
   * {@return the kind an element has when {@code prima.kind} is not given}
   *
   * @param elementType the BPMN element's local name, such as {@code userTask}
   */
  public static TouchpointKind defaultKind(String elementType) {
    if (elementType == null) {
      return TouchpointKind.CONTACT;
    }
    switch (elementType) {
      case "receiveTask":
      case "intermediateCatchEvent":
      case "eventBasedGateway":
      case "boundaryEvent":
        return TouchpointKind.WAIT;
      case "exclusiveGateway":
      case "inclusiveGateway":
      case "businessRuleTask":
        return TouchpointKind.DECISION;
      case "sendTask":
      case "intermediateThrowEvent":
        return TouchpointKind.NOTIFICATION;
      case "endEvent":
        return TouchpointKind.DELIVERY;
      default:
        return TouchpointKind.CONTACT;
    }
  }

  /**
   * A touchpoint target in calendar time: ISO-8601 ({@code PT15M}) or words ({@code 15 minutes},
   * {@code 15 menit}, {@code 2 jam}, {@code 1 day}).
   */
  private static Duration calendarTime(String text) {
    if (!text.isEmpty() && (text.charAt(0) == 'P' || text.charAt(0) == 'p')) {
      return Duration.parse(text.toUpperCase(java.util.Locale.ROOT)); // ISO-8601, the usual form
    }
    Optional<DurationWords.Words> words = DurationWords.read(text);
    if (words.isPresent() && !words.get().working()) {
      return words.get().calendar();
    }
    return Duration.parse(text.toUpperCase(java.util.Locale.ROOT));
  }
}
