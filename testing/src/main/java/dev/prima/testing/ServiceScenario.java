package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.Prima;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Scripts a case in the language of the service: who starts it, who does what and how much later,
 * and how long the citizen waits, without task ids. Each step runs when it is added, so a failing
 * step points at its own line.
 *
 * <pre>{@code
 * import static dev.prima.testing.Steps.*;
 *
 * ServiceCase application = ServiceScenario.of(prima)
 *     .citizen("dewi").starts("certificate-application", "SKT-1", Map.of("citizenUserId", "dewi"))
 *     .then(staff("siti").completes("Verify documents").after(Duration.ofMinutes(20))
 *         .with("documentsComplete", false))
 *     .then(citizen("dewi").completes("Bring missing document").after(Duration.ofDays(1)))
 *     .then(waits(Duration.ofHours(2)));
 * }</pre>
 *
 * <p>Steps that let time pass need Prima built with a {@link TestClock}, as {@code PrimaExtension}
 * does.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ServiceScenario {

  private final Prima prima;
  private final TestClock clock;

  private ServiceScenario(Prima prima, TestClock clock) {
    this.prima = prima;
    this.clock = clock;
  }

  /**
   * {@return a scenario on {@code prima}; when its clock is a {@link TestClock}, that clock is
   * attached to the engine so steps can let time pass}
   *
   * @param prima the Prima to run the cases on
   */
  public static ServiceScenario of(Prima prima) {
    Objects.requireNonNull(prima, "prima must not be null");
    Clock clock = prima.clock();
    TestClock testClock = null;
    if (clock instanceof TestClock test) {
      testClock = test.attach(prima.processEngine());
    }
    return new ServiceScenario(prima, testClock);
  }

  /**
   * A citizen, about to start a case.
   *
   * @param userId the citizen's user id
   * @return the citizen, to start a case with
   */
  public CaseStarter citizen(String userId) {
    return new CaseStarter(Actor.citizen(userId));
  }

  /**
   * A staff member, about to start a case on a citizen's behalf.
   *
   * @param userId the staff member's user id
   * @return the staff member, to start a case with
   */
  public CaseStarter staff(String userId) {
    return new CaseStarter(Actor.staff(userId));
  }

  /**
   * {@return a case already started, by its case id (the business key of its top-level process
   * instance)}
   *
   * @param caseId the case id
   * @throws AssertionError if no running case has this id
   */
  public ServiceCase caseOf(String caseId) {
    Objects.requireNonNull(caseId, "caseId must not be null");
    ProcessInstance instance =
        prima
            .processEngine()
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseId)
            .rootProcessInstances()
            .singleResult();
    if (instance == null) {
      throw new AssertionError("Expecting a running case " + caseId + ", but there is none");
    }
    return new ServiceCase(prima, clock, caseId, instance.getId());
  }

  @Override
  public String toString() {
    return "ServiceScenario[" + prima.name() + "]";
  }

  /** Someone who starts a case. */
  public final class CaseStarter {
    private final Actor actor;

    private CaseStarter(Actor actor) {
      this.actor = actor;
    }

    /**
     * Starts process {@code processKey} as case {@code caseId}, without variables.
     *
     * @param processKey the process definition key
     * @param caseId the case id, used as business key
     * @return the started case, for its next steps
     */
    public ServiceCase starts(String processKey, String caseId) {
      return starts(processKey, caseId, Map.of());
    }

    /**
     * Starts process {@code processKey} as case {@code caseId} (its business key) with these
     * variables, authenticated as this person, so the start touchpoint names them.
     *
     * @param processKey the process definition key
     * @param caseId the case id, used as business key
     * @param variables the start variables
     * @return the started case, for its next steps
     */
    public ServiceCase starts(String processKey, String caseId, Map<String, ?> variables) {
      Objects.requireNonNull(processKey, "processKey must not be null");
      Objects.requireNonNull(caseId, "caseId must not be null");
      Objects.requireNonNull(variables, "variables must not be null");
      @SuppressWarnings("unchecked")
      Map<String, Object> values = (Map<String, Object>) variables;
      String[] instanceId = new String[1];
      ServiceCase.asActor(
          prima,
          actor,
          () ->
              instanceId[0] =
                  prima
                      .processEngine()
                      .getRuntimeService()
                      .startProcessInstanceByKey(processKey, caseId, values)
                      .getId());
      return new ServiceCase(prima, clock, caseId, instanceId[0]);
    }
  }
}
