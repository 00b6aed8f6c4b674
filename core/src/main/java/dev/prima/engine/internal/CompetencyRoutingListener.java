package dev.prima.engine.internal;

import dev.prima.people.CompetencyRouting;
import dev.prima.people.FrontlineRole;
import dev.prima.people.FrontlineRoles;
import dev.prima.people.NoQualifiedStaffPolicy;
import dev.prima.people.Routing;
import dev.prima.people.StaffDirectory;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Thin hook on task creation: offers a role's task to the staff who meet its requirements. */
final class CompetencyRoutingListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger("dev.prima.people");

  private final FrontlineRoles roles;
  private final StaffDirectory staff;
  private final NoQualifiedStaffPolicy policy;

  CompetencyRoutingListener(
      FrontlineRoles roles, StaffDirectory staff, NoQualifiedStaffPolicy policy) {
    this.roles = roles;
    this.staff = staff;
    this.policy = policy;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> groups =
        task.getCandidates().stream()
            .map(IdentityLink::getGroupId)
            .filter(group -> group != null)
            .sorted()
            .toList();
    for (String group : groups) {
      Optional<FrontlineRole> role = roles.find(group);
      if (role.isEmpty() || role.get().requirements().isEmpty()) {
        continue;
      }
      Routing routing = CompetencyRouting.route(role.get(), staff, policy);
      if (routing instanceof Routing.ToQualifiedStaff qualified) {
        removeCandidateGroup(task, group);
        task.addCandidateUsers(qualified.staffIds());
        LOG.debug("Task '{}' ({}) offered to {}", task.getName(), group, qualified.staffIds());
      } else if (routing instanceof Routing.EscalatedTo escalated) {
        removeCandidateGroup(task, group);
        task.addCandidateGroup(escalated.supervisorRoleId());
        LOG.warn("Task '{}' of case {}: {}", task.getName(), businessKey(task), escalated.reason());
      } else if (routing instanceof Routing.ToWholeGroup whole) {
        LOG.warn("Task '{}' of case {}: {}", task.getName(), businessKey(task), whole.reason());
      }
    }
  }

  /**
   * Removes the group's link from the new task in memory; {@code deleteCandidateGroup} would look
   * it up in the database, where a task being created has none yet.
   */
  private static void removeCandidateGroup(DelegateTask task, String group) {
    TaskEntity entity = (TaskEntity) task;
    for (IdentityLinkEntity link : List.copyOf(entity.getIdentityLinks())) {
      if (group.equals(link.getGroupId()) && IdentityLinkType.CANDIDATE.equals(link.getType())) {
        link.delete(false);
        entity.getIdentityLinks().remove(link);
      }
    }
  }

  private static String businessKey(DelegateTask task) {
    return task.getExecution() == null ? "-" : task.getExecution().getProcessBusinessKey();
  }
}
