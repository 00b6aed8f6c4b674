package dev.prima.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.Prima;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdentityServiceStaffDirectoryTest {

  private Prima prima;
  private IdentityService identityService;
  private IdentityServiceStaffDirectory directory;

  @BeforeEach
  void startEngine() {
    prima = Prima.inMemory();
    identityService = prima.processEngine().getIdentityService();
    directory = new IdentityServiceStaffDirectory(identityService);
    group("counter");
    group("sectionhead");
    user("ana", "Ana", "Putri", "counter");
    user("budi", "Budi", null, "counter", "sectionhead");
    user("eko", null, null, "sectionhead");
  }

  @AfterEach
  void closeEngine() {
    prima.close();
  }

  private void group(String id) {
    Group group = identityService.newGroup(id);
    group.setName(id);
    identityService.saveGroup(group);
  }

  private void user(String id, String first, String last, String... groups) {
    User user = identityService.newUser(id);
    user.setFirstName(first);
    user.setLastName(last);
    identityService.saveUser(user);
    for (String group : groups) {
      identityService.createMembership(id, group);
    }
  }

  @Test
  void readsBackAProfileWrittenAsUserInfo() {
    CompetencyProfile profile =
        CompetencyProfile.builder().ethics(4).skills(3).personalQuality(5).build();

    IdentityServiceStaffDirectory.writeProfile(identityService, "ana", profile);

    assertThat(identityService.getUserInfo("ana", "prima.competency.personal_quality"))
        .isEqualTo("5");
    assertThat(identityService.getUserInfo("ana", "prima.competency.knowledge")).isNull();
    assertThat(directory.find("ana"))
        .contains(StaffMember.of("ana", "Ana Putri").inRoles("counter").withProfile(profile));
  }

  @Test
  void rewritingAProfileRemovesFactorsNoLongerAssessed() {
    IdentityServiceStaffDirectory.writeProfile(
        identityService, "budi", CompetencyProfile.builder().ethics(2).skills(2).build());

    IdentityServiceStaffDirectory.writeProfile(
        identityService, "budi", CompetencyProfile.builder().skills(4).build());

    assertThat(directory.find("budi").orElseThrow().profile())
        .isEqualTo(CompetencyProfile.builder().skills(4).build());
    assertThat(identityService.getUserInfo("budi", "prima.competency.ethics")).isNull();
  }

  @Test
  void usersAreStaffAndGroupMembershipsAreRoles() {
    List<StaffMember> counter = directory.inRole("counter");

    assertThat(counter).extracting(StaffMember::id).containsExactly("ana", "budi");
    assertThat(counter.get(1).name()).isEqualTo("Budi");
    assertThat(counter.get(1).roles()).containsExactly("counter", "sectionhead");
    assertThat(counter.get(1).profile()).isEqualTo(CompetencyProfile.notAssessed());
    assertThat(directory.find("eko").orElseThrow().name()).isEqualTo("eko");
    assertThat(directory.find("nobody")).isEmpty();
    assertThat(directory.inRole("cashier")).isEmpty();
  }

  @Test
  void rejectsAStoredLevelOffTheScaleNamingUserKeyAndFix() {
    identityService.setUserInfo("eko", "prima.competency.skills", "high");

    assertThatThrownBy(() -> directory.find("eko"))
        .isInstanceOf(InvalidStaffProfileException.class)
        .hasMessageStartingWith(
            "User 'eko' has user info prima.competency.skills = 'high', but a competency level"
                + " must be a whole number from 1 (basic) to 5 (exemplary).")
        .hasMessageContaining("identityService.setUserInfo(\"eko\", \"prima.competency.skills\"");
  }

  @Test
  void writeProfileRejectsAnUnknownUser() {
    assertThatThrownBy(
            () ->
                IdentityServiceStaffDirectory.writeProfile(
                    identityService, "nobody", CompetencyProfile.notAssessed()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "userId must name an existing user, but was 'nobody'; create the user with"
                + " identityService.saveUser(...) first");
  }

  @Test
  void routesATaskInsideTheTransactionThatCreatesIt() {
    IdentityServiceStaffDirectory.writeProfile(
        identityService, "ana", CompetencyProfile.builder().ethics(3).skills(4).build());
    IdentityServiceStaffDirectory.writeProfile(
        identityService, "budi", CompetencyProfile.builder().ethics(3).skills(2).build());
    ProcessEngine engine = prima.processEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "routed.bpmn",
            Bpmn.createExecutableProcess("routed")
                .startEvent()
                .userTask("verify")
                .camundaTaskListenerClass("create", RoutingTaskListener.class)
                .endEvent()
                .done())
        .deploy();

    engine.getRuntimeService().startProcessInstanceByKey("routed");

    String taskId = engine.getTaskService().createTaskQuery().singleResult().getId();
    assertThat(engine.getTaskService().getIdentityLinksForTask(taskId))
        .extracting(IdentityLink::getUserId, IdentityLink::getGroupId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", null));
  }
}
