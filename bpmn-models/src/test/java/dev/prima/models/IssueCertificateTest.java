package dev.prima.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssueCertificateTest {

  static final Instant IN_2026 = Instant.parse("2026-06-01T03:00:00Z");

  @AfterEach
  void resetCamundasClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest
  @CsvSource({
    "SKT-2026-0002, 474/0002/KEC/2026",
    "SKT-2025-0417, 474/0417/KEC/2025",
    "P-7KQ2MXA9TB, 474/7KQ2MXA9TB/KEC/2026",
    "CERTIFICATE-APPLICATION-0001, 474/0001/KEC/2026",
    "SKT-26-0001, 474/0001/KEC/2026",
    "A17, 474/A17/KEC/2026",
    "KEY-, 474/KEY-/KEC/2026"
  })
  void numbersTheCertificateAfterTheBusinessKey(String businessKey, String expected) {
    assertThat(IssueCertificate.certificateNumber(businessKey, "pi-1", IN_2026))
        .isEqualTo(expected);
  }

  @Test
  void theYearIsTheYearInJakartaOnCamundasClock() {
    // 31 December 2026, 17:30 UTC is already 1 January 2027, 00:30 in Jakarta
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-31T17:30:00Z")));
    Map<String, Object> variables = new HashMap<>();

    new IssueCertificate().execute(execution("P-ABCDEFGHJK", "pi-7", variables));

    assertThat(variables)
        .containsExactly(Map.entry("certificateNumber", "474/ABCDEFGHJK/KEC/2027"));
  }

  @Test
  void aCaseWithoutABusinessKeyIsAClearError() {
    assertThatThrownBy(
            () -> new IssueCertificate().execute(execution(null, "pi-42", new HashMap<>())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Process instance pi-42")
        .hasMessageContaining("has no business key")
        .hasMessageContaining("Fix:");
    assertThatThrownBy(() -> IssueCertificate.certificateNumber(" ", "pi-43", IN_2026))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pi-43");
  }

  /** Just what the delegate reads and writes; anything else fails the test. */
  private static DelegateExecution execution(
      String businessKey, String processInstanceId, Map<String, Object> variables) {
    return (DelegateExecution)
        Proxy.newProxyInstance(
            IssueCertificateTest.class.getClassLoader(),
            new Class<?>[] {DelegateExecution.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getProcessBusinessKey" -> businessKey;
                  case "getProcessInstanceId" -> processInstanceId;
                  case "setVariable" -> {
                    variables.put((String) args[0], args[1]);
                    yield null;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
