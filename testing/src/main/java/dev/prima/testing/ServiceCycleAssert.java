package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.journey.ServiceCycle;
import org.apiguardian.api.API;

/**
 * Assertions on a cycle of service; start from {@link PrimaAssertions#assertThat(ServiceCycle)}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
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
