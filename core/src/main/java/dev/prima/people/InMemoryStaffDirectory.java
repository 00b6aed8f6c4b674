package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A fixed set of staff members held in memory: for tests, demos and directories loaded from a file
 * at start-up. Immutable and thread-safe; lookups do not block.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class InMemoryStaffDirectory implements StaffDirectory {

  private final Map<String, StaffMember> byId;

  private InMemoryStaffDirectory(Map<String, StaffMember> byId) {
    this.byId = byId;
  }

  /**
   * {@return a directory of these members}
   *
   * @param members the staff members, each with a distinct id
   * @throws IllegalArgumentException when two members share an id
   */
  public static InMemoryStaffDirectory of(StaffMember... members) {
    Objects.requireNonNull(members, "members must not be null");
    return of(Arrays.asList(members));
  }

  /**
   * {@return a directory of these members}
   *
   * @param members the staff members, each with a distinct id
   * @throws IllegalArgumentException when two members share an id
   */
  public static InMemoryStaffDirectory of(Collection<StaffMember> members) {
    Objects.requireNonNull(members, "members must not be null");
    Map<String, StaffMember> byId = new LinkedHashMap<>();
    members.stream()
        .map(m -> Objects.requireNonNull(m, "members must not contain null"))
        .sorted(Comparator.comparing(StaffMember::id))
        .forEach(
            member -> {
              StaffMember earlier = byId.putIfAbsent(member.id(), member);
              if (earlier != null) {
                throw new IllegalArgumentException(
                    "staff ids must be unique, but '"
                        + member.id()
                        + "' was given twice: "
                        + earlier
                        + " and "
                        + member);
              }
            });
    return new InMemoryStaffDirectory(Collections.unmodifiableMap(byId));
  }

  @Override
  public Optional<StaffMember> find(String staffId) {
    return Optional.ofNullable(byId.get(staffId));
  }

  @Override
  public List<StaffMember> inRole(String roleId) {
    return byId.values().stream().filter(m -> m.hasRole(roleId)).toList();
  }

  /** {@return every member, sorted by id} */
  public List<StaffMember> all() {
    return List.copyOf(byId.values());
  }

  @Override
  public String toString() {
    return "InMemoryStaffDirectory" + byId.keySet();
  }
}
