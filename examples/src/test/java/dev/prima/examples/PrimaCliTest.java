package dev.prima.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Reads the English texts: the system's language decides without --lang. */
@ExtendWith(InEnglish.class)
class PrimaCliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = PrimaCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void helpListsTheDemoCommand() {
    int exitCode = run("--help");

    assertThat(exitCode).isZero();
    assertThat(out.toString())
        .contains("Usage: prima-examples")
        .containsPattern("(?m)^\\s+demo\\s+Serves citizens")
        .contains("--version");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void demoHasItsOwnHelp() {
    int exitCode = run("demo", "--help");

    assertThat(exitCode).isZero();
    assertThat(out.toString())
        .contains("Usage: prima-examples demo")
        .contains("--db-dir=<dir>")
        .contains("--citizens=<n>")
        .contains("default: 4")
        .contains("default: target/prima-demo");
  }

  @Test
  void versionNamesTheProgram() {
    int exitCode = run("--version");

    assertThat(exitCode).isZero();
    assertThat(out.toString()).startsWith("prima-examples ");
  }

  @Test
  void unknownCommandIsAUsageErrorWithUsageOnStderr() {
    int exitCode = run("nope");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("nope").contains("Usage: prima-examples");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void unknownOptionIsAUsageError() {
    int exitCode = run("demo", "--frobnicate");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString())
        .contains("Unknown option: '--frobnicate'")
        .contains("Usage: prima-examples demo");
  }

  @Test
  void noSubcommandIsAUsageError() {
    int exitCode = run();

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("Missing subcommand").contains("Usage: prima-examples");
  }

  @Test
  void citizensOutsideOneToHundredIsAUsageError(@TempDir Path dir) {
    int zero = run("demo", "--db-dir", dir.toString(), "--citizens", "0");
    int tooMany = run("demo", "--db-dir", dir.toString(), "--citizens", "101");

    assertThat(zero).isEqualTo(2);
    assertThat(tooMany).isEqualTo(2);
    assertThat(err.toString())
        .contains("--citizens must be between 1 and 100, but was 0")
        .contains("--citizens must be between 1 and 100, but was 101");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void demoServesEveryCitizenAndReportsWhoDidWhat(@TempDir Path dir) {
    int exitCode = run("demo", "--db-dir", dir.toString(), "--citizens", "3");

    assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
    String report = out.toString();
    assertThat(report).contains("SKT-2026-0001", "SKT-2026-0002", "SKT-2026-0003");
    assertThat(report).doesNotContain("SKT-2026-0004");
    assertThat(lines(report, "SKT-2026-0002"))
        .containsExactly(
            "SKT-2026-0002  Dewi Lestari (dewi.lestari)",
            "SKT-2026-0002  Application received    by siti",
            "SKT-2026-0002  Verify documents        by siti            -> documents incomplete:"
                + " family card (KK) missing",
            "SKT-2026-0002  Bring missing document  by dewi.lestari    -> brought the family card"
                + " (KK)",
            "SKT-2026-0002  Verify documents        by siti            -> documents complete",
            "SKT-2026-0002  Approve certificate     by budi            -> approved",
            "SKT-2026-0002  Issue certificate       by system          -> certificate"
                + " 474/0002/KEC/2026",
            "SKT-2026-0002  Certificate issued");
    assertThat(lines(report, "SKT-2026-0003"))
        .noneMatch(line -> line.contains("Bring missing document"))
        .anyMatch(line -> line.matches("SKT-2026-0003  Approve certificate\\s+by budi\\s+.*"));
    assertThat(report).contains("3 citizens served, 1 sent back for a missing document");
    assertThat(dir.resolve("prima.mv.db")).exists();
  }

  @Test
  void demoPrintsOneCitizensCycleOfServiceAndItsTouchpointLogLines(@TempDir Path dir)
      throws Exception {
    int exitCode = run("demo", "--db-dir", dir.toString(), "--citizens", "2");

    assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
    String report = out.toString();
    String cycle =
        report.substring(
            report.indexOf("Cycle of service of SKT-2026-0002"),
            report.indexOf("Touchpoint log lines"));
    assertThat(cycle.lines().skip(3).map(line -> line.split("\\s{2,}")[0]).toList())
        .containsExactly(
            "Application handed in at the counter",
            "Documents checked at the counter",
            "Completeness decided",
            "Missing document brought back",
            "Documents checked at the counter",
            "Completeness decided",
            "Certificate approved",
            "Certificate printed",
            "Certificate handed over",
            "lead time 2d 2h",
            "");
    assertThat(cycle).contains("dewi.lestari", "2d ");
    // wait = the queue until the officer called (claimed); time in = from then to the end
    assertThat(
            cycle
                .lines()
                .filter(
                    line ->
                        line.startsWith("Documents checked") || line.startsWith("Certificate appr"))
                .map(line -> line.split("\\s{2,}"))
                .map(columns -> columns[4] + " / " + columns[5]))
        .containsExactly("7m / 2m", "7m / 5m", "1h 40m / 20m");
    java.util.List<String> logLines =
        report.lines().filter(line -> line.contains("dev.prima.touchpoint - case=")).toList();
    assertThat(logLines)
        .hasSize(9)
        .allSatisfy(line -> assertThat(line).contains("case=SKT-2026-0002"));
    assertThat(logLines.get(3))
        .contains("moment=\"Missing document brought back\"", "user=dewi.lestari", "PT48H");
    assertThat(dir.resolve("touchpoints.log"))
        .content()
        .contains("case=SKT-2026-0001", "case=SKT-2026-0002");
  }

  @Test
  void demoShowsTheStandardItsBreachesAndTheStaffAccountabilityView(@TempDir Path dir) {
    int exitCode = run("demo", "--db-dir", dir.toString(), "--citizens", "3");

    assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
    String report = out.toString();
    assertThat(report)
        .contains(
            "Service standard: Certificate (surat keterangan), lead time 2 working days,"
                + " fee free of charge")
        .contains("Breaches noticed by Prima's timers (2):")
        .contains(
            "SKT-2026-0002  LEAD_TIME         case: limit 2 working days, due Wed 2 Dec 10:26,"
                + " noticed Wed 2 Dec 10:26")
        .contains(
            "SKT-2026-0002  TOUCHPOINT_TARGET 'Missing document brought back'"
                + " (BringMissingDocument): limit P1D, due Tue 1 Dec 10:35, noticed Tue 1 Dec"
                + " 10:35");
    assertThat(report)
        .as("a citizen is not staff")
        .doesNotContainPattern("(?m)^  dewi\\.lestari +\\d")
        .containsPattern("Complaint acknowledged +complaint-officer +rahmat +2026-12-03 09:00");
    assertThat(lines(report, "  siti "))
        .singleElement()
        .satisfies(
            line ->
                assertThat(line.split("\\s+"))
                    .containsExactly("", "siti", "Siti", "Rahmawati", "4", "12m", "4/4"));
    assertThat(lines(report, "  budi "))
        .singleElement()
        .satisfies(line -> assertThat(line).contains("2h"));
  }

  @Test
  void demoHandlesOneComplaintAndScoresTheSatisfactionSurvey(@TempDir Path dir) {
    int exitCode = run("demo", "--db-dir", dir.toString(), "--citizens", "2");

    assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
    String report = out.toString();
    assertThat(report)
        .containsPattern(
            "Complaint \\S+ about SKT-2026-0002 \\('Missing document brought back'\\), lodged by"
                + " Dewi Lestari via sms, deadline P14D \\(answered in time\\)")
        .contains("the counter officer sees the complainant as (hidden)")
        .contains("Its handling (process complaint-handling):")
        .contains("Complaint acknowledged  complaint-officer  rahmat")
        .contains("Community satisfaction survey (SKM), 40 simulated respondents:")
        .containsPattern("IKM {10}\\d{2}\\.\\d{2} \\(unrounded")
        .containsPattern("Grade {8}[ABCD], ");
  }

  @Test
  void demoStartsFromAnEmptyDatabaseEachRun(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("prima.trace.db"), "left over from an earlier run");
    Files.writeString(dir.resolve("notes.txt"), "not the demo's");

    run("demo", "--db-dir", dir.toString(), "--citizens", "1");
    int exitCode = run("demo", "--db-dir", dir.toString(), "--citizens", "1");

    assertThat(exitCode).isZero();
    assertThat(out.toString())
        .contains("Process certificate-application version 1 ")
        .doesNotContain("version 2")
        .contains("1 citizen served, 0 sent back for a missing document");
    assertThat(dir.resolve("notes.txt")).hasContent("not the demo's");
    assertThat(dir.resolve("prima.trace.db")).doesNotExist();
  }

