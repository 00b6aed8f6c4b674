package dev.prima.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.models.CertificateApplication;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Reads the English texts: the system's language decides without --lang. */
@ExtendWith(InEnglish.class)
class ReportCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    CommandLine cli = PrimaCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private String jdbc() {
    return "jdbc:h2:file:" + dir.resolve("prima");
  }

  /** {@code prima report} on the demo's database. */
  private int report(String service, String from, String to, Path file) {
    return run(
        "report",
        "--jdbc",
        jdbc(),
        "--service",
        service,
        "--from",
        from,
        "--to",
        to,
        "--out",
        file.toString());
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

    int exitCode = report(CertificateApplication.PROCESS_KEY, "2026-11-30", "2026-12-04", file);

    assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
    assertThat(out.toString()).contains("Service report: " + file.toAbsolutePath());
    assertThat(file)
        .content()
        .contains("<tr data-element=\"VerifyDocuments\"><td>VerifyDocuments</td>")
        .contains("SKT-2026-0002")
        .contains("No SKM survey result was given");
  }

  @Test
  void langIdWritesTheReportInBahasaIndonesia() {
    run("demo", "--db-dir", dir.toString(), "--citizens", "2");
    Path file = dir.resolve("laporan.html");

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
            file.toString(),
            "--lang",
            "id");

    assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
    assertThat(file)
        .content()
        .contains("<html lang=\"id\">")
        .contains("<h2>Standar Pelayanan</h2>")
        .contains("Hasil SKM tidak disertakan dalam laporan ini.")
        .contains("sejak Senin, 30 November 2026 sampai sebelum Sabtu, 5 Desember 2026")
        .doesNotContain("No SKM survey result was given");
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
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
            dir.resolve("x.html").toString(),
            "--lang",
            "fr");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("'fr' is not a language Prima speaks");
    assertThat(dir.resolve("x.html")).doesNotExist();
  }

  @Test
  void addsTheSkmCardFromASurveyFile() throws Exception {
    run("demo", "--db-dir", dir.toString(), "--citizens", "2");
    Path survey = dir.resolve("skm.csv");
    // Excel's separator line and one blank answer: U3 is answered by one of two questionnaires
    java.nio.file.Files.writeString(
        survey, "sep=;\nU1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;4;4\n3;3;;3;3;3;3;3;3\n");
    Path file = dir.resolve("with-skm.html");

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
            file.toString(),
            "--skm",
            survey.toString(),
            "--skm-blank-answers",
            "per-element");

    assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
    // by hand: NRR 3.5 for eight elements and 4 for U3: 25 * (8 * 3.5 + 4) / 9 = 88.89, grade A
    assertThat(file)
        .content()
        .contains("<div class=\"ikm\">88.89</div>")
        .contains("<td>U3</td><td>completion time</td><td class=\"num\">1</td>");
  }

  @Test
  void aSurveyFileWithABlankAnswerIsRefusedByDefaultWithItsLine() throws Exception {
    Path survey = dir.resolve("skm.csv");
    java.nio.file.Files.writeString(
        survey, "U1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;4;4\n3;3;;3;3;3;3;3;3\n");

    int exitCode =
        run(
            "report",
            "--jdbc",
            jdbc(),
            "--service",
            "certificate-application",
            "--from",
            "2026-11-30",
            "--to",
            "2026-12-04",
            "--out",
            dir.resolve("x.html").toString(),
            "--skm",
            survey.toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).contains("line 3, column U3: no answer for U3");
    assertThat(dir.resolve("x.html")).doesNotExist();
  }

  @Test
  void anUnknownServiceFailsWithExitCodeOne() {
    run("demo", "--db-dir", dir.toString(), "--citizens", "1");

    int exitCode = report("no-such-service", "2026-11-30", "2026-11-30", dir.resolve("x.html"));

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "report: --service no-such-service: no process of that key is deployed in the"
                + " database of --jdbc. Fix: use one of certificate-application, complaint-handling."
                + System.lineSeparator());
    assertThat(dir.resolve("x.html")).doesNotExist();
  }

  @Test
  void aPeriodEndingBeforeItStartsIsAUsageError() {
    int exitCode =
        report("certificate-application", "2026-12-01", "2026-11-30", dir.resolve("x.html"));

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "--to 2026-11-30 is before --from 2026-12-01. Fix: give a --to on or after --from");
  }

  @Test
  void aMalformedDateIsAUsageError() {
    int exitCode =
        report("certificate-application", "30.11.2026", "2026-11-30", dir.resolve("x.html"));

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--from");
  }

  @Test
  void anImpossibleDateNamesTheOptionAndHowToWriteIt() {
    int month =
        report("certificate-application", "2026-13-01", "2026-12-31", dir.resolve("x.html"));
    int day = report("certificate-application", "2026-02-01", "2026-02-30", dir.resolve("x.html"));

    assertThat(month).isEqualTo(2);
    assertThat(day).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "Invalid value for option '--from': '2026-13-01' has no month 13 (months are 01 to"
                + " 12). Fix: write the day as yyyy-MM-dd")
        .contains(
            "Invalid value for option '--to': '2026-02-30' is not a day: February 2026 has 28")
        .doesNotContain("java.time")
        .doesNotContain("\tat ");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void anOutThatIsADirectoryIsRefusedBeforeTheDatabaseIsOpened() throws Exception {
    Path folder = java.nio.file.Files.createDirectory(dir.resolve("reports"));

    // the database does not exist either: --out is checked first, in a moment
    int exitCode = report("certificate-application", "2026-11-30", "2026-12-04", folder);

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "report: --out "
                + folder
                + ": is a directory, not a file. Fix: name the file to write, e.g. --out "
                + folder.resolve("report.html")
                + "."
                + System.lineSeparator());
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void anOutBelowAFileIsRefusedBeforeTheDatabaseIsOpened() throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("prima"), "not a directory");

    int exitCode =
        report("certificate-application", "2026-11-30", "2026-12-04", file.resolve("r.html"));

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("report: --out " + file.resolve("r.html") + ": cannot create the directory")
        .contains("because " + file + " is a file");
    assertThat(file).hasContent("not a directory");
  }

  @Test
  void aMissingSurveyFileNamesTheOptionAndTheReason() {
    int exitCode =
        run(
            "report",
            "--jdbc",
            jdbc(),
            "--service",
            "certificate-application",
            "--from",
            "2026-11-30",
            "--to",
            "2026-12-04",
            "--out",
            dir.resolve("x.html").toString(),
            "--skm",
            dir.resolve("skm.csv").toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("report: --skm: Cannot read survey file " + dir.resolve("skm.csv"))
        .contains(": no such file or directory. Fix: check the path")
        .doesNotContain("java.nio");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aDatabaseWithoutPrimasTablesGetsOneFix() throws Exception {
    try (var connection = java.sql.DriverManager.getConnection(jdbc(), "sa", "");
        var statement = connection.createStatement()) {
      statement.execute("create table other(id int)");
    }

    int exitCode =
        report("certificate-application", "2026-11-30", "2026-12-04", dir.resolve("x.html"));

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("report: ")
        .contains("Prima's tables are missing or outdated")
        .doesNotContain("\tat ");
    assertThat(err.toString().split("Fix:", -1)).as("one fix: %s", err).hasSize(2);
    assertThat(dir.resolve("x.html")).doesNotExist();
  }

  @Test
  void theUserDefaultsToSaForH2OnlyAndHelpSaysSo() {
    assertThat(ReadOnlyDatabase.user("jdbc:h2:file:./target/prima-demo/prima", null))
        .isEqualTo("sa");
    assertThat(ReadOnlyDatabase.user("jdbc:postgresql://db:5432/prima", null)).isNull();
    assertThat(ReadOnlyDatabase.user("jdbc:postgresql://db:5432/prima", "officer"))
        .isEqualTo("officer");

    int exitCode = run("report", "--help");

    assertThat(exitCode).isZero();
    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains("--user=<user> Database user (default: sa for an H2 URL, H2's own user; for any")
        .doesNotContain("(default: sa).");
  }

  @Test
  void aMistypedDatabasePathIsAnErrorAndCreatesNothing() throws Exception {
    Path file = dir.resolve("out.html");

    int exitCode =
        run(
            "report",
            "--jdbc",
            "jdbc:h2:file:" + dir.resolve("typo/prima"),
            "--service",
            CertificateApplication.PROCESS_KEY,
            "--from",
            "2026-11-30",
            "--to",
            "2026-12-04",
            "--out",
            file.toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).startsWith("report: ").doesNotContain("\tat ");
    assertThat(dir.resolve("typo")).doesNotExist();
    assertThat(file).doesNotExist();
  }

  @Test
  void readsADatabaseCreatedAtAnotherHistoryLevel() {
    Path db = dir.resolve("full");
    try (dev.prima.Prima prima =
        dev.prima.Prima.builder().h2File(db).history(dev.prima.History.FULL).build()) {
      dev.prima.models.ServiceModels.CERTIFICATE_APPLICATION.deployTo(prima.processEngine());
      prima
          .processEngine()
          .getRuntimeService()
          .startProcessInstanceByKey(CertificateApplication.PROCESS_KEY, "SKT-2026-0001");
    }
    Path file = dir.resolve("full.html");

    int exitCode =
        run(
            "report",
            "--jdbc",
            "jdbc:h2:file:" + db,
            "--service",
            CertificateApplication.PROCESS_KEY,
            "--from",
            "2020-01-01",
            "--to",
            "2030-12-31",
            "--out",
            file.toString());

    assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
    assertThat(file).content().contains("SKT-2026-0001");
  }
}
