package dev.prima.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InMemoryStaffDirectoryTest {

  private static final StaffMember CITRA =
      StaffMember.of("citra", "Citra").inRoles("section-head", "counter-officer");
  private static final StaffMember ANA = StaffMember.of("ana", "Ana").inRoles("counter-officer");
  private static final StaffMember BUDI = StaffMember.of("budi", "Budi").inRoles("cashier");

  @Test
  void findsMembersByIdAndByRoleSortedById() {
    InMemoryStaffDirectory directory = InMemoryStaffDirectory.of(CITRA, BUDI, ANA);

    assertThat(directory.find("budi")).contains(BUDI);
    assertThat(directory.find("dedi")).isEmpty();
    assertThat(directory.inRole("counter-officer")).containsExactly(ANA, CITRA);
    assertThat(directory.inRole("nobody")).isEmpty();
    assertThat(directory.all()).extracting(StaffMember::id).containsExactly("ana", "budi", "citra");
  }

  @Test
  void rejectsTwoMembersWithTheSameId() {
    StaffMember other = StaffMember.of("ana", "Ana Lestari");

    assertThatThrownBy(() -> InMemoryStaffDirectory.of(ANA, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("staff ids must be unique, but 'ana' was given twice");
  }

  @Test
  void staffMemberValidatesItselfAndSortsItsRoles() {
    assertThat(CITRA.roles()).containsExactly("counter-officer", "section-head");
    assertThat(CITRA.hasRole("section-head")).isTrue();
    assertThat(CITRA.profile()).isEqualTo(CompetencyProfile.notAssessed());
    assertThatThrownBy(() -> StaffMember.of("", "Ana"))
        .hasMessage("staff id must not be blank, but was ''");
    assertThatThrownBy(() -> ANA.inRoles("counter,cashier"))
        .hasMessage(
            "role id of staff member 'ana' must not contain a comma (Camunda splits candidate"
                + " groups at commas), but was 'counter,cashier'");
  }
}
