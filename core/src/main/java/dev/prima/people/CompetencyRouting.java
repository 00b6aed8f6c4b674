package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Decides who a task of a frontline role is offered to, by competency: a pure function of the role,
 * the directory's answer and the policy, meant to be called when the task is created.
 *
 * <ul>
 *   <li>A role with no requirements goes to its whole group: anyone in it may serve.
 *   <li>Otherwise the task goes to the staff in the role whose profile {@linkplain
 *       CompetencyProfile#meets meets} the requirements ({@link Routing.ToQualifiedStaff}, sorted
 *       by id), even when that is everyone in the role.
 *   <li>When nobody qualifies (or nobody is in the role), the policy decides: {@link
 *       NoQualifiedStaffPolicy#LEAVE_TO_GROUP} gives {@link Routing.ToWholeGroup}, {@link
 *       NoQualifiedStaffPolicy#ESCALATE_TO_SUPERVISOR} gives {@link Routing.EscalatedTo} the role's
 *       supervisor, or the whole group when it has none. The reason names every member considered
 *       and the factors they fell short in.
 * </ul>
 *
 * <p>Escalation is one step: the supervisor role's own members are not checked. Thread-safe as far
 * as the directory is.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CompetencyRouting {

  private CompetencyRouting() {}

  /**
   * Routes a task of {@code role}.
   *
   * @param directory asked once, for {@link StaffDirectory#inRole} of the role's id
   * @param role the role the task is offered to
   * @param policy what to do when nobody in the role qualifies
   * @return to whom the task is offered, with the reason when it is not named staff
   */
  public static Routing route(
      FrontlineRole role, StaffDirectory directory, NoQualifiedStaffPolicy policy) {
    Objects.requireNonNull(role, "role must not be null");
    Objects.requireNonNull(directory, "directory must not be null");
    Objects.requireNonNull(policy, "policy must not be null");
    CompetencyRequirements requirements = role.requirements();
    if (requirements.isEmpty()) {
      return new Routing.ToWholeGroup(
          role.id(), "role '" + role.id() + "' requires no minimum competency levels");
    }
    List<StaffMember> members = new ArrayList<>(directory.inRole(role.id()));
    members.sort(Comparator.comparing(StaffMember::id));
    List<String> qualified =
        members.stream()
            .filter(m -> m.profile().meets(requirements))
            .map(StaffMember::id)
            .distinct()
            .toList();
    if (!qualified.isEmpty()) {
      return new Routing.ToQualifiedStaff(qualified);
    }
    String why = whyNobodyQualifies(role, members);
    if (policy == NoQualifiedStaffPolicy.ESCALATE_TO_SUPERVISOR) {
      return role.supervisor()
          .<Routing>map(
              supervisor ->
                  new Routing.EscalatedTo(
                      supervisor, why + "; escalated to supervisor role '" + supervisor + "'"))
          .orElseGet(
              () ->
                  new Routing.ToWholeGroup(
                      role.id(),
                      why
                          + "; escalation was asked, but role '"
                          + role.id()
                          + "' has no supervisor role (declare one with escalatesTo(...)),"
                          + " so it is left to the whole group"));
    }
    return new Routing.ToWholeGroup(role.id(), why + "; left to the whole group");
  }

  private static String whyNobodyQualifies(FrontlineRole role, List<StaffMember> members) {
    CompetencyRequirements requirements = role.requirements();
    String head = "role '" + role.id() + "' requires " + requirements.describe() + ", but ";
    if (members.isEmpty()) {
      return head + "nobody is in the role";
    }
    return head
        + "no member qualifies ("
        + members.size()
        + " considered): "
        + members.stream()
            .map(m -> m.id() + ": " + gapsOf(m, requirements))
            .collect(Collectors.joining("; "));
  }

  private static String gapsOf(StaffMember member, CompetencyRequirements requirements) {
    return member.profile().gaps(requirements).stream()
        .map(CompetencyGap::toString)
        .collect(Collectors.joining(", "));
  }
}
