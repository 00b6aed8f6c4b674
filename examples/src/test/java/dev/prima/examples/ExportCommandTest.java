package dev.prima.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Reads the English texts: the system's language decides without --lang. */
@ExtendWith(InEnglish.class)
class ExportCommandTest {

  /** The published IEEE 1849-2016 schema the core tests validate against (source in its README). */
  private static final Path XES_SCHEMA =
      Path.of("..", "core", "src", "test", "resources", "xes", "xes-ieee-1849-2016.xsd");

  @TempDir static Path demo;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void runTheDemo() {
    int exitCode =
        PrimaCli.commandLine()
            .setOut(new PrintWriter(new StringWriter()))
            .execute("demo", "--db-dir", demo.toString(), "--citizens", "2");
    assertThat(exitCode).isZero();
    assertThat(demo.resolve("prima.mv.db")).exists();
  }

  private int run(String... args) {
    CommandLine cli = PrimaCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private static String jdbc() {
    return "jdbc:h2:file:" + demo.resolve("prima").toAbsolutePath();
  }

  @Test
  void exportsTheDemoDatabaseAsAValidXesLog(@TempDir Path dir) throws Exception {
    Path xes = dir.resolve("logs/demo.xes");

    int exitCode = run("export", "--format", "xes", "--jdbc", jdbc(), "--out", xes.toString());

    assertThat(exitCode).as(err.toString()).isZero();
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(XES_SCHEMA.toFile())
        .newValidator()
        .validate(new StreamSource(xes.toFile()));
    String log = Files.readString(xes, StandardCharsets.UTF_8);
    assertThat(log)
        .contains("<trace>")
        .contains("lifecycle:transition")
        .containsPattern("key=\"time:timestamp\" value=\"[-0-9T:.]+Z\"")
        .doesNotContain("+07:00");
    assertThat(out.toString())
        .containsPattern("demo.xes: [1-9]\\d* case\\(s\\), [1-9]\\d* touchpoint");
  }

  @Test
  void langIdSummarisesInBahasaIndonesia(@TempDir Path dir) {
    Path csv = dir.resolve("demo.csv");

    int exitCode =
        run("export", "--format", "csv", "--jdbc", jdbc(), "--out", csv.toString(), "--lang", "id");

    assertThat(exitCode).as(err.toString()).isZero();
    assertThat(out.toString())
        .containsPattern(
            "demo.csv: [1-9]\\d* kasus, [1-9]\\d* momen pelayanan, [1-9]\\d* peristiwa");
  }

  @Test
  void writesTheOfficesOffsetWithZone(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("jakarta.csv");

    int exitCode =
        run(
            "export",
            "--format",
            "csv",
            "--jdbc",
            jdbc(),
            "--zone",
            "Asia/Jakarta",
            "--out",
            csv.toString());

    assertThat(exitCode).as(err.toString()).isZero();
    assertThat(Files.readAllLines(csv).get(1)).containsPattern(",[-0-9T:.]+\\+07:00,");
  }

  @Test
  void exportsCsvAndOcelOfOneServiceAndWindow(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("all.csv");
    Path none = dir.resolve("none.csv");
    Path ocel = dir.resolve("all.jsonocel");

    int all = run("export", "--format", "csv", "--jdbc", jdbc(), "--out", csv.toString());
    int emptyWindow =
        run(
            "export",
            "--format",
            "CSV",
            "--jdbc",
            jdbc(),
            "--service",
            "certificate-application",
            "--from",
            "2020-01-01",
            "--to",
            "2020-01-31",
            "--out",
            none.toString());
    int object = run("export", "--format", "ocel", "--jdbc", jdbc(), "--out", ocel.toString());

    assertThat(List.of(all, emptyWindow, object)).as(err.toString()).containsOnly(0);
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows.get(0)).startsWith("case,touchpoint,process,");
    assertThat(rows).hasSizeGreaterThan(2);
    assertThat(Files.readAllLines(none)).hasSize(1);
    assertThat(Files.readString(ocel)).contains("\"objectTypes\"").contains("\"citizen_case\"");
  }

