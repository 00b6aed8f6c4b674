package dev.prima.people.internal;

import dev.prima.people.FrontlineRoles;
import dev.prima.people.InMemoryStaffDirectory;
import dev.prima.people.People;
import dev.prima.people.StaffAccountability;
import dev.prima.people.StaffDirectory;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointJournal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link People} over the touchpoint journal. */
public final class JournalPeople implements People {

  private final TouchpointJournal journal;
  private final FrontlineRoles roles;
  private final StaffDirectory staff;

  public JournalPeople(TouchpointJournal journal, FrontlineRoles roles, StaffDirectory staff) {
    this.journal = journal;
    this.roles = roles;
    this.staff = staff;
  }

  @Override
  public FrontlineRoles roles() {
    return roles;
  }

  @Override
  public Optional<StaffDirectory> staff() {
    return Optional.ofNullable(staff);
  }

  @Override
  public List<StaffAccountability> accountability(Instant from, Instant to) {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to, but was " + from + " and " + to);
    }
    // served = a touchpoint offered to a role (a task), not a gateway passed on someone's behalf,
    // and not the citizen's own step (customer lane): a citizen is not staff
    // streamed (#21): a month of every service is 830,000 touchpoints at 10,000,000; only the
    // served ones are kept
    List<Touchpoint> served = new ArrayList<>();
    journal
        .query()
        .startedAfter(from)
        .startedBefore(to)
        .forEach(
            t -> {
              if (t.role() != null && t.lane() != Lane.CUSTOMER) {
                served.add(t);
              }
            });
    return StaffAccountability.from(served, staff == null ? InMemoryStaffDirectory.of() : staff);
  }
}
