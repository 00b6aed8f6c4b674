package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.people.internal.RoleIds;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * A person who serves citizens: the user who works on tasks, the frontline roles they are in and
 * their competency profile. Immutable.
 *
 * <pre>{@code
 * StaffMember ana =
 *     StaffMember.of("ana", "Ana Putri")
 *         .inRoles("counter-officer")
 *         .withProfile(CompetencyProfile.builder().ethics(4).skills(3).build());
 * }</pre>
 *
 * @param id the user id (the assignee of tasks, {@code userId} of touchpoints)
 * @param name a readable name
 * @param roles the ids of the roles (candidate groups) the member is in, sorted; unmodifiable
 * @param profile the competency profile
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record StaffMember(String id, String name, Set<String> roles, CompetencyProfile profile) {

  /**
   * @param id the user id; not blank
   * @param name a readable name; not blank
   * @param roles role ids (candidate groups)
   * @param profile the competency profile
   * @throws IllegalArgumentException when the id or name is blank or a role id is invalid
   */
  public StaffMember {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(
          "staff id must not be blank, but was " + (id == null ? "null" : "'" + id + "'"));
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(
          "name of staff member '"
              + id
              + "' must not be blank, but was "
              + (name == null ? "null" : "'" + name + "'"));
    }
    Objects.requireNonNull(roles, "roles must not be null");
    Set<String> sorted = new TreeSet<>();
    for (String role : roles) {
      sorted.add(RoleIds.check("role id of staff member '" + id + "'", role));
    }
    roles = Collections.unmodifiableSet(sorted);
    Objects.requireNonNull(profile, "profile must not be null");
  }

  /**
   * {@return a member in no role, with nothing assessed}
   *
   * @param id the user id
   * @param name a readable name
   */
  public static StaffMember of(String id, String name) {
    return new StaffMember(id, name, Set.of(), CompetencyProfile.notAssessed());
  }

  /**
   * This member, in these roles instead of the current ones.
   *
   * @param roleIds the role ids (candidate groups)
   * @return a changed copy; this member is left unchanged
   */
  public StaffMember inRoles(String... roleIds) {
    Objects.requireNonNull(roleIds, "roleIds must not be null");
    return inRoles(Arrays.asList(roleIds));
  }

  /**
   * This member, in these roles instead of the current ones.
   *
   * @param roleIds the role ids (candidate groups)
   * @return a changed copy; this member is left unchanged
   */
  public StaffMember inRoles(Collection<String> roleIds) {
    Objects.requireNonNull(roleIds, "roleIds must not be null");
    return new StaffMember(id, name, new TreeSet<>(roleIds), profile);
  }

  /**
   * This member, with this profile.
   *
   * @param profile the competency profile
   * @return a changed copy; this member is left unchanged
   */
  public StaffMember withProfile(CompetencyProfile profile) {
    return new StaffMember(id, name, roles, profile);
  }

  /**
   * {@return whether the member is in the role {@code roleId}}
   *
   * @param roleId the role id (candidate group)
   */
  public boolean hasRole(String roleId) {
    return roles.contains(roleId);
  }

  @Override
  public String toString() {
    return "StaffMember[" + id + " '" + name + "' in " + roles + ", " + profile + "]";
  }
}
