package dev.prima.strategy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.internal.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A duration or a fee as written in a standard that Prima cannot take, such as {@code 0 hari kerja}
 * or {@code -5}. The message is English; {@link #message(Locale)} gives it in Bahasa Indonesia too,
 * for a tool that shows it to an agency's modeller.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The message's key in the standard's bundle. */
  private final String key;

  private final transient List<String> arguments;

  private InvalidValueException(String key, List<String> arguments, Throwable cause) {
    super(
        Messages.of(ServiceDuration.TEXTS, Locale.ENGLISH, InvalidValueException.class)
            .text(key, arguments.toArray()),
        cause);
    this.key = key;
    this.arguments = arguments;
  }

  /** The text {@code key} of the standard's bundle with its arguments, in English. */
  static InvalidValueException of(String key, Object... arguments) {
    return withCause(null, key, arguments);
  }

  static InvalidValueException withCause(Throwable cause, String key, Object... arguments) {
    Objects.requireNonNull(key, "key must not be null");
    return new InvalidValueException(
        key, Arrays.stream(arguments).map(String::valueOf).toList(), cause);
  }

  /**
   * What is wrong with the value, in {@code locale}'s language (Bahasa Indonesia for {@code id},
   * English otherwise).
   *
   * @param locale the reader's language
   * @return the text
   */
  public String message(Locale locale) {
    if (arguments == null) {
      return getMessage(); // deserialized: the arguments are not kept
    }
    return Messages.of(ServiceDuration.TEXTS, locale, InvalidValueException.class)
        .text(key, arguments.toArray());
  }
}
