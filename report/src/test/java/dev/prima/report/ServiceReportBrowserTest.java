package dev.prima.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.strategy.Breach;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a report from disk in headless Chromium, with no network, and reads the DOM it drew.
 * Skipped when {@code chromium} is not on the PATH, except on CI ({@code CI=true}), where it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceReportBrowserTest {

  private Path dir;

  private CertificateFixture office;
  private String dom;

  @BeforeAll
  void drawTheReportInChromium(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    Path chromium = chromium();
    office = new CertificateFixture().serveADay();
    Path report =
        ServiceReport.builder(office.prima)
            .service(CertificateFixture.KEY)
            .period(CertificateFixture.MONDAY, CertificateFixture.MONDAY.plus(Duration.ofDays(7)))
            .locale(Locale.ENGLISH)
            .build()
            .writeTo(dir.resolve("report.html"));
    dom = dumpDom(chromium, report);
  }

  @AfterAll
  void close() {
    if (office != null) {
      office.close();
    }
  }

  @Test
  void drawsEveryElementOfTheModel() {
    for (String id :
        List.of(
            "ApplicationReceived",
            "VerifyDocuments",
            "DocumentsComplete",
            "BringMissingDocument",
            "ApproveCertificate",
            "IssueCertificate",
            "CertificateIssued")) {
      assertThat(dom).contains("data-element-id=\"" + id + "\"");
    }
    assertThat(dom).contains("data-render=\"done\"");
  }

  @Test
  void overlaysShowTheCountsOfTheJournal() {
    for (String id : List.of("VerifyDocuments", "BringMissingDocument", "ApproveCertificate")) {
      long journal =
          office
              .prima
              .touchpoints()
              .query()
              .processDefinitionKey(CertificateFixture.KEY)
              .list()
              .stream()
              .filter(t -> t.elementId().equals(id))
              .count();
      assertThat(overlayAttribute("prima-stats", id, "data-count"))
          .as("overlay count of %s", id)
          .contains(String.valueOf(journal));
    }
    // VerifyDocuments ran four times: three citizens, one of them twice
    assertThat(overlayAttribute("prima-stats", "VerifyDocuments", "data-count")).contains("4");
  }

  @Test
  void marksBreachesWithTheirCount() {
    long breaches =
        office.prima.standards().breachesOfService(CertificateFixture.KEY).stream()
            .map(Breach::elementId)
            .filter("VerifyDocuments"::equals)
            .count();
    assertThat(breaches).isPositive();
    assertThat(overlayAttribute("prima-breach", "VerifyDocuments", "data-breaches"))
        .contains(String.valueOf(breaches));
  }

  @Test
  void coloursTheElementsByMedianDuration() {
    assertThat(dom).containsPattern("class=\"djs-element djs-shape[^\"]*prima-heat-[1-5]");
  }

  @Test
  void recordsNoJavaScriptError() {
    assertThat(dom).contains("data-js-errors=\"\"");
    assertThat(dom).containsPattern("<ul id=\"js-errors\"[^>]*></ul>");
  }

  @Test
  void injectsNothingFromTheData() {
    assertThat(dom).doesNotContain("<b id=\"injected\"");
    assertThat(dom).contains("SKT-&lt;/script&gt;&lt;b id=\"injected\"&gt;x&lt;/b&gt;");
  }

  private Optional<String> overlayAttribute(String overlayClass, String elementId, String name) {
    Matcher overlay =
        Pattern.compile(
                "<div class=\""
                    + overlayClass
                    + "\" data-prima-element=\""
                    + Pattern.quote(elementId)
                    + "\"[^>]*>")
            .matcher(dom);
    if (!overlay.find()) {
      return Optional.empty();
    }
    Matcher attribute = Pattern.compile(name + "=\"([^\"]*)\"").matcher(overlay.group());
    return attribute.find() ? Optional.of(attribute.group(1)) : Optional.empty();
  }

  private String dumpDom(Path chromium, Path report) throws Exception {
    return HeadlessChromium.dumpDom(chromium, report, dir);
  }

  private static Path chromium() {
    return HeadlessChromium.find();
  }
}
