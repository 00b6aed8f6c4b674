package dev.prima.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    CommandLine cli = new CommandLine(new PrimaCli());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private String jdbc() {
    return "jdbc:h2:file:" + dir.resolve("prima");
  }

  @Test
  void demoWritesItsOwnReport() {
    int exitCode = run("demo", "--db-dir", dir.toString(), "--citizens", "2");

    assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
    Path report = dir.resolve("report.html").toAbsolutePath().normalize();
    assertThat(out.toString())
        .endsWith(
            String.format(
                "%nService report (HTML, opens without network): %s%n", report.toString()));
    assertThat(report).content().contains("data-js-errors=\"\"", "SKT-2026-0002", "IKM, grade");
  }

  @Test
  void writesTheReportOfAServiceFromItsDatabase() {
    run("demo", "--db-dir", dir.toString(), "--citizens", "2");
    Path file = dir.resolve("out/certificate.html");

    int exitCode =
        run(
            "report",
            "--jdbc",
            jdbc(),
            "--service",
            CertificateApplication.PROCESS_KEY,
            "--from",
            "2026-11-30",
            "--to",
            "2026-12-04",
            "--out",
            file.toString());

    assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
    assertThat(out.toString()).contains("Service report: " + file.toAbsolutePath());
    assertThat(file)
        .content()
        .contains("<tr data-element=\"VerifyDocuments\"><td>VerifyDocuments</td>")
        .contains("SKT-2026-0002")
        .contains("No SKM survey result was given");
  }

  @Test
  void anUnknownServiceFailsWithExitCodeOne() {
    run("demo", "--db-dir", dir.toString(), "--citizens", "1");

    int exitCode =
        run(
            "report",
            "--jdbc",
            jdbc(),
            "--service",
            "no-such-service",
            "--from",
            "2026-11-30",
            "--to",
            "2026-11-30",
            "--out",
            dir.resolve("x.html").toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).contains("'no-such-service'").contains("Fix:");
    assertThat(dir.resolve("x.html")).doesNotExist();
  }

  @Test
  void aPeriodEndingBeforeItStartsIsAUsageError() {
    int exitCode =
        run(
            "report",
            "--jdbc",
            jdbc(),
            "--service",
            "certificate-application",
            "--from",
            "2026-12-01",
            "--to",
            "2026-11-30",
            "--out",
            dir.resolve("x.html").toString());

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--to must not be before --from");
  }

  @Test
  void aMalformedDateIsAUsageError() {
    int exitCode =
        run(
            "report",
            "--jdbc",
            jdbc(),
            "--service",
            "certificate-application",
            "--from",
            "30.11.2026",
            "--to",
            "2026-11-30",
            "--out",
            dir.resolve("x.html").toString());

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--from");
  }
}
