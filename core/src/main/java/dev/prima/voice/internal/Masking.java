package dev.prima.voice.internal;

import dev.prima.voice.Complaint;
import java.util.List;
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

  Complaint forViewer(Complaint complaint, Set<String> viewerRoles) {
    return maySeeComplainant(viewerRoles) ? complaint : complaint.masked();
  }

  List<Complaint> forViewer(List<Complaint> complaints, Set<String> viewerRoles) {
    boolean sees = maySeeComplainant(viewerRoles);
    return complaints.stream().map(c -> sees ? c : c.masked()).toList();
  }
}
