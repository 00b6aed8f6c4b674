package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A person in a {@link ServiceScenario}: a citizen or a staff member, by user id, optionally in
 * roles (candidate groups). What they do becomes a {@link Step}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Actor {

  private final String userId;
  private final boolean citizen;
  private final Set<String> roles;

  private Actor(String userId, boolean citizen, Set<String> roles) {
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("userId must not be blank, but was '" + userId + "'");
    }
    this.userId = userId;
    this.citizen = citizen;
    this.roles = Set.copyOf(roles);
  }

  /**
   * {@return a staff member}
   *
   * @param userId the staff member's user id in the engine's identity service
   */
  public static Actor staff(String userId) {
    return new Actor(userId, false, Set.of());
  }

  /**
   * {@return a citizen}
   *
   * @param userId the citizen's user id, as tasks are assigned to it
   */
  public static Actor citizen(String userId) {
    return new Actor(userId, true, Set.of());
  }

  /**
   * This person acting in one of {@code roles}: they complete only tasks offered to one of these
   * candidate groups (or already assigned to them).
   *
   * @param roles candidate group ids; at least one
   * @return this person with {@code roles} added to their roles; this actor is left unchanged
   */
  public Actor inRole(String... roles) {
    Set<String> all = new LinkedHashSet<>(this.roles);
    for (String role : roles) {
      if (role == null || role.isBlank()) {
        throw new IllegalArgumentException("roles must not be blank: " + Arrays.toString(roles));
      }
      all.add(role);
    }
    return new Actor(userId, citizen, all);
  }

  /**
   * A step: this person completes the open task of the case named {@code task} (its name, or its
   * BPMN element id): completes it, authenticated as this person, without a claim (see {@link
   * TaskStep}).
   *
   * @param task the task's name or BPMN element id
   * @return the step, to refine with {@link TaskStep#after(java.time.Duration)} or {@code with(..)}
   */
  public TaskStep completes(String task) {
    return new TaskStep(this, task);
  }

  /**
   * A step: this person sends the message {@code messageName} to the case, authenticated as this
   * person.
   *
   * @param messageName the message name, as in the BPMN model
   * @return the step, to refine with {@link MessageStep#after(java.time.Duration)} or {@code
   *     with(..)}
   */
  public MessageStep sends(String messageName) {
    return new MessageStep(this, messageName);
  }

  /** {@return the user id this person acts as} */
  public String userId() {
    return userId;
  }

  /** {@return whether this person is a citizen rather than a staff member} */
  public boolean isCitizen() {
    return citizen;
  }

  /** {@return the roles this person acts in; empty for any} */
  public Set<String> roles() {
    return roles;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Actor actor
        && actor.userId.equals(userId)
        && actor.citizen == citizen
        && actor.roles.equals(roles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, citizen, roles);
  }

  @Override
  public String toString() {
    return (citizen ? "citizen " : "staff ") + userId + (roles.isEmpty() ? "" : " as " + roles);
  }
}