  @Test
  void aMistypedModelIsRefusedBeforeTheEarlierDemoIsDeleted(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("prima.mv.db"), "an earlier demo");

    int exitCode = run("demo", "--db-dir", dir.toString(), "--model", "ktp");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "--model ktp: no ready-made model has that name. Fix: use one of"
                + " certificate-application, ektp-issuance,")
        .contains("See 'prima-examples demo --help'.")
        .doesNotContain("Usage:")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("prima.mv.db")).hasContent("an earlier demo");
  }

  @Test
  void aDbDirThatIsAFileIsOneMessageAndTheFileIsLeftAlone(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");

    int exitCode = run("demo", "--db-dir", file.toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "demo: --db-dir "
                + file
                + ": is a file, not a directory. Fix: name a directory (it is created if missing),"
                + " or move the file away."
                + System.lineSeparator());
    assertThat(file).hasContent("mine");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aDbDirBelowAFileCannotBeCreatedAndSaysWhy(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");

    int exitCode = run("demo", "--db-dir", file.resolve("demo").toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("demo: --db-dir " + file.resolve("demo") + ": cannot create the directory")
        .contains("because " + file + " is a file. Fix: ")
        .doesNotContain("\tat ");
    assertThat(file).hasContent("mine");
  }

  @Test
  void demoHelpDescribesWhatTheDemoDoesNow() {
    int exitCode = run("demo", "--help");

    assertThat(exitCode).isZero();
    assertThat(out.toString().replaceAll("\\s+", " "))
        .contains("touchpoint log lines")
        .contains("breaches Prima's timers noticed")
        .contains("community satisfaction index (SKM)")
        .contains("writing the HTML service report")
        .contains("deletes the prima.*.db files of an earlier run there, and nothing else")
        .contains("Exit codes: 0 done, 1 --db-dir cannot be used");
  }

  @Test
  void aBadValueIsOneMessageWithoutTheWholeUsage(@TempDir Path dir) {
    int exitCode = run("demo", "--db-dir", dir.toString(), "--citizens", "many");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString())
        .contains("Invalid value for option '--citizens': 'many' is not a whole number. Fix:")
        .contains("See 'prima-examples demo --help'.")
        .doesNotContain("Usage:");
    assertThat(dir).isEmptyDirectory();
  }

  private static java.util.List<String> lines(String text, String prefix) {
    return text.lines().filter(line -> line.startsWith(prefix)).toList();
  }
}
