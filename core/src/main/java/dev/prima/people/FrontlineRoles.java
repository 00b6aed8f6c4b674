package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The frontline roles of a deployment: an immutable set with unique ids in which every supervisor a
 * role escalates to is declared too. Thread-safe.
 *
 * <pre>{@code
 * FrontlineRoles roles =
 *     FrontlineRoles.of(
 *         FrontlineRole.of("counter-officer", "Counter officer")
 *             .requires(Competency.SKILLS, 3)
 *             .escalatesTo("section-head"),
 *         FrontlineRole.of("section-head", "Section head"));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class FrontlineRoles {

  private final Map<String, FrontlineRole> byId;

  private FrontlineRoles(Map<String, FrontlineRole> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  /**
   * {@return the given roles}
   *
   * @param roles the roles, each with a distinct id
   * @throws IllegalArgumentException when two roles share an id
   * @throws UnknownRoleException when a role escalates to a role that is not among them
   */
  public static FrontlineRoles of(FrontlineRole... roles) {
    Objects.requireNonNull(roles, "roles must not be null");
    return of(Arrays.asList(roles));
  }

  /**
   * {@return the given roles}
   *
   * @param roles the roles, each with a distinct id
   * @throws IllegalArgumentException when two roles share an id
   * @throws UnknownRoleException when a role escalates to a role that is not among them
   */
  public static FrontlineRoles of(Collection<FrontlineRole> roles) {
    Objects.requireNonNull(roles, "roles must not be null");
    Map<String, FrontlineRole> byId = new LinkedHashMap<>();
    for (FrontlineRole role : roles) {
      Objects.requireNonNull(role, "roles must not contain null");
      FrontlineRole earlier = byId.putIfAbsent(role.id(), role);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "role ids must be unique, but '"
                + role.id()
                + "' was declared twice: "
                + earlier
                + " and "
                + role);
      }
    }
    for (FrontlineRole role : byId.values()) {
      String supervisor = role.supervisorRoleId();
      if (supervisor != null && !byId.containsKey(supervisor)) {
        throw new UnknownRoleException(
            supervisor, byId.keySet(), "role '" + role.id() + "' escalates to it");
      }
    }
    return new FrontlineRoles(byId);
  }

  /**
   * {@return the role with this id, if declared}
   *
   * @param roleId the role id (candidate group)
   */
  public Optional<FrontlineRole> find(String roleId) {
    return Optional.ofNullable(byId.get(roleId));
  }

  /**
   * {@return the role with this id}
   *
   * @param roleId the role id (candidate group)
   * @throws UnknownRoleException when it is not declared
   */
  public FrontlineRole require(String roleId) {
    FrontlineRole role = byId.get(roleId);
    if (role == null) {
      throw new UnknownRoleException(roleId, byId.keySet(), null);
    }
    return role;
  }

  /** {@return the declared ids, in declaration order} */
  public Set<String> ids() {
    return byId.keySet();
  }

  /** {@return the declared roles, in declaration order} */
  public List<FrontlineRole> all() {
    return List.copyOf(byId.values());
  }

  @Override
  public String toString() {
    return "FrontlineRoles" + byId.values();
  }
}
