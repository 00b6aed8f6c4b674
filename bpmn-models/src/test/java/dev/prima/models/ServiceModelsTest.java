package dev.prima.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.Prima;
import dev.prima.people.FrontlineRole;
import dev.prima.system.ModelValidationException;
import java.util.TreeSet;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;

class ServiceModelsTest {

  @Test
  void findsEveryModelByItsName() {
    assertThat(ServiceModels.names())
        .containsExactly(
            "certificate-application",
            "ektp-issuance",
            "birth-registration",
            "business-licence",
            "complaint-handling",
            "social-assistance");
    for (ServiceModels model : ServiceModels.all()) {
      assertThat(ServiceModels.byName(model.key())).isSameAs(model);
    }
    assertThat(ServiceModels.EKTP_ISSUANCE.resource())
        .isEqualTo("dev/prima/models/ektp-issuance.bpmn");
  }

  @Test
  void anUnknownNameListsTheModels() {
    assertThatThrownBy(() -> ServiceModels.byName("ktp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ktp'")
        .hasMessageContaining("certificate-application, ektp-issuance, birth-registration");
  }

  @Test
  void deploysEveryModelWithItsDecisionsOnAnEngineThatDeclaresTheirRoles() {
    TreeSet<String> roles = new TreeSet<>();
    ServiceModels.all().forEach(model -> roles.addAll(model.roles()));
    try (Prima prima =
        Prima.builder()
            .engineName("service-models-test")
            .roles(
                roles.stream()
                    .map(role -> FrontlineRole.of(role, role))
                    .toArray(FrontlineRole[]::new))
            .build()) {
      for (ServiceModels model : ServiceModels.all()) {
        Deployment deployment = model.deployTo(prima.processEngine());

        assertThat(deployment.getName()).isEqualTo("prima-models:" + model.key());
        assertThat(
                prima
                    .processEngine()
                    .getRepositoryService()
                    .getDeploymentResourceNames(deployment.getId()))
            .containsExactlyInAnyOrderElementsOf(model.resources());
      }
      assertThat(
              prima
                  .processEngine()
                  .getRepositoryService()
                  .createDecisionDefinitionQuery()
                  .decisionDefinitionKey(SocialAssistance.DECISION_KEY)
                  .count())
          .isEqualTo(1);
      // unchanged: not deployed again
      ServiceModels.EKTP_ISSUANCE.deployTo(prima.processEngine());
      assertThat(
              prima
                  .processEngine()
                  .getRepositoryService()
                  .createProcessDefinitionQuery()
                  .processDefinitionKey(EktpIssuance.PROCESS_KEY)
                  .count())
          .isEqualTo(1);
    }
  }

  @Test
  void primaRefusesAModelWhoseRolesAreNotDeclared() {
    try (Prima prima =
        Prima.builder()
            .engineName("service-models-roles-test")
            .roles(FrontlineRole.of("counter-officer", "Counter officer"))
            .build()) {
      assertThatThrownBy(() -> ServiceModels.EKTP_ISSUANCE.deployTo(prima.processEngine()))
          .isInstanceOf(ModelValidationException.class)
          .hasMessageContaining("registry-officer");
    }
  }

  @Test
  void aResourceOfAnotherModelCannotBeOpened() {
    assertThatThrownBy(() -> ServiceModels.EKTP_ISSUANCE.open(SocialAssistance.DECISION_RESOURCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ektp-issuance");
  }
}
