package dev.prima.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.Prima;
import dev.prima.PrimaConfigurationException;
import dev.prima.TestModels;
import dev.prima.touchpoint.Channel;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class ServiceStandardTest {

  private static ServiceStandard javaDeclared() {
    return ServiceStandard.forService("ktp")
        .name("e-KTP issuance")
        .requirement("Family card (KK)")
        .requirement("Birth certificate")
        .leadTime(ServiceDuration.workingDays(14))
        .fee(Fee.free())
        .product("e-KTP card")
        .complaints(Set.of(Channel.COUNTER, Channel.ONLINE), ServiceDuration.calendarDays(14))
        .target("verify", ServiceDuration.calendar(Duration.ofMinutes(15)))
        .build();
  }

  private static BpmnModelInstance bpmnDeclared() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("ktp")
            .startEvent("start")
            .userTask("verify")
            .camundaCandidateGroups("counter-officer")
            .endEvent("end")
            .done();
    TestModels.mark(model, "ktp", StandardProperties.NAME, "e-KTP issuance");
    TestModels.mark(
        model, "ktp", StandardProperties.REQUIREMENTS, "Family card (KK); Birth certificate");
    TestModels.mark(model, "ktp", StandardProperties.LEAD_TIME, "14 working days");
    TestModels.mark(model, "ktp", StandardProperties.FEE, "gratis");
    TestModels.mark(model, "ktp", StandardProperties.PRODUCT, "e-KTP card");
    TestModels.mark(model, "ktp", StandardProperties.COMPLAINT_CHANNELS, "counter, online");
    TestModels.mark(model, "ktp", StandardProperties.COMPLAINT_DEADLINE, "P14D");
    TestModels.mark(model, "verify", "prima.touchpoint", "Documents checked");
    TestModels.mark(model, "verify", "prima.channel", "counter");
    TestModels.mark(model, "verify", "prima.lane", "FRONTSTAGE");
    TestModels.mark(model, "verify", "prima.target", "PT15M");
    return model;
  }

  @Test
  void javaAndBpmnDeclarationsGiveEqualStandards() {
    try (Prima prima = Prima.inMemory()) {
      prima
          .processEngine()
          .getRepositoryService()
          .createDeployment()
          .addModelInstance("ktp.bpmn", bpmnDeclared())
          .deploy();

      ServiceStandard fromBpmn = prima.standards().of("ktp").orElseThrow();

      assertThat(fromBpmn).isEqualTo(javaDeclared());
      assertThat(fromBpmn.fee()).hasValue(Fee.free());
      assertThat(fromBpmn.targetOf("verify"))
          .hasValue(ServiceDuration.calendar(Duration.ofMinutes(15)));
    }
  }

  @Test
  void aJavaStandardServesProcessesThatDeclareNone() {
    try (Prima prima = Prima.builder().standard(javaDeclared()).build()) {
      assertThat(prima.standards().of("ktp")).hasValue(javaDeclared());
      assertThat(prima.standards().of("other")).isEmpty();
    }
  }

  @Test
  void everyStandardStatesItsLeadTime() {
    assertThatThrownBy(() -> ServiceStandard.forService("ktp").name("e-KTP").build())
        .isInstanceOf(PrimaConfigurationException.class)
        .hasMessageStartingWith("leadTime must be set for the standard of 'ktp', but was not");
  }

  @Test
  void readingReportsBadValuesByProperty() {
    var reading =
        ServiceStandard.read(
            "ktp",
            Map.of(
                StandardProperties.LEAD_TIME,
                "two weeks",
                StandardProperties.COMPLAINT_CHANNELS,
                "fax"),
            Map.of());

    assertThat(reading.standard()).isEmpty();
    assertThat(reading.problems())
        .extracting(ServiceStandard.Problem::property)
        .containsExactlyInAnyOrder(
            StandardProperties.LEAD_TIME, StandardProperties.COMPLAINT_CHANNELS);
  }

  @Test
  void feesReadAsAgenciesWriteThem() {
    assertThat(Fee.parse("Rp 50.000")).isEqualTo(Fee.rupiah(50_000));
    assertThat(Fee.parse("50000")).isEqualTo(new Fee(new BigDecimal("50000"), "IDR"));
    assertThat(Fee.parse("free").isFree()).isTrue();
    assertThat(Fee.rupiah(50_000)).hasToString("50000 IDR");
    assertThatThrownBy(() -> Fee.parse("-5")).hasMessage("fee must not be negative, but was -5");
  }
}
