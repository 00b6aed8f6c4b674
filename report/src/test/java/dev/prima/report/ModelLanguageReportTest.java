package dev.prima.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.models.CertificateApplication;
import dev.prima.models.ServiceModels;
import dev.prima.people.FrontlineRole;
import dev.prima.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ready-made certificate model, which gives its texts in Bahasa Indonesia beside the English,
 * reported to an Indonesian and to an English reader: moments, standard, title and diagram in the
 * reader's language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelLanguageReportTest {

  private static final Instant MONDAY = Instant.parse("2026-11-30T01:00:00Z");

  private final TestClock clock = TestClock.startingAt(MONDAY);
  private Prima prima;
  private String indonesian;
  private String english;

  @BeforeAll
  void serveOneCitizen() {
    prima =
        Prima.builder()
            .clock(clock)
            .roles(
                ServiceModels.CERTIFICATE_APPLICATION.roles().stream()
                    .map(id -> FrontlineRole.of(id, id))
                    .toArray(FrontlineRole[]::new))
            .build();
    ProcessEngine engine = prima.processEngine();
    ServiceModels.CERTIFICATE_APPLICATION.deployTo(engine);
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            CertificateApplication.PROCESS_KEY, "SKT-1", Map.of("citizenUserId", "warga"));
    for (int step = 0; step < 10; step++) {
      clock.advance(Duration.ofMinutes(10));
      List<Task> open =
          engine.getTaskService().createTaskQuery().processInstanceBusinessKey("SKT-1").list();
      if (open.isEmpty()) {
        break;
      }
      engine.getTaskService().setAssignee(open.get(0).getId(), "siti");
      engine
          .getTaskService()
          .complete(open.get(0).getId(), Map.of("documentsComplete", true, "approved", true));
    }
    indonesian = render(Locale.forLanguageTag("id"));
    english = render(Locale.ENGLISH);
  }

  private String render(Locale locale) {
    return ServiceReport.builder(prima)
        .service(CertificateApplication.PROCESS_KEY)
        .period(MONDAY, MONDAY.plus(Duration.ofDays(1)))
        .locale(locale)
        .build()
        .render();
  }

  @AfterAll
  void close() {
    prima.close();
  }

  @Test
  void anIndonesianReaderSeesTheModelsIndonesianTexts() {
    assertThat(indonesian)
        .contains("<h1>Laporan Pelayanan: Permohonan surat keterangan</h1>")
        .contains("<td>Berkas diperiksa di loket</td>")
        .contains("Surat keterangan diserahkan kepada pemohon")
        .contains("<th>Nama</th><td>Penerbitan Surat Keterangan</td>")
        .contains("Surat pengantar dari kepala desa/lurah")
        .contains("name=\\\"Periksa berkas\\\"")
        .contains("name=\\\"Bagian depan (front office)\\\"")
        .doesNotContain("<td>Documents checked at the counter</td>")
        .doesNotContain("name=\\\"Verify documents\\\"")
        .doesNotContain("<td>Identity card (KTP); Family card (KK); Letter from the village head");
  }

  @Test
  void anEnglishReaderSeesTheTextsAsModelled() {
    assertThat(english)
        .contains("<h1>Service report: Certificate application (surat keterangan)</h1>")
        .contains("<td>Documents checked at the counter</td>")
        .contains("Letter from the village head")
        .contains("name=\\\"Verify documents\\\"")
        .doesNotContain("<td>Berkas diperiksa di loket</td>")
        .doesNotContain("name=\\\"Periksa berkas\\\"");
  }
}
