package dev.prima.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.i18n.BundleKeys;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code skm --lang} and {@code skm --report}: the table and the printable form agree. */
class SkmReportOptionTest {

  private static final String SAMPLE = "skm-sample.csv";

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @TempDir Path dir;

  private Path sample;

  @BeforeEach
  void copySample() throws Exception {
    sample = dir.resolve(SAMPLE);
    try (InputStream in = SkmReportOptionTest.class.getResourceAsStream(SAMPLE)) {
      assertThat(in).as("resource %s", SAMPLE).isNotNull();
      Files.copy(in, sample);
    }
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = PrimaCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void langIdPrintsTheTableInBahasaIndonesia() {
    int exitCode = run("skm", sample.toString(), "--lang", "id");

    assertThat(exitCode).as("stderr: %s", err).isZero();
    assertThat(out.toString())
        .contains("Survei          Permenpan RB 14/2017 (14-2017)")
        .containsPattern("(?m)^Kode +Unsur pelayanan +Jumlah nilai +NRR +NRR tertimbang$")
        .containsPattern("(?m)^U3 +Waktu penyelesaian +100 +3,448 +0,383$")
        .contains(
            "IKM             91,48 (sebelum pembulatan 91,4750957854...); nilai interval (NI)"
                + " 3,6590")
        .contains("Mutu pelayanan  A, kinerja unit pelayanan Sangat Baik");
  }

  @Test
  void langEnPrintsTheEnglishTable() {
    int exitCode = run("skm", sample.toString(), "--lang", "EN", "--weight", "0.111");

    assertThat(exitCode).isZero();
    assertThat(out.toString())
        .contains("Weight       0.111 (1/9 rounded to 3 decimals)")
        .containsPattern("(?m)^U3 +completion time +100 +3\\.448 +0\\.383$")
        .contains("IKM          91.38 (unrounded 91.3836206896...)")
        .contains("Grade        A, Sangat Baik (very good)")
        .doesNotContain("nilai interval");
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    int exitCode = run("skm", sample.toString(), "--lang", "jv");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("'jv' is not a language Prima speaks");
  }

  @Test
  void reportHasTheFiguresOfTheTableInBothLanguages() throws Exception {
    for (String lang : List.of("id", "en")) {
      for (String weight : List.of("exact", "0.111", "0.11")) {
        Path report = dir.resolve(lang + "-" + weight + "/laporan-skm.html");

        int exitCode =
            run(
                "skm",
                sample.toString(),
                "--lang",
                lang,
                "--weight",
                weight,
                "--report",
                report.toString(),
                "--period",
                "Semester II 2025");

        assertThat(exitCode).as("stderr: %s", err).isZero();
        String table = out.toString();
        String html = Files.readString(report);
        assertThat(htmlFigures(html))
            .as("figures per element, --lang %s --weight %s", lang, weight)
            .hasSize(9)
            .isEqualTo(tableFigures(table));
        String ikmLine = table.lines().filter(l -> l.startsWith("IKM")).findFirst().orElseThrow();
        assertThat(ikmLine)
            .contains(" " + cell(html, "ikm-value") + " ")
            .contains(cell(html, "unrounded"));
        if (lang.equals("id")) {
          assertThat(ikmLine).endsWith(" " + cell(html, "interval"));
          assertThat(table).contains("Laporan SKM siap cetak disimpan di " + report);
          assertThat(html).contains("<html lang=\"id\">").contains("Periode Semester II 2025");
        } else {
          assertThat(table).contains("Printable SKM report written to " + report);
          assertThat(html).contains("<html lang=\"en\">").contains("Period Semester II 2025");
        }
        assertThat(html).contains("Kecamatan Coblong");
      }
    }
  }

  @Test
  void followUpFileFillsThePlan() throws Exception {
    Path plan = dir.resolve("rtl.csv");
    Files.writeString(
        plan,
        "unsur;masalah;program/kegiatan;waktu;penanggung jawab\n"
            + "U3;Antrean KTP-el panjang;Menambah loket pada hari Senin;Triwulan I 2026;"
            + "Kepala Seksi Pelayanan\n");
    Path report = dir.resolve("laporan.html");

    int exitCode =
        run(
            "skm",
            sample.toString(),
            "--lang",
            "id",
            "--report",
            report.toString(),
            "--unit",
            "Kecamatan Coblong",
            "--follow-up",
            plan.toString());

    assertThat(exitCode).as("stderr: %s", err).isZero();
    assertThat(Files.readString(report))
        .contains("<td>Menambah loket pada hari Senin</td>")
        .contains("<td>Kepala Seksi Pelayanan</td>")
        .doesNotContain("Tabel ini diisi oleh unit pelayanan");
  }

  @Test
  void aBadFollowUpFileIsListedWithLineNumbersAndNoReportIsWritten() throws Exception {
    Path plan = dir.resolve("rtl.csv");
    Files.writeString(
        plan,
        "unsur;masalah;program/kegiatan;waktu;penanggung jawab\n"
            + "U3;Antrean;Menambah loket;Triwulan I 2026;Kasi Pelayanan\n"
            + "U10;;Survei ulang;;Camat\n");
    Path report = dir.resolve("laporan.html");

    int exitCode =
        run(
            "skm",
            sample.toString(),
            "--report",
            report.toString(),
            "--follow-up",
            plan.toString());

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .contains(plan + ": 2 problems, no report was written:")
        .contains("  line 3, column unsur: 'U10' is not an element of Permenpan RB 14/2017")
        .contains("  line 3, column waktu: is empty: every follow-up needs when it is done");
    assertThat(report).doesNotExist();
  }

  @Test
  void reportOptionsWithoutReportAreAUsageError() {
    int exitCode = run("skm", sample.toString(), "--unit", "Kecamatan Coblong");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString())
        .contains("--unit, --period and --follow-up describe the printable report: add --report");
  }

