package dev.prima.testing;

import dev.prima.journey.ServiceCycle;

/**
 * Assertions on a cycle of service; start from {@link PrimaAssertions#assertThat(ServiceCycle)}.
 */
public final class ServiceCycleAssert extends AbstractServiceCycleAssert<ServiceCycleAssert> {

  /**
   * Creates an assertion on {@code actual}; {@link PrimaAssertions#assertThat(ServiceCycle)} reads
   * better.
   *
   * @param actual the cycle of service under test
   */
  public ServiceCycleAssert(ServiceCycle actual) {
    super(actual, ServiceCycleAssert.class);
  }
}
