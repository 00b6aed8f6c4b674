package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where Prima looks up staff members: who someone is, and who is in a role.
 *
 * <p><b>Threading:</b> implementations must be safe to call from several threads at once (the job
 * executor and request threads create tasks concurrently). An immutable directory, such as {@link
 * InMemoryStaffDirectory}, is.
 *
 * <p><b>Transactions:</b> the directory is called inside engine transactions, e.g. while a user
 * task is created, so it must be fast and must not change engine state: no starting, correlating or
 * completing, no writes. Reading Camunda's {@code IdentityService}, as {@link
 * IdentityServiceStaffDirectory} does, is fine: such a nested call joins the current command. A
 * directory backed by a remote system should cache. An exception thrown here rolls back the
 * transaction that called it.
 *
 * <p><b>Results</b> are snapshots; a caller does not modify them.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface StaffDirectory {

  /**
   * {@return the staff member with this user id, or empty if there is none}
   *
   * @param staffId the user id
   */
  Optional<StaffMember> find(String staffId);

  /**
   * {@return the staff members in the role {@code roleId}, sorted by id; empty if none}
   *
   * @param roleId the role id (candidate group)
   */
  List<StaffMember> inRole(String roleId);
}
