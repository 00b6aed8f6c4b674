package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One step of a {@link ServiceScenario}: something a citizen or staff member does, or time passing.
 * Build steps with {@link Steps}; write your own as a lambda over the {@link ServiceCase}.
 *
 * <pre>{@code
 * Step escalate = serviceCase -> serviceCase.prima().processEngine().getRuntimeService()
 *     .correlateMessage("escalated", serviceCase.caseId());
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface Step {

  /**
   * Performs this step on the case now.
   *
   * @param serviceCase the case to act on
   * @throws AssertionError when the case is not in a state that allows the step, with the case's
   *     open tasks and cycle of service in the message
   */
  void performOn(ServiceCase serviceCase);
}
