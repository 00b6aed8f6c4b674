package dev.prima.testing;

import dev.prima.journey.ServiceCycle;

/**
 * Assertions on a cycle of service; start from {@link PrimaAssertions#assertThat(ServiceCycle)}.
 */
public final class ServiceCycleAssert extends AbstractServiceCycleAssert<ServiceCycleAssert> {

  public ServiceCycleAssert(ServiceCycle actual) {
    super(actual, ServiceCycleAssert.class);
  }
}
