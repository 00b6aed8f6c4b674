package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One survey element (unsur) of an {@link SkmProfile}, such as {@code U1 requirements}. Elements
 * are identified by their code, never by their position: sources disagree on the order.
 *
 * @param code {@code U} followed by a number, such as {@code U4}
 * @param name what the element asks about
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SkmElement(String code, String name) {

  private static final Pattern CODE = Pattern.compile("U[1-9][0-9]*");

  /**
   * Checks the code and the name.
   *
   * @param code {@code U} followed by a number, such as {@code U4}
   * @param name what the element asks about; not blank
   * @throws IllegalArgumentException when the code is malformed or the name blank
   */
  public SkmElement {
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(name, "name must not be null");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "an element code is U followed by a number such as U1, but was '" + code + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("the name of element " + code + " must not be blank");
    }
  }

  /**
   * {@return the element with the given code and name}
   *
   * @param code {@code U} followed by a number, such as {@code U4}
   * @param name what the element asks about; not blank
   */
  public static SkmElement of(String code, String name) {
    return new SkmElement(code, name);
  }

  /** {@code U4 (fee/tariff)}. */
  @Override
  public String toString() {
    return code + " (" + name + ")";
  }
}
