package dev.prima.voice.internal;

import java.util.Objects;
import java.util.Set;

/** Who may see a complainant: a viewer holding at least one complaint-officer role. */
final class Masking {

  private final Set<String> officerRoles;

  Masking(Set<String> officerRoles) {
    this.officerRoles = Set.copyOf(officerRoles);
  }

  boolean maySeeComplainant(Set<String> viewerRoles) {
    Objects.requireNonNull(viewerRoles, "viewerRoles must not be null");
    return viewerRoles.stream().anyMatch(officerRoles::contains);
  }
}
