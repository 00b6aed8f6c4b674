package dev.prima.testing;

import static dev.prima.testing.CertificateApplication.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The first test leaves a mess; the next ones must not see it. */
@PrimaTest
@Deploy(RESOURCE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CleanupTest {

  Prima prima;
  TestClock clock;
  RepositoryService repository;
  ServiceScenario scenario;

  @Test
  @Order(1)
  @Deploy("certificate-with-deadline.bpmn")
  void leavesARunningCaseAnAuthenticationAndAMovedClock() {
    scenario.citizen("dewi").starts(PROCESS_KEY, "SKT-1", Map.of(VAR_CITIZEN_USER_ID, "dewi"));
    scenario.citizen("eka").starts("certificate-with-deadline", "SKO-1");
    prima.processEngine().getIdentityService().setAuthenticatedUserId("intruder");
    clock.advance(Duration.ofDays(3));

    assertThat(repository.createDeploymentQuery().count())
        .as("class and method deployments together in one")
        .isEqualTo(1);
    assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(2);
    assertThat(prima.touchpoints().query().count()).isPositive();
  }

  @Test
  @Order(2)
  void startsClean() {
    assertThat(clock.instant()).isEqualTo(TestClock.DEFAULT_START);
    assertThat(repository.createProcessDefinitionQuery().list())
        .extracting(d -> d.getKey())
        .containsExactly(PROCESS_KEY);
    assertThat(prima.processEngine().getRuntimeService().createProcessInstanceQuery().count())
        .isZero();
    assertThat(
            prima.processEngine().getHistoryService().createHistoricProcessInstanceQuery().count())
        .isZero();
    assertThat(prima.touchpoints().query().count()).isZero();
    assertThat(prima.processEngine().getIdentityService().getCurrentAuthentication()).isNull();
    assertThat(prima.processEngine().getManagementService().createJobQuery().count()).isZero();
  }

  @Test
  @Order(3)
  void theSameCaseIdCanBeUsedAgain() {
    ServiceCase again =
        scenario.citizen("dewi").starts(PROCESS_KEY, "SKT-1", Map.of(VAR_CITIZEN_USER_ID, "dewi"));

    assertThat(again.cycle().moments()).hasSize(2);
  }
}
