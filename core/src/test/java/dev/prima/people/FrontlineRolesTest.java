package dev.prima.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontlineRolesTest {

  private static final FrontlineRole COUNTER =
      FrontlineRole.of("counter-officer", "Counter officer")
          .requires(Competency.SKILLS, 3)
          .requires(Competency.ETHICS, 2)
          .escalatesTo("section-head");
  private static final FrontlineRole SECTION_HEAD =
      FrontlineRole.of("section-head", "Section head");

  @Test
  void buildsARoleFluently() {
    assertThat(COUNTER.id()).isEqualTo("counter-officer");
    assertThat(COUNTER.name()).isEqualTo("Counter officer");
    assertThat(COUNTER.requirements().minimum(Competency.SKILLS)).isEqualTo(3);
    assertThat(COUNTER.supervisor()).contains("section-head");
    assertThat(SECTION_HEAD.supervisor()).isEmpty();
    assertThat(COUNTER)
        .hasToString(
            "FrontlineRole[counter-officer 'Counter officer' requires ethics >= 2, skills >= 3,"
                + " escalates to section-head]");
  }

  @Test
  void rejectsABlankRoleId() {
    assertThatThrownBy(() -> FrontlineRole.of(" ", "Counter officer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role id must not be blank, but was ' '");
    assertThatThrownBy(() -> FrontlineRole.of(null, "Counter officer"))
        .hasMessage("role id must not be blank, but was null");
  }

  @Test
  void rejectsARoleIdWithACommaBecauseItIsACandidateGroup() {
    assertThatThrownBy(() -> FrontlineRole.of("counter,cashier", "Counter"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "role id must not contain a comma (Camunda splits candidate groups at commas),"
                + " but was 'counter,cashier'");
    assertThatThrownBy(() -> COUNTER.escalatesTo("head,deputy"))
        .hasMessageStartingWith("supervisor role id of role 'counter-officer' must not contain");
  }

  @Test
  void rejectsARoleThatEscalatesToItself() {
    assertThatThrownBy(() -> SECTION_HEAD.escalatesTo("section-head"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "supervisor role id of role 'section-head' must name another role, but was"
                + " 'section-head'");
  }

  @Test
  void rejectsTwoRolesWithTheSameId() {
    FrontlineRole again = FrontlineRole.of("section-head", "Head of section");

    assertThatThrownBy(() -> FrontlineRoles.of(COUNTER, SECTION_HEAD, again))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "role ids must be unique, but 'section-head' was declared twice:"
                + " FrontlineRole[section-head 'Section head' requires none] and"
                + " FrontlineRole[section-head 'Head of section' requires none]");
  }

  @Test
  void rejectsASupervisorThatIsNotDeclared() {
    assertThatThrownBy(() -> FrontlineRoles.of(COUNTER))
        .isInstanceOf(UnknownRoleException.class)
        .hasMessage(
            "Unknown frontline role 'section-head' (role 'counter-officer' escalates to it);"
                + " declared roles: counter-officer. Declare it with"
                + " FrontlineRole.of(\"section-head\", \"<name>\") in FrontlineRoles.of(...),"
                + " or correct the id.");
  }

  @Test
  void requireNamesTheUnknownRoleAndTheDeclaredOnes() {
    FrontlineRoles roles = FrontlineRoles.of(COUNTER, SECTION_HEAD);

    assertThatThrownBy(() -> roles.require("cashier"))
        .isInstanceOf(UnknownRoleException.class)
        .isInstanceOf(dev.prima.PrimaException.class)
        .hasMessage(
            "Unknown frontline role 'cashier'; declared roles: counter-officer, section-head."
                + " Declare it with FrontlineRole.of(\"cashier\", \"<name>\") in"
                + " FrontlineRoles.of(...), or correct the id.")
        .satisfies(
            e -> {
              UnknownRoleException unknown = (UnknownRoleException) e;
              assertThat(unknown.roleId()).isEqualTo("cashier");
              assertThat(unknown.knownRoleIds()).containsExactly("counter-officer", "section-head");
            });
  }

  @Test
  void findsDeclaredRolesInDeclarationOrder() {
    FrontlineRoles roles = FrontlineRoles.of(SECTION_HEAD, COUNTER);

    assertThat(roles.ids()).containsExactly("section-head", "counter-officer");
    assertThat(roles.require("counter-officer")).isSameAs(COUNTER);
    assertThat(roles.find("section-head")).contains(SECTION_HEAD);
    assertThat(roles.find("cashier")).isEmpty();
    assertThat(roles.all()).containsExactly(SECTION_HEAD, COUNTER);
  }
}
