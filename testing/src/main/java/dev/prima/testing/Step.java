package dev.prima.testing;

/**
 * One step of a {@link ServiceScenario}: something a citizen or staff member does, or time passing.
 * Build steps with {@link Steps}; write your own as a lambda over the {@link ServiceCase}.
 *
 * <pre>{@code
 * Step escalate = serviceCase -> serviceCase.prima().processEngine().getRuntimeService()
 *     .correlateMessage("escalated", serviceCase.caseId());
 * }</pre>
 */
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
