package dev.prima.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Reads the English texts: the system's language decides without --lang. */
@ExtendWith(InEnglish.class)
class ModelDemoTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = PrimaCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "certificate-application",
        "ektp-issuance",
        "birth-registration",
        "business-licence",
        "complaint-handling",
        "social-assistance"
      })
  void theDemoRunsAnyReadyMadeModelByName(String model) {
    int exit = run("demo", "--model", model, "--citizens", "1", "--db-dir", dir.toString());

    assertThat(exit).as("stderr: %s", err).isZero();
    String text = out.toString();
    String caseId = model.toUpperCase(java.util.Locale.ROOT) + "-0001";
    assertThat(text).startsWith("Model " + model + ": ").contains("Cycle of service of " + caseId);
    assertThat(text.lines().filter(line -> line.startsWith("lead time ")))
        .singleElement()
        .satisfies(line -> assertThat(line).doesNotContain("running"));
    assertThat(text.lines().filter(line -> line.endsWith("COMPLETED")).count()).isGreaterThan(3);
  }

  @Test
  void anUnknownModelIsAUsageErrorListingTheModels() {
    int exit = run("demo", "--model", "sim-card");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("--model sim-card: no ready-made model has that name. Fix: use one of")
        .contains("ektp-issuance");
  }
}
