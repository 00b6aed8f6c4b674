package dev.prima.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompetencyRoutingTest {

  private static final FrontlineRole COUNTER =
      FrontlineRole.of("counter-officer", "Counter officer")
          .requires(Competency.SKILLS, 3)
          .requires(Competency.ETHICS, 3)
          .escalatesTo("section-head");

  private static StaffMember counterOfficer(String id, CompetencyProfile profile) {
    return StaffMember.of(id, id.toUpperCase()).inRoles("counter-officer").withProfile(profile);
  }

  private static final StaffMember ANA =
      counterOfficer("ana", CompetencyProfile.builder().ethics(4).skills(3).build());
  private static final StaffMember DEDI =
      counterOfficer("dedi", CompetencyProfile.builder().ethics(3).skills(5).knowledge(2).build());
  private static final StaffMember BUDI =
      counterOfficer("budi", CompetencyProfile.builder().ethics(3).skills(2).build());
  private static final StaffMember CITRA =
      counterOfficer("citra", CompetencyProfile.builder().skills(4).build());
  private static final StaffMember EKO =
      StaffMember.of("eko", "Eko")
          .inRoles("section-head")
          .withProfile(CompetencyProfile.builder().ethics(5).skills(5).build());

  @Test
  void routesToExactlyTheQualifiedStaffSortedById() {
    StaffDirectory directory = InMemoryStaffDirectory.of(DEDI, BUDI, ANA, CITRA, EKO);

    Routing routing =
        CompetencyRouting.route(COUNTER, directory, NoQualifiedStaffPolicy.LEAVE_TO_GROUP);

    // budi is one level short in skills, citra's ethics is not assessed, eko is in another role
    assertThat(routing).isEqualTo(new Routing.ToQualifiedStaff(List.of("ana", "dedi")));
    assertThat(routing.candidateUsers()).containsExactly("ana", "dedi");
    assertThat(routing.candidateGroup()).isEmpty();
  }

  @Test
  void leavesToTheGroupWhenNobodyQualifiesAndSaysWhatEachLacked() {
    StaffDirectory directory = InMemoryStaffDirectory.of(BUDI, CITRA, EKO);

    Routing routing =
        CompetencyRouting.route(COUNTER, directory, NoQualifiedStaffPolicy.LEAVE_TO_GROUP);

    assertThat(routing)
        .isEqualTo(
            new Routing.ToWholeGroup(
                "counter-officer",
                "role 'counter-officer' requires ethics >= 3, skills >= 3, but no member"
                    + " qualifies (2 considered): budi: skills at 2, needs 3; citra: ethics not"
                    + " assessed, needs 3; left to the whole group"));
    assertThat(routing.candidateGroup()).contains("counter-officer");
    assertThat(routing.candidateUsers()).isEmpty();
  }

  @Test
  void escalatesToTheSupervisorRoleWhenNobodyQualifies() {
    StaffDirectory directory = InMemoryStaffDirectory.of(BUDI, EKO);

    Routing routing =
        CompetencyRouting.route(COUNTER, directory, NoQualifiedStaffPolicy.ESCALATE_TO_SUPERVISOR);

    assertThat(routing)
        .isEqualTo(
            new Routing.EscalatedTo(
                "section-head",
                "role 'counter-officer' requires ethics >= 3, skills >= 3, but no member"
                    + " qualifies (1 considered): budi: skills at 2, needs 3; escalated to"
                    + " supervisor role 'section-head'"));
    assertThat(routing.candidateGroup()).contains("section-head");
  }

  @Test
  void fallsBackToTheWholeGroupWhenEscalationHasNoSupervisor() {
    FrontlineRole noSupervisor =
        FrontlineRole.of("counter-officer", "Counter officer").requires(Competency.SKILLS, 3);
    StaffDirectory directory = InMemoryStaffDirectory.of(BUDI);

    Routing routing =
        CompetencyRouting.route(
            noSupervisor, directory, NoQualifiedStaffPolicy.ESCALATE_TO_SUPERVISOR);

    assertThat(routing).isInstanceOf(Routing.ToWholeGroup.class);
    Routing.ToWholeGroup toGroup = (Routing.ToWholeGroup) routing;
    assertThat(toGroup.roleId()).isEqualTo("counter-officer");
    assertThat(toGroup.reason())
        .isEqualTo(
            "role 'counter-officer' requires skills >= 3, but no member qualifies (1"
                + " considered): budi: skills at 2, needs 3; escalation was asked, but role"
                + " 'counter-officer' has no supervisor role (declare one with"
                + " escalatesTo(...)), so it is left to the whole group");
  }

  @Test
  void saysSoWhenNobodyIsInTheRole() {
    Routing routing =
        CompetencyRouting.route(
            COUNTER, InMemoryStaffDirectory.of(EKO), NoQualifiedStaffPolicy.ESCALATE_TO_SUPERVISOR);

    assertThat(routing)
        .isEqualTo(
            new Routing.EscalatedTo(
                "section-head",
                "role 'counter-officer' requires ethics >= 3, skills >= 3, but nobody is in the"
                    + " role; escalated to supervisor role 'section-head'"));
  }

  @Test
  void leavesARoleWithoutRequirementsToItsGroup() {
    FrontlineRole anyone = FrontlineRole.of("counter-officer", "Counter officer");

    Routing routing =
        CompetencyRouting.route(
            anyone, InMemoryStaffDirectory.of(ANA, BUDI), NoQualifiedStaffPolicy.LEAVE_TO_GROUP);

    assertThat(routing)
        .isEqualTo(
            new Routing.ToWholeGroup(
                "counter-officer", "role 'counter-officer' requires no minimum competency levels"));
  }

  @Test
  void routingResultsValidateThemselves() {
    assertThatThrownBy(() -> new Routing.ToQualifiedStaff(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("staffIds must not be empty, but was []; route to the group instead");
    assertThatThrownBy(() -> new Routing.EscalatedTo("section-head", " "))
        .hasMessage("reason must not be blank, but was ' '");
  }
}
