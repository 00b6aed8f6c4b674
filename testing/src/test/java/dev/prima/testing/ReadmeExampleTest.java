package dev.prima.testing;

import static dev.prima.testing.PrimaAssertions.assertThatCase;
import static dev.prima.testing.Steps.*;
import static java.time.Duration.*;

import dev.prima.Prima;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PrimaTest(minimumCoverage = 0.9)
@Deploy("certificate-application.bpmn")
class ReadmeExampleTest {

  Prima prima;
  ServiceScenario scenario;

  @Test
  void dewiBringsAMissingDocumentAndGetsHerCertificate() {
    scenario
        .citizen("dewi")
        .starts("certificate-application", "SKT-1", Map.of("citizenUserId", "dewi"))
        .then(
            staff("siti")
                .completes("Verify documents")
                .after(ofMinutes(20))
                .with("documentsComplete", false))
        .then(citizen("dewi").completes("Bring missing document").after(ofDays(1)))
        .then(
            staff("siti")
                .completes("Verify documents")
                .after(ofMinutes(5))
                .with("documentsComplete", true))
        .then(staff("budi").completes("Approve certificate").after(ofHours(2)));

    assertThatCase(prima, "SKT-1")
        .isFinished()
        .containsMomentsInOrder(
            "Documents checked at the counter",
            "Missing document brought back",
            "Certificate approved")
        .momentServedBy("Certificate approved", "budi")
        .hasWaitAtMost("Certificate approved", ofMinutes(30))
        .hasLeadTimeAtMost(ofDays(2));
  }
}
