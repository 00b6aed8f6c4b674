package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.people.internal.RoleIds;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who a task of a {@link FrontlineRole} is offered to, as decided by {@link CompetencyRouting}. One
 * of {@link ToQualifiedStaff}, {@link ToWholeGroup} and {@link EscalatedTo}; {@link
 * #candidateUsers()} and {@link #candidateGroup()} give the result in Camunda's terms.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public sealed interface Routing {

  /** {@return the users to offer the task to; empty when it goes to a group} */
  List<String> candidateUsers();

  /** {@return the candidate group to offer the task to; empty when it goes to named users} */
  Optional<String> candidateGroup();

  /**
   * To the staff in the role who meet its requirements.
   *
   * @param staffIds their user ids, sorted, not empty
   */
  record ToQualifiedStaff(List<String> staffIds) implements Routing {
    /**
     * Copies the ids.
     *
     * @param staffIds the user ids, sorted; not empty
     * @throws IllegalArgumentException when {@code staffIds} is empty
     */
    public ToQualifiedStaff {
      staffIds = List.copyOf(staffIds);
      if (staffIds.isEmpty()) {
        throw new IllegalArgumentException(
            "staffIds must not be empty, but was []; route to the group instead");
      }
    }

    @Override
    public List<String> candidateUsers() {
      return staffIds;
    }

    @Override
    public Optional<String> candidateGroup() {
      return Optional.empty();
    }
  }

  /**
   * To every member of the role.
   *
   * @param roleId the role, which is the candidate group
   * @param reason why not to named staff, naming who was considered and what they lacked
   */
  record ToWholeGroup(String roleId, String reason) implements Routing {
    /**
     * Checks the role id and the reason.
     *
     * @param roleId the role id (candidate group)
     * @param reason why the task is not offered to named staff; not blank
     * @throws IllegalArgumentException when the id is invalid or the reason blank
     */
    public ToWholeGroup {
      RoleIds.check("role id", roleId);
      requireReason(reason);
    }

    @Override
    public List<String> candidateUsers() {
      return List.of();
    }

    @Override
    public Optional<String> candidateGroup() {
      return Optional.of(roleId);
    }
  }

  /**
   * To the supervisor role, because nobody in the role qualified.
   *
   * @param supervisorRoleId the supervisor role, which is the candidate group
   * @param reason naming who was considered and what they lacked
   */
  record EscalatedTo(String supervisorRoleId, String reason) implements Routing {
    /**
     * Checks the role id and the reason.
     *
     * @param supervisorRoleId the supervisor role's id (candidate group)
     * @param reason who was considered and what they lacked; not blank
     * @throws IllegalArgumentException when the id is invalid or the reason blank
     */
    public EscalatedTo {
      RoleIds.check("supervisor role id", supervisorRoleId);
      requireReason(reason);
    }

    @Override
    public List<String> candidateUsers() {
      return List.of();
    }

    @Override
    public Optional<String> candidateGroup() {
      return Optional.of(supervisorRoleId);
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(
          "reason must not be blank, but was " + (reason == null ? "null" : "'" + reason + "'"));
    }
  }
}
