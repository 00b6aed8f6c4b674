package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Who complained: a name and a way to reach them. {@link #HIDDEN} stands in for a complainant a
 * viewer may not see; an anonymous complaint has none at all.
 *
 * @param name the complainant's name
 * @param contact phone, e-mail or address, or {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Complainant(String name, String contact) {

  /** What a viewer without a complaint-officer role sees instead of the complainant. */
  public static final Complainant HIDDEN = new Complainant("(hidden)", "(hidden)");

  /** The longest name or contact kept. */
  public static final int MAX_LENGTH = 255;

  /**
   * Checks what can be stored, without quoting the values: they are personal data.
   *
   * @param name the complainant's name; not blank, at most {@link #MAX_LENGTH} characters
   * @param contact phone, e-mail or address, or {@code null}; at most {@link #MAX_LENGTH}
   *     characters
   * @throws InvalidVoiceException when the name is blank or a value too long or has a NUL character
   */
  public Complainant {
    if (name == null || name.isBlank()) {
      throw new InvalidVoiceException("complainant name must not be blank, but was '" + name + "'");
    }
    check("name", name);
    if (contact != null) {
      check("contact", contact);
    }
  }

  /** Refuses what cannot be stored, without quoting the value: it is personal data. */
  private static void check(String what, String value) {
    if (value.length() > MAX_LENGTH) {
      throw new InvalidVoiceException(
          "complainant "
              + what
              + " must be at most "
              + MAX_LENGTH
              + " characters, but had "
              + value.length());
    }
    if (value.indexOf('\0') >= 0) {
      throw new InvalidVoiceException(
          "complainant " + what + " must not contain NUL characters (U+0000), but had one");
    }
  }

  /**
   * {@return a complainant with a name and a contact (phone, e-mail or address; may be null)}
   *
   * @param name the complainant's name; not blank
   * @param contact phone, e-mail or address, or {@code null}
   */
  public static Complainant of(String name, String contact) {
    return new Complainant(name, contact);
  }

  /** {@return whether this is the {@link #HIDDEN} stand-in} */
  public boolean isHidden() {
    return this.equals(HIDDEN);
  }

  /** Never the name or contact: applications log such objects. */
  @Override
  public String toString() {
    return isHidden() ? "Complainant[(hidden)]" : "Complainant[(given)]";
  }
}