  @Test
  void aBlankUnitIsRefusedWithAHint() {
    Path report = dir.resolve("laporan.html");

    int exitCode = run("skm", sample.toString(), "--report", report.toString(), "--unit", " ");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString())
        .contains("--unit is blank, no report was written. Fix: give the service unit");
    assertThat(report).doesNotExist();
  }

  @Test
  void helpNamesTheReportOptions() {
    int exitCode = run("skm", "--help");

    assertThat(exitCode).isZero();
    assertThat(out.toString())
        .contains("--report=FILE.html")
        .contains("--follow-up=FILE.csv")
        .contains("--lang=id|en")
        .contains("With --report: the follow-up plan (rencana tindak");
  }

  @Test
  void bundleHasBothLanguagesAndEveryKeyIsUsed() {
    Set<String> keys = BundleKeys.assertBothLanguages("dev/prima/examples/skm-command");

    BundleKeys.assertAllUsed(keys, Set.of(), "src/main/java");
  }

  /** Per element code: total, NRR and weighted NRR as the report's element table shows them. */
  private static Map<String, List<String>> htmlFigures(String html) {
    Map<String, List<String>> figures = new LinkedHashMap<>();
    Matcher row =
        Pattern.compile(
                "<tr data-element=\"(U[0-9]+)\">.*?<td class=\"num total\">([^<]*)</td>\\s*"
                    + "<td class=\"num nrr\">([^<]*)</td>\\s*<td class=\"num weighted\">([^<]*)</td>",
                Pattern.DOTALL)
            .matcher(html.substring(html.indexOf("id=\"elements\""), html.indexOf("id=\"ikm\"")));
    while (row.find()) {
      figures.put(row.group(1), List.of(row.group(2), row.group(3), row.group(4)));
    }
    return figures;
  }

  /** Per element code: total, NRR and weighted NRR as the printed table shows them. */
  private static Map<String, List<String>> tableFigures(String table) {
    Map<String, List<String>> figures = new LinkedHashMap<>();
    table
        .lines()
        .filter(line -> line.matches("U[0-9]+ .*"))
        .forEach(
            line -> {
              String[] words = line.strip().split(" +");
              int n = words.length;
              figures.put(words[0], List.of(words[n - 3], words[n - 2], words[n - 1]));
            });
    return figures;
  }

  private static String cell(String html, String id) {
    Matcher matcher = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(html);
    assertThat(matcher.find()).as("cell %s", id).isTrue();
    return matcher.group(1);
  }
}
