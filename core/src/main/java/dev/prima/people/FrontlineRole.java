package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.people.internal.RoleIds;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A role of customer-facing staff, such as a counter officer, with the competency it requires and
 * the role a task goes to when nobody in it qualifies. Immutable; {@link #requires} and {@link
 * #escalatesTo} return changed copies.
 *
 * <pre>{@code
 * FrontlineRole counter =
 *     FrontlineRole.of("counter-officer", "Counter officer")
 *         .requires(Competency.SKILLS, 3)
 *         .requires(Competency.ETHICS, 3)
 *         .escalatesTo("section-head");
 * }</pre>
 *
 * @param id the Camunda candidate group of the role's tasks: not blank, no comma, no surrounding
 *     whitespace
 * @param name a readable name
 * @param requirements the minimum competency levels
 * @param supervisorRoleId the role to escalate to, or {@code null} for none
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record FrontlineRole(
    String id, String name, CompetencyRequirements requirements, String supervisorRoleId) {

  /**
   * @param id the candidate group: not blank, no comma, no surrounding whitespace
   * @param name a readable name; not blank
   * @param requirements the minimum competency levels; not null
   * @param supervisorRoleId the role to escalate to, or {@code null}; not this role
   * @throws IllegalArgumentException when an id is blank, has a comma or surrounding whitespace,
   *     the name is blank, or the role escalates to itself
   */
  public FrontlineRole {
    RoleIds.check("role id", id);
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(
          "name of role '" + id + "' must not be blank, but was " + quoted(name));
    }
    Objects.requireNonNull(requirements, "requirements must not be null");
    if (supervisorRoleId != null) {
      RoleIds.check("supervisor role id of role '" + id + "'", supervisorRoleId);
      if (supervisorRoleId.equals(id)) {
        throw new IllegalArgumentException(
            "supervisor role id of role '" + id + "' must name another role, but was '" + id + "'");
      }
    }
  }

  /**
   * {@return a role with no requirements and no supervisor}
   *
   * @param id the candidate group
   * @param name a readable name
   */
  public static FrontlineRole of(String id, String name) {
    return new FrontlineRole(id, name, CompetencyRequirements.none(), null);
  }

  /**
   * This role, requiring at least {@code level} in {@code competency}.
   *
   * @param competency the factor
   * @param level the minimum level, 1..5
   * @return a changed copy; this role is left unchanged
   * @throws IllegalArgumentException when {@code level} is not in 1..5
   */
  public FrontlineRole requires(Competency competency, int level) {
    return new FrontlineRole(id, name, requirements.with(competency, level), supervisorRoleId);
  }

  /**
   * This role, with {@code requirements} replacing the current ones.
   *
   * @param requirements the new requirements
   * @return a changed copy; this role is left unchanged
   */
  public FrontlineRole requires(CompetencyRequirements requirements) {
    return new FrontlineRole(id, name, requirements, supervisorRoleId);
  }

  /**
   * This role, escalating to the role {@code supervisorRoleId} when nobody here qualifies.
   *
   * @param supervisorRoleId the supervisor role's id
   * @return a changed copy; this role is left unchanged
   * @throws IllegalArgumentException when the id is invalid or names this role
   */
  public FrontlineRole escalatesTo(String supervisorRoleId) {
    RoleIds.check("supervisor role id of role '" + id + "'", supervisorRoleId);
    return new FrontlineRole(id, name, requirements, supervisorRoleId);
  }

  /** {@return the role to escalate to, if any} */
  public Optional<String> supervisor() {
    return Optional.ofNullable(supervisorRoleId);
  }

  private static String quoted(String value) {
    return value == null ? "null" : "'" + value + "'";
  }

  @Override
  public String toString() {
    return "FrontlineRole["
        + id
        + " '"
        + name
        + "' requires "
        + requirements.describe()
        + (supervisorRoleId == null ? "" : ", escalates to " + supervisorRoleId)
        + "]";
  }
}
