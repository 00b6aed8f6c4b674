package dev.prima.touchpoint;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Service blueprint lanes (Shostack; Bitner et al.), top to bottom. A touchpoint crosses the line
 * of interaction between {@link #CUSTOMER} and {@link #FRONTSTAGE}. Declared as {@code prima.lane}.
 */
@API(status = MAINTAINED, since = "0.1.0")
public enum Lane {
  /** Physical evidence: what the citizen sees and holds, such as forms, letters and the office. */
  EVIDENCE,
  /** The citizen's own actions. */
  CUSTOMER,
  /** Staff the citizen meets, across the line of interaction. */
  FRONTSTAGE,
  /** Staff work the citizen does not see, behind the line of visibility. */
  BACKSTAGE,
  /** Support processes and systems the staff rely on. */
  SUPPORT;

  /** {@return the value used in BPMN properties: the constant's name, e.g. {@code FRONTSTAGE}} */
  public String id() {
    return name();
  }

  /**
   * {@return the lane for a BPMN value, case-insensitive}
   *
   * @param value the {@code prima.lane} value
   */
  public static Optional<Lane> fromId(String value) {
    return EnumIds.parse(Lane.class, value);
  }

  /** {@return the accepted values, for error messages and element templates} */
  public static String choices() {
    return Arrays.stream(values()).map(Lane::id).collect(Collectors.joining(", "));
  }
}
