package dev.prima.people;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Routes the task it is created on, as the engine wiring will: proves the routing and the identity
 * service directory work inside the engine transaction that creates the task.
 */
public class RoutingTaskListener implements TaskListener {

  static final FrontlineRole COUNTER =
      FrontlineRole.of("counter", "Counter officer")
          .requires(Competency.SKILLS, 3)
          .requires(Competency.ETHICS, 3)
          .escalatesTo("sectionhead");

  @Override
  public void notify(DelegateTask task) {
    StaffDirectory directory =
        new IdentityServiceStaffDirectory(task.getProcessEngineServices().getIdentityService());
    Routing routing =
        CompetencyRouting.route(COUNTER, directory, NoQualifiedStaffPolicy.ESCALATE_TO_SUPERVISOR);
    task.addCandidateUsers(routing.candidateUsers());
    routing.candidateGroup().ifPresent(task::addCandidateGroup);
  }
}
