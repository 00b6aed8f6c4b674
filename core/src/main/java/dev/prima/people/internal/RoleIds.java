package dev.prima.people.internal;

/** Validates role ids, which double as Camunda candidate groups. */
public final class RoleIds {

  private RoleIds() {}

  /** Returns {@code id} when it can be used as one candidate group. */
  public static String check(String what, String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(
          what + " must not be blank, but was " + (id == null ? "null" : "'" + id + "'"));
    }
    if (id.indexOf(',') >= 0) {
      throw new IllegalArgumentException(
          what
              + " must not contain a comma (Camunda splits candidate groups at commas), but was '"
              + id
              + "'");
    }
    if (!id.strip().equals(id)) {
      throw new IllegalArgumentException(
          what + " must not start or end with whitespace, but was '" + id + "'");
    }
    return id;
  }
}
