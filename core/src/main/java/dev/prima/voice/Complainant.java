package dev.prima.voice;

/**
 * Who complained: a name and a way to reach them. {@link #HIDDEN} stands in for a complainant a
 * viewer may not see; an anonymous complaint has none at all.
 */
public record Complainant(String name, String contact) {

  /** What a viewer without a complaint-officer role sees instead of the complainant. */
  public static final Complainant HIDDEN = new Complainant("(hidden)", "(hidden)");

  public Complainant {
    if (name == null || name.isBlank()) {
      throw new InvalidVoiceException("complainant name must not be blank, but was '" + name + "'");
    }
  }

  /** A complainant with a name and a contact (phone, e-mail or address; may be null). */
  public static Complainant of(String name, String contact) {
    return new Complainant(name, contact);
  }

  /** Whether this is the {@link #HIDDEN} stand-in. */
  public boolean isHidden() {
    return this.equals(HIDDEN);
  }

  @Override
  public String toString() {
    return isHidden() ? "Complainant[(hidden)]" : "Complainant[" + name + "]";
  }
}
