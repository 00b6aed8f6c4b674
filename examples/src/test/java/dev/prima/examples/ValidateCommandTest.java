package dev.prima.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.i18n.BundleKeys;
import dev.prima.models.CertificateApplication;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = PrimaCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path demoModel() throws Exception {
    Path file = dir.resolve("certificate-application.bpmn");
    try (var in =
        getClass().getClassLoader().getResourceAsStream(CertificateApplication.RESOURCE)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void aValidModelExitsZero() throws Exception {
    Path model = demoModel();

    int exit = run("validate", "--role", "counter-officer,section-head,citizen", model.toString());

    assertThat(exit).as("stderr: %s", err).isZero();
    assertThat(out.toString())
        .contains(model + ": OK")
        .contains("1 file(s) checked: 0 with errors; 0 error(s), 0 warning(s)");
  }

  @Test
  void everyFileIsCheckedAndAnyErrorExitsOne() throws Exception {
    Path model = demoModel();
    Path broken = Files.writeString(dir.resolve("broken.bpmn"), "<definitions><process>");
    Path html = Files.writeString(dir.resolve("page.bpmn"), "<html/>");

    int exit =
        run(
            "validate",
            broken.toString(),
            html.toString(),
            model.toString(),
            "--role",
            "counter-officer");

    assertThat(exit).isEqualTo(1);
    String text = out.toString();
    assertThat(text)
        .contains(broken + ": 1 error(s), 0 warning(s)")
        .contains("  ERROR not well-formed XML")
        .contains(html + ": 1 error(s)")
        .contains("not a BPMN 2.0 file: its root element is html")
        .contains(model + ": 3 error(s)")
        .contains(
            "  ERROR [ApproveCertificate] candidate group 'section-head' is not a frontline role of"
                + " the service triangle")
        .contains(
            "  ERROR [DecideOverdueApproval] candidate group 'section-head' is not a frontline")
        .contains("      fix: declare the role")
        .contains("3 file(s) checked: 3 with errors; 5 error(s), 0 warning(s)");
  }

  @Test
  void inIndonesianAModellerReadsFindingsFixesAndTotals() throws Exception {
    Path model = demoModel();
    Path html = Files.writeString(dir.resolve("page.bpmn"), "<html/>");

    int exit =
        run(
            "validate",
            "--lang",
            "id",
            "--role",
            "counter-officer",
            html.toString(),
            model.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString())
        .contains(html + ": 1 kesalahan, 0 peringatan")
        .contains("  KESALAHAN bukan berkas BPMN 2.0: elemen akarnya html, seharusnya")
        .contains("      perbaikan: ekspor proses sebagai XML BPMN 2.0 dari alat pemodelan")
        .contains(
            "  KESALAHAN [ApproveCertificate] candidate group 'section-head' bukan peran petugas"
                + " garis depan dalam segitiga pelayanan")
        .contains("      perbaikan: deklarasikan peran tersebut (FrontlineRole.of(\"section-head\"")
        .contains("2 berkas diperiksa, 2 di antaranya memuat kesalahan; 4 kesalahan, 0 peringatan")
        .doesNotContain("fix:")
        .doesNotContain("ERROR");
  }

  @Test
  void inIndonesianACleanFileHasNoFindings() throws Exception {
    Path model = demoModel();

    int exit =
        run(
            "validate",
            "--lang=id",
            "--role",
            "counter-officer,section-head,citizen",
            model.toString());

    assertThat(exit).isZero();
    assertThat(out.toString())
        .isEqualTo(
            model
                + ": tidak ada temuan"
                + System.lineSeparator()
                + "1 berkas diperiksa, 0 di antaranya memuat kesalahan; 0 kesalahan, 0 peringatan"
                + System.lineSeparator());
  }

  @Test
  void englishIsTheDefaultAndCanBeAskedFor() throws Exception {
    Path html = Files.writeString(dir.resolve("page.bpmn"), "<html/>");

    run("validate", "--lang", "en", html.toString());

    assertThat(out.toString())
        .isEqualTo(
            html
                + ": 1 error(s), 0 warning(s)"
                + System.lineSeparator()
                + "  ERROR not a BPMN 2.0 file: its root element is html, expected"
                + " {http://www.omg.org/spec/BPMN/20100524/MODEL}definitions"
                + System.lineSeparator()
                + "      fix: export the process as BPMN 2.0 XML from the modelling tool"
                + System.lineSeparator()
                + "1 file(s) checked: 1 with errors; 1 error(s), 0 warning(s)"
                + System.lineSeparator());
  }

  @Test
  void theBundleHasTheSameKeysInBothLanguagesAndEachIsUsed() {
    java.util.Set<String> keys = BundleKeys.assertBothLanguages("dev/prima/examples/validate");

    BundleKeys.assertAllUsed(keys, java.util.Set.of("validate.severity."), "src/main/java");
  }

  @Test
  void aMissingFileSaysSoInWords() {
    Path missing = dir.resolve("missing.bpmn");

    int exit = run("validate", missing.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString())
        .contains("  ERROR cannot read the file: no such file or directory")
        .doesNotContain("java.nio");
  }

  @Test
  void aBinaryFileIsOneFindingAndNothingOnStandardError() throws Exception {
    Path binary =
        Files.write(
            dir.resolve("archive.bpmn"),
            new byte[] {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03});
    java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.err;
    int exit;
    System.setErr(new java.io.PrintStream(stderr, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      exit = run("validate", binary.toString());
    } finally {
      System.setErr(original);
    }

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString())
        .contains("  ERROR not a text file: byte 2 (0x8B) is not valid UTF-8")
        .doesNotContain("ParseError");
    assertThat(stderr.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void withoutAFileItIsAUsageError() {
    int exit = run("validate");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("Missing required parameter")
        .contains("Usage: prima-examples validate");
  }
}
