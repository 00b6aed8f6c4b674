package dev.prima.touchpoint;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** How the citizen meets the service at a touchpoint. Declared as {@code prima.channel}. */
@API(status = MAINTAINED, since = "0.1.0")
public enum Channel {
  /** At the office counter, in person. */
  COUNTER,
  /** Online: a web portal or form. */
  ONLINE,
  /** By telephone. */
  PHONE,
  /** By post. */
  MAIL,
  /** By e-mail. */
  EMAIL,
  /** By text message (SMS). */
  SMS,
  /** By chat, such as a messaging app or a web chat. */
  CHAT,
  /** In the agency's mobile application. */
  MOBILE_APP,
  /** At a self-service kiosk. */
  KIOSK,
  /** At the citizen's home, on a visit by staff. */
  HOME_VISIT;

  /** {@return the value used in BPMN properties, e.g. {@code home-visit}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the channel for a BPMN value, accepting {@code home-visit}, {@code HOME_VISIT} or
   * {@code Home Visit}}
   *
   * @param value the {@code prima.channel} value
   */
  public static Optional<Channel> fromId(String value) {
    return EnumIds.parse(Channel.class, value);
  }

  /** {@return the accepted values, for error messages and element templates} */
  public static String choices() {
    return Arrays.stream(values()).map(Channel::id).collect(Collectors.joining(", "));
  }
}
