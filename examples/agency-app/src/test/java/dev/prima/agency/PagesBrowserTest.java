package dev.prima.agency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.report.HeadlessChromium;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The citizen's pages in headless Chromium at a phone's width, as a citizen opens them. Skipped
 * without {@code chromium} on the PATH, except on CI, where that fails.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:agency-pages;DB_CLOSE_DELAY=-1",
      "camunda.bpm.database.schema-update=create-drop",
      "camunda.bpm.process-engine-name=pages",
      "camunda.bpm.job-execution.enabled=false",
      "spring.main.banner-mode=off"
    })
class PagesBrowserTest {

  @LocalServerPort int port;
  @Autowired CitizenCases cases;
  @TempDir Path dir;

  @Test
  void theServicesPageListsEveryServiceWithItsApplyButton() throws Exception {
    String dom = HeadlessChromium.dumpDom(HeadlessChromium.find(), page("/"), dir);

    for (var service : AgencyApplication.SERVICES) {
      assertThat(dom).contains("value=\"" + service.key() + "\"");
    }
    assertThat(dom).contains("name=\"viewport\"").contains("action=\"/lacak\"");
  }

  @Test
  void aCitizenSeesTheirCaseWithItsStepsAndTheComplaintForm() throws Exception {
    String caseKey = cases.apply("ektp-issuance");

    String dom = HeadlessChromium.dumpDom(HeadlessChromium.find(), page("/lacak/" + caseKey), dir);

    assertThat(dom)
        .contains(caseKey)
        .contains("Check documents")
        .contains("<textarea name=\"isi\"")
        .doesNotContain("counter-officer");
  }

  private URI page(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
