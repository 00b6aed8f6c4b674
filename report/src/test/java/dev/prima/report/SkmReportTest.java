package dev.prima.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.i18n.BundleKeys;
import dev.prima.quality.SkmCsv;
import dev.prima.quality.SkmProfile;
import dev.prima.quality.SkmRespondent;
import dev.prima.quality.SkmResponse;
import dev.prima.quality.SkmResult;
import dev.prima.quality.SkmSurvey;
import dev.prima.quality.WeightPolicy;
import dev.prima.report.SkmReport.FollowUp;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkmReportTest {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  @TempDir Path dir;

  private SkmSurvey survey;

  private final Locale systemLanguage = Locale.getDefault();

  /** Without locale(..) the JVM's language decides: these tests run as an Indonesian system. */
  @BeforeEach
  void speakIndonesian() {
    Locale.setDefault(INDONESIAN);
  }

  @org.junit.jupiter.api.AfterEach
  void restoreTheSystemLanguage() {
    Locale.setDefault(systemLanguage);
  }

  @BeforeEach
  void readSample() throws Exception {
    Path sample = dir.resolve("skm-sample.csv");
    try (InputStream in = SkmReportTest.class.getResourceAsStream("skm-sample.csv")) {
      assertThat(in).as("the worked example of Permenpan RB 14/2017 as a survey file").isNotNull();
      Files.copy(in, sample);
    }
    survey = SkmCsv.read(sample, SkmProfile.PERMENPAN_14_2017);
  }

  @Test
  void indonesianReportFollowsTheRegulationsOutline() {
    String html =
        SkmReport.builder(survey)
            .unit("Kecamatan Coblong")
            .period("Semester II 2025")
            .date(LocalDate.of(2026, 1, 12))
            .build()
            .render();

    assertThat(html)
        .contains("<html lang=\"id\">")
        .contains("SURVEI KEPUASAN MASYARAKAT (SKM)")
        .contains("<p class=\"unit\" id=\"unit\">Kecamatan Coblong</p>")
        .contains("Periode Semester II 2025")
        .contains("BAB III HASIL PENGOLAHAN DATA SKM")
        .contains("3.1 Jumlah Responden SKM")
        .contains("pada periode Semester II 2025 sebanyak 29 orang")
        .contains("Responden menurut jenis kelamin")
        .contains("Responden menurut pendidikan terakhir")
        .contains("Responden menurut pekerjaan utama")
        .containsPattern(
            "<td>Perempuan</td>\\s*<td class=\"num\">18</td>\\s*<td class=\"num\">62,07</td>")
        .containsPattern(
            "<td>Laki-laki</td>\\s*<td class=\"num\">11</td>\\s*<td class=\"num\">37,93</td>")
        .contains("NRR tertimbang")
        .contains("Nilai interval (NI) = jumlah NRR tertimbang")
        .contains("Nilai interval konversi (NIK) = NI × 25 = IKM")
        .contains("<td class=\"num\" id=\"ikm-value\">91,48</td>")
        .contains("<td class=\"num\" id=\"interval\">3,6590</td>")
        .contains("<td class=\"num\" id=\"grade\">A</td>")
        .contains("<td class=\"num\" id=\"performance\">Sangat Baik</td>")
        .contains("<tr data-grade=\"A\" class=\"current\">")
        .contains("88,31 – 100,00")
        .contains("BAB IV ANALISIS HASIL SKM")
        .contains(
            "Unsur pelayanan dengan nilai rata-rata terendah adalah U3 Waktu penyelesaian (3,448),"
                + " U2 Sistem, mekanisme, dan prosedur (3,483), dan U5 Produk spesifikasi jenis"
                + " pelayanan (3,517).")
        .contains("4.2 Rencana Tindak Lanjut")
        .contains("Tabel ini diisi oleh unit pelayanan")
        .contains("BAB V KESIMPULAN")
        .contains(
            "nilai IKM Kecamatan Coblong periode Semester II 2025 adalah 91,48 dengan mutu"
                + " pelayanan A dan kinerja unit pelayanan Sangat Baik.")
        .contains("........................, 12 Januari 2026")
        .contains("Kepala Kecamatan Coblong")
        .contains("LAMPIRAN HASIL PENGOLAHAN DATA")
        .doesNotContain("91.48")
        .doesNotContain("??");
    assertThat(rowsOf(html, "weakest")).containsExactly("U3", "U2", "U5");
    assertThat(rowsOf(html, "follow-up")).containsExactly("U3", "U2", "U5");
    assertThat(html.split("<tr>\\s*<td class=\"num\">", -1)).hasSize(29 + 1);
  }

  @Test
  void isPrintableAndSelfContained() {
    String html = SkmReport.builder(survey).unit("Kecamatan Coblong").build().render();

    assertThat(html)
        .contains("@page { size: A4;")
        .contains("@media print")
        .contains("break-before: page")
        .contains("thead { display: table-header-group; }")
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("src=\"")
        .doesNotContain("http://")
        .doesNotContain("https://")
        .doesNotContain(" th:");
  }

  @Test
  void figuresEqualTheTextTableInBothLanguages() {
    for (Locale locale : List.of(INDONESIAN, Locale.ENGLISH)) {
      for (WeightPolicy policy : WeightPolicy.values()) {
        SkmReport report = SkmReport.builder(survey).weightPolicy(policy).locale(locale).build();
        String html = report.render();
        String table = report.result().toTable(locale);

        Map<String, List<String>> fromTable = tableFigures(table);
        Map<String, List<String>> fromHtml = htmlFigures(html);
        assertThat(fromHtml)
            .as("total, NRR and weighted NRR per element, %s, %s", locale, policy)
            .hasSize(9)
            .isEqualTo(fromTable);
        String ikmLine = table.lines().filter(l -> l.startsWith("IKM")).findFirst().orElseThrow();
        assertThat(ikmLine)
            .contains(cell(html, "ikm-value") + " ")
            .contains(cell(html, "unrounded"));
        assertThat(table).contains(" " + cell(html, "grade") + ", ");
        assertThat(table).contains(cell(html, "performance"));
        if (locale.equals(INDONESIAN)) {
          assertThat(ikmLine).endsWith("nilai interval (NI) " + cell(html, "interval"));
        }
      }
    }
  }

  @Test
  void englishReportHasDecimalPoints() {
    String html =
        SkmReport.builder(survey)
            .unit("Kecamatan Coblong")
            .period("2nd semester 2025")
            .locale(Locale.ENGLISH)
            .build()
            .render();

    assertThat(html)
        .contains("<html lang=\"en\">")
        .contains("COMMUNITY SATISFACTION SURVEY (SKM)")
        .contains("Respondents by sex")
        .containsPattern(
            "<td>Female</td>\\s*<td class=\"num\">18</td>\\s*<td class=\"num\">62.07</td>")
        .contains("<td class=\"num\" id=\"ikm-value\">91.48</td>")
        .contains("<td class=\"num\" id=\"performance\">very good</td>")
        .contains("U3 completion time (3.448), U2 system, mechanism and procedure (3.483) and U5")
        .contains("CHAPTER V CONCLUSION")
        .doesNotContain("91,48")
        .doesNotContain("Sangat Baik");
  }

  @Test
  void unitAndPeriodComeFromTheResponsesWhenTheyAgree() {
    SkmReport report = SkmReport.builder(survey).locale(INDONESIAN).build();

    assertThat(report.unit()).isEqualTo("Kecamatan Coblong");
    assertThat(report.period()).isEqualTo("1 Juli 2025 – 24 Desember 2025");
    assertThat(report.locale()).isEqualTo(INDONESIAN);
  }

  @Test
  void aReportOnTotalsHasNoRespondentProfileButTheSameScores() {
    Map<String, Long> totals = new LinkedHashMap<>();
    long[] sums = {105, 101, 100, 116, 102, 105, 106, 105, 115};
    for (int i = 0; i < sums.length; i++) {
      totals.put("U" + (i + 1), sums[i]);
    }
    SkmResult result =
        SkmResult.fromTotals(SkmProfile.PERMENPAN_14_2017, WeightPolicy.EXACT, 29, totals);

    String html =
        SkmReport.builder(result).unit("Kecamatan Coblong").period("2025").build().render();

    assertThat(html)
        .contains("Data profil responden tidak tersedia")
        .contains("<td class=\"num\" id=\"ikm-value\">91,48</td>")
        .doesNotContain("Responden menurut jenis kelamin")
        .doesNotContain("LAMPIRAN HASIL PENGOLAHAN DATA");
    assertThat(htmlFigures(html)).isEqualTo(tableFigures(result.toTable(INDONESIAN)));
    assertThatThrownBy(() -> SkmReport.builder(result).period("2025").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the report needs the service unit: give it with unit(");
    assertThatThrownBy(() -> SkmReport.builder(result).unit("Kecamatan Coblong").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the report needs the survey period");
    assertThatThrownBy(() -> SkmReport.builder(result).weightPolicy(WeightPolicy.ROUNDED_0_11))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the result was weighted already (exact)");
  }

  @Test
  void blankAnswersAddTheAnsweredColumnAndKeepTheFigures() {
    Map<String, Long> totals = new LinkedHashMap<>();
    Map<String, Integer> answered = new LinkedHashMap<>();
    SkmProfile.PERMENPAN_14_2017
        .codes()
        .forEach(
            code -> {
              totals.put(code, code.equals("U2") ? 25L : 31L);
              answered.put(code, code.equals("U2") ? 7 : 10);
            });
    SkmResult result =
        SkmResult.fromTotals(
            SkmProfile.PERMENPAN_14_2017, WeightPolicy.EXACT, 10, totals, answered);

    String html = SkmReport.builder(result).unit("Desa Sukamaju").period("2025").build().render();

    assertThat(html)
        .contains("Jumlah kuesioner yang mengisi")
        .containsPattern("<td class=\"num answered\">7</td>\\s*<td class=\"num total\">25</td>")
        .contains("<td colspan=\"5\">Jumlah NRR tertimbang = nilai interval (NI)</td>");
    assertThat(htmlFigures(html)).isEqualTo(tableFigures(result.toTable(INDONESIAN)));
  }

  @Test
  void noRespondentsIdOrNameReachesThePrintedReport() {
    Map<String, Integer> answers = new LinkedHashMap<>();
    SkmProfile.PERMENPAN_14_2017.codes().forEach(code -> answers.put(code, 3));
    SkmSurvey named =
        SkmSurvey.of(
            SkmProfile.PERMENPAN_14_2017,
            List.of(
                SkmResponse.of(
                    SkmProfile.PERMENPAN_14_2017,
                    answers,
                    SkmRespondent.builder().id("Dewi Lestari").sex("P").build())));

    String html = SkmReport.builder(named).unit("Desa Sukamaju").period("2025").build().render();

    assertThat(html).contains("LAMPIRAN").doesNotContain("Dewi Lestari");
  }

  @Test
  void theOlderRegulationHasItsOwnElementsAndGradeBands() {
    Map<String, Long> totals = new LinkedHashMap<>();
    SkmProfile.KEPMENPAN_25_2004.codes().forEach(code -> totals.put(code, 300L));
    SkmResult result =
        SkmResult.fromTotals(SkmProfile.KEPMENPAN_25_2004, WeightPolicy.EXACT, 100, totals);

    String html =
        SkmReport.builder(result).unit("Kantor Pertanahan").period("2012").build().render();

    assertThat(html)
        .contains("Disusun berdasarkan pedoman Kepmenpan 25/2004")
        .contains("<td class=\"name\">Keamanan pelayanan</td>")
        .contains("81,26 – 100,00")
        .contains("<td class=\"num\" id=\"ikm-value\">75,00</td>")
        .contains("<tr data-grade=\"B\" class=\"current\">");
    assertThat(htmlFigures(html)).hasSize(14).isEqualTo(tableFigures(result.toTable(INDONESIAN)));
  }

  @Test
  void textsFromTheAgencyAreEscaped() {
    String html =
        SkmReport.builder(survey)
            .unit("Kecamatan <script>alert(1)</script>")
            .period("Semester \"II\" & 2025")
            .build()
            .render();

    assertThat(html)
        .contains("Kecamatan &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("Semester &quot;II&quot; &amp; 2025")
        .doesNotContain("<script");
  }

  @Test
  void followUpPlanFromAFileIsShownEscaped() throws Exception {
    Path plan = dir.resolve("rtl.csv");
    Files.writeString(
        plan,
        "\uFEFFNo;Unsur;Masalah;Program/Kegiatan;Waktu;Penanggung Jawab\n"
            + "1;U3 Waktu penyelesaian;Antrean KTP-el panjang;Menambah loket <b>Senin</b>;"
            + "Triwulan I 2026;Kepala Seksi Pelayanan\n"
            + "\n"
            + "2;u5;;\"Papan informasi; brosur\";Triwulan II 2026;Sekretaris Camat\n",
        StandardCharsets.UTF_8);

    SkmReport report = SkmReport.builder(survey).unit("Kecamatan Coblong").followUp(plan).build();
    String html = report.render();

    assertThat(report.followUp())
        .extracting(f -> f.element().code(), FollowUp::problem, FollowUp::programme)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "U3", "Antrean KTP-el panjang", "Menambah loket <b>Senin</b>"),
            org.assertj.core.groups.Tuple.tuple("U5", "", "Papan informasi; brosur"));
    assertThat(rowsOf(html, "follow-up")).containsExactly("U3", "U5");
    assertThat(html)
        .contains("<td>Menambah loket &lt;b&gt;Senin&lt;/b&gt;</td>")
        .contains("<td>Triwulan I 2026</td>")
        .contains("<td>Sekretaris Camat</td>")
        .contains("<td>U5 Produk spesifikasi jenis pelayanan</td>")
        .doesNotContain("Tabel ini diisi oleh unit pelayanan");
  }

  @Test
  void englishHeadersAndCommasWork() throws Exception {
    Path plan = dir.resolve("plan.csv");
    Files.writeString(
        plan,
        "element,problem,programme,time,responsible\nU9,Slow replies,Answer within 3 days,Q1 2026,Head of section\n");

    List<FollowUp> actions = FollowUp.read(plan, SkmProfile.PERMENPAN_14_2017);

    assertThat(actions).hasSize(1);
    assertThat(actions.get(0).element().code()).isEqualTo("U9");
    assertThat(actions.get(0).responsible()).isEqualTo("Head of section");
  }

  @Test
  void badFollowUpRowsAreListedWithTheirLineNumbers() throws Exception {
    Path plan = dir.resolve("rtl.csv");
    Files.writeString(
        plan,
        "unsur;masalah;program/kegiatan;waktu;penanggung jawab\n"
            + "U3;Antrean;Menambah loket;Triwulan I 2026;Kasi Pelayanan\n"
            + "U12;;Survei ulang;2026;Camat\n"
            + "Waktu;;Survei ulang;2026;Camat\n"
            + "U2;;;2026;\n");

    assertThatThrownBy(
            () -> SkmReport.builder(survey).unit("Kecamatan Coblong").followUp(plan).build())
        .isInstanceOfSatisfying(
            SkmReportFollowUpException.class,
            e ->
                assertThat(e.problems())
                    .extracting(SkmReportFollowUpException.Problem::toString)
                    .containsExactly(
                        "line 3, column unsur: 'U12' is not an element of Permenpan RB 14/2017:"
                            + " write one of U1, U2, U3, U4, U5, U6, U7, U8, U9",
                        "line 4, column unsur: 'Waktu' is not an element of Permenpan RB"
                            + " 14/2017: write one of U1, U2, U3, U4, U5, U6, U7, U8, U9",
                        "line 5, column program/kegiatan: is empty: every follow-up needs the"
                            + " programme or activity planned",
                        "line 5, column penanggung jawab: is empty: every follow-up needs who is"
                            + " responsible, such as 'Kepala Seksi Pelayanan'"))
        .hasMessageStartingWith("Follow-up plan " + plan + " rejected, nothing of it was used: 4");
  }

  @Test
  void aFollowUpHeaderWithoutRequiredColumnsIsRejected() throws Exception {
    Path plan = dir.resolve("rtl.csv");
    Files.writeString(plan, "unsur;kegiatan\nU3;Menambah loket\n");
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "unsur;program;waktu;penanggung jawab\n\n");
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(
        latin1,
        "unsur;program;waktu;penanggung jawab\nU3;Perbaikan ruang tunggu \u00e9;2026;Camat\n"
            .getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> FollowUp.read(plan, SkmProfile.PERMENPAN_14_2017))
        .isInstanceOf(SkmReportFollowUpException.class)
        .hasMessageContaining("line 1: the header has no column waktu (or jadwal, time, schedule)")
        .hasMessageContaining("line 1: the header has no column penanggung jawab");
    assertThatThrownBy(() -> FollowUp.read(empty, SkmProfile.PERMENPAN_14_2017))
        .isInstanceOf(SkmReportFollowUpException.class)
        .hasMessageContaining("line 1: the file has a header but no follow-up rows");
    assertThatThrownBy(() -> FollowUp.read(latin1, SkmProfile.PERMENPAN_14_2017))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("it is not UTF-8. Fix: save it as CSV UTF-8");
    assertThatThrownBy(() -> FollowUp.read(dir.resolve("nope.csv"), SkmProfile.PERMENPAN_14_2017))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("nope.csv: no such file or directory. Fix: check the path");
  }

  @Test
  void aFollowUpOnAnotherProfilesElementIsRejected() {
    FollowUp security =
        FollowUp.of(
            SkmProfile.KEPMENPAN_25_2004.element("U14").orElseThrow(),
            "",
            "Satpam",
            "2026",
            "Camat");

    assertThatThrownBy(
            () ->
                SkmReport.builder(survey)
                    .unit("Kecamatan Coblong")
                    .followUp(List.of(security))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the follow-up for U14 (security) names no element of Permenpan");
    assertThatThrownBy(() -> FollowUp.of(security.element(), "", " ", "2026", "Camat"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a programme, but it was blank");
  }

  @Test
  void writesTheFile() throws Exception {
    Path file = dir.resolve("out/laporan-skm.html");

    SkmReport.builder(survey).unit("Kecamatan Coblong").build().writeTo(file);

    assertThat(Files.readString(file)).contains("91,48").startsWith("<!DOCTYPE html>");
  }

  @Test
  void bundleHasBothLanguagesAndEveryKeyIsUsed() {
    Set<String> keys = BundleKeys.assertBothLanguages("dev/prima/report/skm-report");

    BundleKeys.assertAllUsed(keys, Set.of(), "src/main/java", "src/main/resources");
  }

  /** The element codes of the rows of table {@code id}, in order. */
  static List<String> rowsOf(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertThat(start).as("table %s", id).isNotNegative();
    String table = html.substring(start, html.indexOf("</table>", start));
    List<String> codes = new ArrayList<>();
    Matcher matcher = Pattern.compile("data-element=\"(U[0-9]+)\"").matcher(table);
    while (matcher.find()) {
      codes.add(matcher.group(1));
    }
    return codes;
  }

  /** Per element code: total, NRR and weighted NRR as the HTML's element table shows them. */
  static Map<String, List<String>> htmlFigures(String html) {
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

  /** Per element code: total, NRR and weighted NRR as the {@code skm} text table shows them. */
  static Map<String, List<String>> tableFigures(String table) {
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
