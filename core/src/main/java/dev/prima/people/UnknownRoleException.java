package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaException;
import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A role id that is not declared in the {@link FrontlineRoles} in use: asked for by {@link
 * FrontlineRoles#require}, or named as a supervisor by a declared role. The message names the id,
 * the declared ids and how to declare the role.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class UnknownRoleException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /** The id nobody declared. */
  private final String roleId;

  /** The ids that are declared. */
  private final List<String> knownRoleIds;

  /**
   * @param roleId the id nobody declared
   * @param knownRoleIds the ids that are declared
   * @param context where the id came from, e.g. {@code "role 'counter-officer' escalates to it"};
   *     may be {@code null}
   */
  public UnknownRoleException(String roleId, Collection<String> knownRoleIds, String context) {
    super(
        "Unknown frontline role '"
            + roleId
            + "'"
            + (context == null ? "" : " (" + context + ")")
            + "; declared roles: "
            + (knownRoleIds.isEmpty() ? "none" : String.join(", ", knownRoleIds))
            + ". Declare it with FrontlineRole.of(\""
            + roleId
            + "\", \"<name>\") in FrontlineRoles.of(...), or correct the id.");
    this.roleId = roleId;
    this.knownRoleIds = List.copyOf(knownRoleIds);
  }

  /** {@return the id nobody declared} */
  public String roleId() {
    return roleId;
  }

  /** {@return the declared role ids, in declaration order} */
  public List<String> knownRoleIds() {
    return knownRoleIds;
  }
}
