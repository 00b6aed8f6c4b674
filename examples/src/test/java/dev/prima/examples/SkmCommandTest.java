package dev.prima.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SkmCommandTest {

  private static final String SAMPLE = "skm-sample.csv";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private Path sample;

  @BeforeEach
  void copySample() throws Exception {
    sample = dir.resolve(SAMPLE);
    try (InputStream in = SkmCommandTest.class.getResourceAsStream(SAMPLE)) {
      assertThat(in).as("resource %s", SAMPLE).isNotNull();
      Files.copy(in, sample);
    }
  }

  private int run(String... args) {
    CommandLine cli = PrimaCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void scoresTheSampleAsTheWorkedExample() {
    int exitCode = run("skm", sample.toString());

    assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
    assertThat(out.toString())
        .contains("Survey       Permenpan RB 14/2017 (14-2017)")
        .contains("Weight       1/9 (exact)")
        .contains("Respondents  29")
        .containsPattern("(?m)^Code +Element +Total +NRR +Weighted NRR$")
        .containsPattern("(?m)^U1 +requirements +105 +3\\.621 +0\\.402$")
        .containsPattern("(?m)^U2 +system, mechanism and procedure +101 +3\\.483 +0\\.387$")
        .containsPattern("(?m)^U3 +completion time +100 +3\\.448 +0\\.383$")
        .containsPattern("(?m)^U4 +fee/tariff +116 +4\\.000 +0\\.444$")
        .containsPattern(
            "(?m)^U9 +handling of complaints, suggestions and input +115 +3\\.966 +0\\.441$")
        .contains("IKM          91.48 (unrounded 91.4750957854...)")
        .contains("Grade        A, Sangat Baik (very good)");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void roundedWeightsGiveTheAgencyValues() {
    int exitCode = run("skm", sample.toString(), "--weight", "0.111");
    int secondExitCode = run("skm", sample.toString(), "--weight", "0.11");

    assertThat(exitCode).isZero();
    assertThat(secondExitCode).isZero();
    assertThat(out.toString())
        .contains("Weight       0.111 (1/9 rounded to 3 decimals)")
        .contains("IKM          91.38 (unrounded 91.3836206896...)")
        .contains("Weight       0.11 (1/9 rounded to 2 decimals)")
        .contains("IKM          90.56 (unrounded 90.5603448275...)");
  }

  @Test
  void badRowsAreListedWithTheirLineNumbersOnStderrAndExit1() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "U1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;4;4\n4;5;4;4;4;4;4;4;4\n4;4;4;baik;4;4;4;4;4\n");

    int exitCode = run("skm", bad.toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .contains(bad + ": 2 problems, nothing was scored:")
        .contains("  line 3, column U2: '5' is out of range, expected 1 to 4")
        .contains("  line 4, column U4: 'baik' is not a number, expected 1 to 4");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aMissingFileExits1() {
    int exitCode = run("skm", dir.resolve("nope.csv").toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .contains("Cannot read survey file")
        .contains("nope.csv: no such file or directory. Fix: check the path")
        .doesNotContain("java.nio")
        .doesNotContain("\tat ");
  }

  @Test
  void theSampleIsNotALegacySurvey() {
    int exitCode = run("skm", sample.toString(), "--profile", "25-2004");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .contains("line 1: the header has no column for U10 (reasonableness of cost)");
  }

  @Test
  void unknownProfileOrWeightAndNoFileAreUsageErrors() {
    int profile = run("skm", sample.toString(), "--profile", "2017");
    int weight = run("skm", sample.toString(), "--weight", "0.1");
    int noFile = run("skm");

    assertThat(profile).isEqualTo(2);
    assertThat(weight).isEqualTo(2);
    assertThat(noFile).isEqualTo(2);
    assertThat(err.toString())
        .contains("unknown SKM profile '2017', expected one of 14-2017, 25-2004")
        .contains("unknown weight policy '0.1', expected one of exact, 0.111, 0.11")
        .contains("Missing required parameter: 'FILE.csv'")
        .contains("Usage: prima-examples skm");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void helpNamesTheSampleFile() {
    int exitCode = run("skm", "--help");

    assertThat(exitCode).isZero();
    assertThat(out.toString())
        .contains("Usage: prima-examples skm")
        .contains("examples/src/main/resources/dev/prima/examples/skm-sample.csv")
        .contains("--profile=<id>")
        .contains("--weight=<policy>");
    assertThat(Path.of("src/main/resources/dev/prima/examples", SAMPLE)).exists();
  }

  @Test
  void theLanguageMayStandBeforeTheCommandName() {
    int before = run("--lang", "id", "skm", sample.toString());
    String beforeOut = out.toString();
    out.getBuffer().setLength(0);
    int after = run("skm", sample.toString(), "--lang", "id");

    assertThat(before).as("stderr: %s", err).isZero();
    assertThat(after).isZero();
    assertThat(beforeOut).containsPattern("IKM +91,48").isEqualTo(out.toString());
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theCommandsOwnLanguageWinsOverTheOneBeforeIt() {
    int exitCode = run("--lang", "id", "skm", sample.toString(), "--lang", "en");

    assertThat(exitCode).as("stderr: %s", err).isZero();
    assertThat(out.toString()).containsPattern("IKM +91\\.48");
  }
}
