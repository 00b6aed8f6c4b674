package dev.prima.models;

import static dev.prima.models.SocialAssistance.*;
import static dev.prima.testing.PrimaAssertions.assertThatCase;
import static dev.prima.testing.PrimaAssertions.assertThatCoverage;
import static dev.prima.testing.Steps.citizen;
import static dev.prima.testing.Steps.staff;
import static dev.prima.testing.Steps.waits;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.testing.Actor;
import dev.prima.testing.CoverageReport;
import dev.prima.testing.Deploy;
import dev.prima.testing.PrimaTest;
import dev.prima.testing.ServiceCase;
import dev.prima.testing.ServiceScenario;
import dev.prima.touchpoint.Outcome;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Social assistance through each of its paths, with the eligibility table run by Camunda's DMN
 * engine; together they reach every element.
 */
@PrimaTest(minimumCoverage = 1.0)
@Deploy({RESOURCE, DECISION_RESOURCE})
class SocialAssistanceTest {

  static final Actor COUNTER = staff("siti").inRole("counter-officer");
  static final Actor SOCIAL_WORKER = staff("maria").inRole("social-worker");
  static final Actor SECTION_HEAD = staff("budi").inRole("section-head");
  static final Actor SARI = citizen("sari");

  Prima prima;
  ServiceScenario scenario;
  ProcessEngine engine;

  private ServiceCase sariApplies(String caseId) {
    return scenario
        .citizen("sari")
        .starts(PROCESS_KEY, caseId, Map.of(CITIZEN_USER_ID.name(), "sari"));
  }

  private static Map<String, Object> household(boolean registered, long income, int members) {
    return Map.of(
        REGISTERED_IN_DTSEN.name(), registered,
        MONTHLY_INCOME_PER_CAPITA.name(), income,
        HOUSEHOLD_MEMBERS.name(), members);
  }

  @Test
  void sariBringsAMissingDocumentIsFoundEligibleAndIsPaid() {
    sariApplies("BANSOS-1")
        .then(
            COUNTER
                .completes(CHECK_DOCUMENTS)
                .after(ofMinutes(10))
                .with(DOCUMENTS_COMPLETE.name(), false))
        .then(SARI.completes(BRING_MISSING_DOCUMENTS).after(ofDays(2)))
        .then(
            COUNTER
                .completes(CHECK_DOCUMENTS)
                .after(ofMinutes(10))
                .with(DOCUMENTS_COMPLETE.name(), true))
        .then(
            SOCIAL_WORKER
                .completes(ASSESS_HOUSEHOLD)
                .after(ofDays(3))
                .with(household(true, 500_000, 4)))
        .then(SECTION_HEAD.completes(APPROVE_ASSISTANCE).after(ofDays(1)))
        .then(SOCIAL_WORKER.completes(PAY_OUT_ASSISTANCE).after(ofDays(5)));

    assertThatCase(prima, "BANSOS-1")
        .isFinished()
        .hasMoments(
            "Application handed in at the counter",
            "Documents checked at the counter",
            "Missing documents brought back",
            "Documents checked at the counter",
            "Household assessed at home",
            "Eligibility decided",
            "Assistance approved",
            "Assistance paid out",
            "Assistance received")
        .momentServedBy("Household assessed at home", "maria")
        .momentServedByRole("Assistance approved", "section-head");
  }

  @Test
  void anOverdueHomeVisitGoesToTheSectionHeadAndTheTableDeclines() {
    sariApplies("BANSOS-2")
        .then(
            COUNTER
                .completes(CHECK_DOCUMENTS)
                .after(ofMinutes(10))
                .with(DOCUMENTS_COMPLETE.name(), true))
        .then(waits(ofDays(11)))
        .then(SECTION_HEAD.completes(ASSESS_OVERDUE_HOUSEHOLD).with(household(true, 800_000, 3)));

    assertThatCase(prima, "BANSOS-2")
        .isFinished()
        .hasMoments(
            "Application handed in at the counter",
            "Documents checked at the counter",
            "Household assessed at home",
            "Overdue assessment done under the section head",
            "Eligibility decided",
            "Refusal and its reasons received")
        .momentHasOutcome("Household assessed at home", Outcome.INTERRUPTED);
    assertThatCase(prima, "BANSOS-2").timeIn("Household assessed at home").isEqualTo(ofDays(10));
  }

  @Test
  void sariWithdrawsBeforeTheHomeVisit() {
    sariApplies("BANSOS-3")
        .then(
            COUNTER
                .completes(CHECK_DOCUMENTS)
                .after(ofMinutes(10))
                .with(DOCUMENTS_COMPLETE.name(), true))
        .then(SARI.sends(MESSAGE_WITHDRAWN).after(ofHours(3)));

    assertThatCase(prima, "BANSOS-3")
        .isFinished()
        .hasMoments(
            "Application handed in at the counter",
            "Documents checked at the counter",
            "Household assessed at home",
            "Application withdrawn by the citizen",
            "Withdrawal confirmed")
        .momentHasOutcome("Household assessed at home", Outcome.INTERRUPTED);
  }

  @ParameterizedTest(name = "registered {0}, Rp {1} per person, {2} members: eligible {3}")
  @CsvSource({
    "false, 100000, 6, false",
    "true, 600000, 1, true",
    "true, 600001, 4, false",
    "true, 900000, 5, true",
    "true, 900001, 7, false",
  })
  void theEligibilityTableDecidesByRegistrationIncomeAndHouseholdSize(
      boolean registered, long income, int members, boolean eligible) {
    Object result =
        engine
            .getDecisionService()
            .evaluateDecisionTableByKey(DECISION_KEY, household(registered, income, members))
            .getSingleEntry();

    assertThat(result).isEqualTo(eligible);
  }

  @Test
  void theEligibilityTableReadsRegistrationInDtsenNotTheFormerDtks() {
    String definitionId =
        engine
            .getRepositoryService()
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey(DECISION_KEY)
            .latestVersion()
            .singleResult()
            .getId();
    DmnModelInstance table = engine.getRepositoryService().getDmnModelInstance(definitionId);

    assertThat(table.getModelElementsByType(InputExpression.class))
        .extracting(input -> input.getText().getTextContent().strip())
        .containsExactly(
            REGISTERED_IN_DTSEN.name(), MONTHLY_INCOME_PER_CAPITA.name(), HOUSEHOLD_MEMBERS.name());
    assertThat(table.getModelElementsByType(Input.class))
        .extracting(Input::getLabel)
        .first(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("DTSEN")
        .doesNotContain("DTKS");
  }

  @AfterAll
  static void everyElementIsReached(CoverageReport coverage) {
    assertThatCoverage(coverage).hasProcessCoverageAtLeast(PROCESS_KEY, 1.0);
  }
}