  @Test
  void aMistypedDatabasePathFailsAndCreatesNoDatabase(@TempDir Path dir) {
    int exitCode =
        run(
            "export",
            "--format",
            "xes",
            "--jdbc",
            "jdbc:h2:file:" + dir.resolve("empty"),
            "--out",
            dir.resolve("x.xes").toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("export: ")
        .contains("there is no H2 database at that path");
    assertThat(dir.resolve("x.xes")).doesNotExist();
    assertThat(dir.resolve("empty.mv.db")).as("no database created").doesNotExist();
  }

  @Test
  void anUnknownServiceSaysWhichExistAndWritesNothing(@TempDir Path dir) {
    Path csv = dir.resolve("ktp.csv");

    int exitCode =
        run(
            "export",
            "--format",
            "csv",
            "--jdbc",
            jdbc(),
            "--service",
            "ktp",
            "--out",
            csv.toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .startsWith(
            "export: --service ktp: no process of that key is deployed in the database of --jdbc."
                + " Fix: use one of certificate-application");
    assertThat(out.toString()).isEmpty();
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void anUnknownZoneNamesTheOptionAndTheFix(@TempDir Path dir) {
    int exitCode =
        run(
            "export",
            "--format",
            "csv",
            "--jdbc",
            jdbc(),
            "--zone",
            "Mars/Olympus",
            "--out",
            dir.resolve("x.csv").toString());

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "Invalid value for option '--zone': 'Mars/Olympus' is not a time zone. Fix: use a"
                + " region such as Asia/Jakarta")
        .doesNotContain("Usage:");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aPeriodEndingBeforeItStartsQuotesTheDaysTyped(@TempDir Path dir) {
    int exitCode =
        run(
            "export",
            "--format",
            "csv",
            "--jdbc",
            jdbc(),
            "--from",
            "2026-12-04",
            "--to",
            "2026-12-03",
            "--out",
            dir.resolve("x.csv").toString());

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("--to 2026-12-03 is not after --from 2026-12-04. Fix: give a --to after --from")
        .doesNotContain("T00:00:00Z");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void anImpossibleDayNamesTheOption(@TempDir Path dir) {
    int exitCode =
        run(
            "export",
            "--format",
            "csv",
            "--jdbc",
            jdbc(),
            "--from",
            "2026-13-01",
            "--out",
            dir.resolve("x.csv").toString());

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("Invalid value for option '--from': '2026-13-01' has no month 13")
        .doesNotContain("java.time");
  }

  @Test
  void anUnwritableOutIsRefusedBeforeTheDatabaseIsOpened(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("logs"), "a file, not a directory");
    Path out = file.resolve("x.csv");

    // a database that does not exist: the answer comes from --out, before any engine starts
    int exitCode =
        run(
            "export",
            "--format",
            "csv",
            "--jdbc",
            "jdbc:h2:file:" + dir.resolve("nothing"),
            "--out",
            out.toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "export: --out "
                + out
                + ": cannot create the directory "
                + file
                + " because "
                + file
                + " is a file. Fix: choose a path whose directories are directories, or move "
                + file
                + " away."
                + System.lineSeparator());
    assertThat(file).hasContent("a file, not a directory");
    assertThat(dir.resolve("nothing.mv.db")).doesNotExist();
  }

  @Test
  void anExistingLogIsReplacedAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("log.csv"), "old");

    int exitCode = run("export", "--format", "csv", "--jdbc", jdbc(), "--out", csv.toString());

    assertThat(exitCode).as(err.toString()).isZero();
    assertThat(Files.readString(csv)).startsWith("case,touchpoint,");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(csv);
    }
  }

  @Test
  void aPostgresUrlWithoutUserIsNotTriedAsSa(@TempDir Path dir) {
    // nothing listens on port 1: the connection is refused at once, naming the user it tried
    int exitCode =
        run(
            "export",
            "--format",
            "csv",
            "--jdbc",
            "jdbc:postgresql://127.0.0.1:1/prima",
            "--out",
            dir.resolve("x.csv").toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("export: Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/prima")
        .doesNotContain("as user")
        .doesNotContain("\tat ");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void anUnknownFormatOrBadDateIsAUsageError(@TempDir Path dir) {
    int badFormat =
        run("export", "--format", "pdf", "--jdbc", jdbc(), "--out", dir.resolve("x").toString());
    int badDate =
        run(
            "export",
            "--format",
            "xes",
            "--jdbc",
            jdbc(),
            "--from",
            "yesterday",
            "--out",
            dir.resolve("y").toString());
    int missingOut = run("export", "--format", "xes", "--jdbc", jdbc());

    assertThat(List.of(badFormat, badDate, missingOut)).containsOnly(2);
    assertThat(err.toString())
        .contains("format must be one of xes, ocel, csv, but was 'pdf'")
        .contains("yesterday")
        .contains("Missing required option: '--out=<file>'");
  }
}
