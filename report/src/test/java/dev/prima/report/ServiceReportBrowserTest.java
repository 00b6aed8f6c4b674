package dev.prima.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.prima.strategy.Breach;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
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

  private static final Duration BROWSER_TIMEOUT = Duration.ofSeconds(60);

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
    Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
    Process process =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=10000",
                "--dump-dom",
                report.toUri().toString())
            .redirectError(dir.resolve("chromium.log").toFile())
            .start();
    CompletableFuture<String> stdout =
        CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    if (!process.waitFor(BROWSER_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish within " + BROWSER_TIMEOUT + "; its log: " + log());
    }
    String out = stdout.get(10, TimeUnit.SECONDS);
    assertThat(process.exitValue()).as("chromium exit code; its log: %s", log()).isZero();
    assertThat(out).as("the dumped DOM; chromium's log: %s", log()).contains("</html>");
    return out;
  }

  private String log() {
    try {
      return Files.readString(dir.resolve("chromium.log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static String readAll(InputStream in) {
    try (in) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      in.transferTo(buffer);
      return buffer.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Chromium from the PATH; skips the test without it, or fails on CI. */
  private static Path chromium() {
    String path = System.getenv().getOrDefault("PATH", "");
    Optional<Path> found =
        Stream.of(path.split(File.pathSeparator))
            .filter(p -> !p.isBlank())
            .map(p -> Path.of(p, "chromium"))
            .filter(Files::isExecutable)
            .findFirst();
    if (found.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(
          "chromium is not on the PATH, and CI=true requires the browser test to run. Fix:"
              + " apt-get install -y chromium (Debian), or unset CI to skip it locally.");
    }
    Assumptions.assumeTrue(
        found.isPresent(),
        "chromium is not on the PATH; the browser test of the report is skipped");
    return found.get();
  }
}
