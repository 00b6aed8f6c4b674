package dev.prima.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * A breach's moment is named by the model version it was recorded under, not by the latest: an
 * agency that renames a moment in a new version keeps the old name on the old cases' breaches.
 */
class BreachVersionNamingTest {

  private static final String OLD = "Documents checked at the counter";
  private static final String NEW = "Documents verified at the front desk";

  @Test
  void eachBreachIsNamedByTheVersionItWasRecordedUnder() throws IOException {
    try (CertificateFixture office = new CertificateFixture()) {
      ProcessEngine engine = office.prima.processEngine();
      slowAtTheCounter(office, "SKT-OLD");
      String model;
      try (InputStream in =
          BreachVersionNamingTest.class
              .getClassLoader()
              .getResourceAsStream("certificate-application.bpmn")) {
        model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(model).contains("value=\"" + OLD + "\"");
      engine
          .getRepositoryService()
          .createDeployment()
          .addString("certificate-application.bpmn", model.replace(OLD, NEW))
          .deploy();
      slowAtTheCounter(office, "SKT-NEW");

      String html =
          ServiceReport.builder(office.prima)
              .service(CertificateFixture.KEY)
              .period(CertificateFixture.MONDAY, CertificateFixture.MONDAY.plus(Duration.ofDays(7)))
              .locale(Locale.ENGLISH)
              .build()
              .render();

      String breaches = html.substring(html.indexOf("id=\"breach-table\""));
      breaches = breaches.substring(0, breaches.indexOf("</table>"));
      assertThat(row(breaches, "SKT-OLD")).contains("<td>" + OLD + "</td>");
      assertThat(row(breaches, "SKT-NEW")).contains("<td>" + NEW + "</td>");
    }
  }

  /** The breach table's row of a case. */
  private static String row(String table, String caseId) {
    int start = table.indexOf("<td class=\"nowrap\">" + caseId + "</td>");
    assertThat(start).as("row of %s in %s", caseId, table).isNotNegative();
    return table.substring(start, table.indexOf("</tr>", start));
  }

  /** A citizen kept 40 minutes at a counter whose standard is 15: a target breach. */
  private static void slowAtTheCounter(CertificateFixture office, String caseId) {
    ProcessEngine engine = office.prima.processEngine();
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            CertificateFixture.KEY, caseId, Map.of("citizenUserId", "citizen-" + caseId));
    office.clock.advance(Duration.ofMinutes(40));
    ManagementService management = engine.getManagementService();
    for (Job job : management.createJobQuery().executable().list()) {
      management.executeJob(job.getId());
    }
    Task task =
        engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
    engine.getTaskService().setAssignee(task.getId(), "siti");
    engine.getTaskService().complete(task.getId(), Map.of("documentsComplete", true));
  }
}
