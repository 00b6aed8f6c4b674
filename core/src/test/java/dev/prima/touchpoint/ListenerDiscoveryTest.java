package dev.prima.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import org.junit.jupiter.api.Test;

class ListenerDiscoveryTest {

  private static void runOneCase(Prima prima, String caseId) {
    prima
        .processEngine()
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("ktp.bpmn", TouchpointRecordingTest.straightPath())
        .deploy();
    prima.processEngine().getRuntimeService().startProcessInstanceByKey("ktp", caseId);
  }

  @Test
  void listenersListedInMetaInfServicesAreCalled() {
    DiscoveredListener.HEARD.clear();
    try (Prima prima = Prima.inMemory()) {
      runOneCase(prima, "D-1");
    }

    assertThat(DiscoveredListener.HEARD).containsExactly("D-1:submitted", "D-1:verify");
  }

  @Test
  void discoveryCanBeSwitchedOff() {
    DiscoveredListener.HEARD.clear();
    try (Prima prima = Prima.builder().discoverListeners(false).build()) {
      runOneCase(prima, "D-2");
      assertThat(prima.touchpoints().query().caseId("D-2").count()).isEqualTo(2);
    }

    assertThat(DiscoveredListener.HEARD).isEmpty();
  }
}
