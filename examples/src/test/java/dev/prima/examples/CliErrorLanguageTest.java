package dev.prima.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.i18n.BundleKeys;
import dev.prima.internal.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command line's errors speak the language of --lang, wherever --lang stands, and each still
 * names the input, the problem and the fix, with the documented exit code and no stack trace.
 */
@ExtendWith(InEnglish.class)
class CliErrorLanguageTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = PrimaCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  /** The first line on stderr, the message itself (usage may follow). */
  /** The report command for the service {@code s} on 30 November 2026, in {@code lang}. */
  private int runReport(String lang, String jdbc, String out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
                "--lang",
                lang,
                "--jdbc",
                jdbc,
                "--service",
                "s",
                "--from",
                "2026-11-30",
                "--to",
                "2026-11-30",
                "--out",
                out));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  private String message() {
    assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    return err.toString().lines().findFirst().orElse("");
  }

  private static String fix(String lang) {
    return lang.equals("id") ? "Perbaikan:" : "Fix:";
  }

  private static String either(String lang, String english, String indonesian) {
    return lang.equals("id") ? indonesian : english;
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void anUnknownOptionIsNamedInTheChosenLanguage(String lang) {
    int exit = run("demo", "--frobnicate", "--lang", lang);

    assertThat(exit).isEqualTo(2);
    assertThat(message())
        .startsWith(either(lang, "Unknown option: ", "Opsi tidak dikenal: ") + "'--frobnicate'")
        .contains(fix(lang));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void anUnknownCommandListsTheCommandsInTheChosenLanguage(String lang) {
    int exit = run("laporan", "--lang=" + lang);

    assertThat(exit).isEqualTo(2);
    assertThat(message())
        .startsWith(either(lang, "Unknown command: ", "Perintah tidak dikenal: ") + "'laporan'")
        .contains("demo, validate, skm, export, report")
        .contains(fix(lang));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void aMissingOptionAndAMissingFileAreNamed(String lang) {
    int option = run("export", "--lang", lang, "--format", "xes", "--jdbc", "jdbc:h2:mem:x");
    String first = message();
    err.getBuffer().setLength(0);
    int parameter = run("skm", "--lang", lang);

    assertThat(option).isEqualTo(2);
    assertThat(first)
        .startsWith(
            either(lang, "Missing required option: ", "Opsi wajib belum diisi: ")
                + "'--out=<file>'");
    assertThat(parameter).isEqualTo(2);
    assertThat(message())
        .startsWith(
            either(lang, "Missing required parameter: ", "Parameter wajib belum diisi: ")
                + "'FILE.csv'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void anOptionWithoutItsValueSaysHowToWriteIt(String lang) {
    int exit = run("skm", "--lang", lang, "sample.csv", "--report");

    assertThat(exit).isEqualTo(2);
    assertThat(message())
        .isEqualTo(
            either(lang, "Option '--report' has no value.", "Opsi '--report' tidak diberi nilai.")
                + " "
                + fix(lang)
                + " write --report=FILE.html.".replace("write", either(lang, "write", "tulis")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void aBadValueBeforeLangIsStillInThatLanguage(String lang) {
    int exit =
        run(
            "report",
            "--from",
            "2026-02-30",
            "--to",
            "2026-03-01",
            "--jdbc",
            "jdbc:h2:mem:x",
            "--service",
            "s",
            "--out",
            dir.resolve("r.html").toString(),
            "--lang",
            lang);

    assertThat(exit).isEqualTo(2);
    assertThat(message())
        .isEqualTo(
            either(
                lang,
                "Invalid value for option '--from': '2026-02-30' is not a day: February 2026 has"
                    + " 28 days. Fix: write a day of that month as yyyy-MM-dd.",
                "Nilai tidak sah untuk opsi '--from': '2026-02-30' bukan tanggal yang ada:"
                    + " Februari 2026 hanya mempunyai 28 hari. Perbaikan: tulis tanggal dalam"
                    + " bulan tersebut sebagai yyyy-MM-dd."));
    assertThat(err.toString())
        .contains(either(lang, "See ", "Lihat ") + "'prima-examples report --help'.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void aValueOutOfRangeAndAWordForANumberAreNamed(String lang) {
    int outOfRange = run("demo", "--citizens", "0", "--db-dir", dir.toString(), "--lang", lang);
    String first = message();
    err.getBuffer().setLength(0);
    int word = run("demo", "--lang", lang, "--citizens", "empat", "--db-dir", dir.toString());

    assertThat(outOfRange).isEqualTo(2);
    assertThat(first)
        .startsWith(
            either(lang, "--citizens must be between 1 and 100, but was 0", "--citizens harus"))
        .contains("0", fix(lang));
    assertThat(word).isEqualTo(2);
    assertThat(message())
        .startsWith(either(lang, "Invalid value for option", "Nilai tidak sah untuk opsi"))
        .contains("'--citizens'", "'empat'", fix(lang));
    assertThat(dir).isEmptyDirectory();
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void anOutThatIsADirectoryIsNamedBeforeAnythingStarts(String lang) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("laporan"));

    int exit = runReport(lang, "jdbc:h2:file:" + dir.resolve("none"), folder.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(message())
        .isEqualTo(
            "report: --out "
                + folder
                + either(
                    lang,
                    ": is a directory, not a file. Fix: name the file to write, e.g. --out ",
                    ": ini direktori, bukan berkas. Perbaikan: sebutkan nama berkas yang akan"
                        + " ditulis, misalnya --out ")
                + folder.resolve("report.html")
                + ".");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void aMistypedDatabasePathGetsTheFixInTheChosenLanguage(String lang) {
    int exit =
        run(
            "export",
            "--lang",
            lang,
            "--format",
            "csv",
            "--jdbc",
            "jdbc:h2:file:" + dir.resolve("typo"),
            "--out",
            dir.resolve("log.csv").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(message())
        .startsWith(
            either(
                    lang,
                    "export: Cannot connect to the database at ",
                    "export: Tidak dapat terhubung ke basis data ")
                + "jdbc:h2:file:"
                + dir.resolve("typo"))
        .endsWith(
            either(
                lang,
                "Fix: there is no H2 database at that path (its file ends in .mv.db); correct the"
                    + " path in the URL.",
                "Perbaikan: tidak ada basis data H2 pada path tersebut (berkasnya berakhiran"
                    + " .mv.db); perbaiki path dalam URL."));
    assertThat(dir).isEmptyDirectory();
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void aUrlNoDriverTakesIsNamed(String lang) {
    int exit = runReport(lang, "jdbc:mysq://db/prima", dir.resolve("r.html").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(message())
        .startsWith("report: --jdbc jdbc:mysq://db/prima: ")
        .contains(
            either(lang, "no JDBC driver accepts that URL", "tidak ada driver JDBC"),
            fix(lang),
            "jdbc:postgresql://host:port/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void aMissingSurveyFileIsNamedWithItsReason(String lang) {
    int exit = run("skm", dir.resolve("skm.csv").toString(), "--lang", lang);

    assertThat(exit).isEqualTo(1);
    assertThat(message())
        .isEqualTo(
            either(
                lang,
                "Cannot read survey file "
                    + dir.resolve("skm.csv")
                    + ": no such file or directory. Fix: check the path and that the file is"
                    + " readable.",
                "Berkas survei "
                    + dir.resolve("skm.csv")
                    + " tidak dapat dibaca: berkas atau direktori tidak ada. Perbaikan: periksa"
                    + " path-nya dan pastikan berkas dapat dibaca."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void theRowProblemsOfASurveyFileAreInTheChosenLanguage(String lang) throws Exception {
    Path survey = dir.resolve("skm.csv");
    Files.writeString(
        survey, "U1;U2;U3;U4;U5;U6;U7;U8;U9;tanggal\n4;4;4;4;4;4;4;baik;5;15-03-2024\n");

    int skm = run("skm", survey.toString(), "--lang", lang);
    String skmErr = err.toString();
    err.getBuffer().setLength(0);
    int report =
        runReport(
            lang,
            "jdbc:h2:file:" + dir.resolve("prima"),
            dir.resolve("r.html").toString(),
            "--skm",
            survey.toString());

    List<String> problems =
        List.of(
            either(
                lang,
                "  line 2, column U8: 'baik' is not a number, expected 1 to 4",
                "  baris 2, kolom U8: 'baik' bukan angka, seharusnya 1 sampai 4"),
            either(
                lang,
                "  line 2, column U9: '5' is out of range, expected 1 to 4",
                "  baris 2, kolom U9: '5' di luar rentang, seharusnya 1 sampai 4"),
            either(
                lang,
                "  line 2, column tanggal: '15-03-2024' is not a date, expected yyyy-MM-dd such"
                    + " as 2024-03-15",
                "  baris 2, kolom tanggal: '15-03-2024' bukan tanggal, seharusnya ditulis"
                    + " yyyy-MM-dd, misalnya 2024-03-15"));
    assertThat(skm).isEqualTo(1);
    assertThat(skmErr.lines().toList())
        .containsExactlyElementsOf(
            concat(
                survey
                    + either(
                        lang,
                        ": 3 problems, nothing was scored:",
                        ": 3 masalah, tidak ada yang dihitung:"),
                problems));
    assertThat(report).isEqualTo(1);
    assertThat(err.toString().lines().toList())
        .containsExactlyElementsOf(
            concat(
                "report: "
                    + survey
                    + either(
                        lang,
                        ": 3 problems, no report was written:",
                        ": 3 masalah, laporan tidak dibuat:"),
                problems));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void theRowProblemsOfAFollowUpPlanAreInTheChosenLanguage(String lang) throws Exception {
    Path survey = dir.resolve("skm.csv");
    Files.writeString(survey, "U1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;3;4\n");
    Path plan = dir.resolve("rtl.csv");
    Files.writeString(
        plan, "unsur;masalah;program/kegiatan;waktu;penanggung jawab\nU10;;Survei ulang;;Camat\n");

    int exit =
        run(
            "skm",
            survey.toString(),
            "--lang",
            lang,
            "--report",
            dir.resolve("laporan.html").toString(),
            "--unit",
            "Kecamatan Coblong",
            "--period",
            "2026",
            "--follow-up",
            plan.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines().toList())
        .containsExactly(
            plan
                + either(
                    lang,
                    ": 2 problems, no report was written:",
                    ": 2 masalah, laporan tidak dibuat:"),
            either(
                lang,
                "  line 2, column waktu: is empty: every follow-up needs when it is done, such as"
                    + " 'Triwulan I 2026'",
                "  baris 2, kolom waktu: kosong: setiap tindak lanjut harus menyebut waktu"
                    + " pelaksanaannya, misalnya 'Triwulan I 2026'"),
            either(
                lang,
                "  line 2, column unsur: 'U10' is not an element of Permenpan RB 14/2017: write"
                    + " one of U1, U2, U3, U4, U5, U6, U7, U8, U9",
                "  baris 2, kolom unsur: 'U10' bukan unsur dalam Permenpan RB 14/2017: tulis"
                    + " salah satu dari U1, U2, U3, U4, U5, U6, U7, U8, U9"));
    assertThat(dir.resolve("laporan.html")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void theReportsMissingDetailsAreAskedForByTheirOption(String lang) throws Exception {
    Path survey = dir.resolve("skm.csv");
    Files.writeString(
        survey,
        "unit;date;U1;U2;U3;U4;U5;U6;U7;U8;U9\n"
            + "Kecamatan Coblong;2026-01-05;4;4;4;4;4;4;4;3;4\n"
            + "Kecamatan Sukajadi;;4;4;4;4;4;4;4;3;4\n");
    Path report = dir.resolve("laporan.html");

    int blank =
        run("skm", survey.toString(), "--lang", lang, "--report", report.toString(), "--unit", " ");
    String blankErr = message();
    err.getBuffer().setLength(0);
    int noUnit = run("skm", survey.toString(), "--lang", lang, "--report", report.toString());
    String noUnitErr = message();
    err.getBuffer().setLength(0);
    int noPeriod =
        run(
            "skm",
            survey.toString(),
            "--lang",
            lang,
            "--report",
            report.toString(),
            "--unit",
            "Kecamatan Coblong");

    assertThat(List.of(blank, noUnit, noPeriod)).containsOnly(1);
    assertThat(blankErr)
        .isEqualTo(
            either(
                lang,
                "--unit is blank, no report was written. Fix: give the service unit as the agency"
                    + " writes it, e.g. --unit \"Kecamatan Coblong\".",
                "--unit kosong, laporan tidak dibuat. Perbaikan: tulis nama unit pelayanan"
                    + " sebagaimana ditulis instansi, misalnya --unit \"Kecamatan Coblong\"."));
    assertThat(noUnitErr)
        .startsWith(
            either(
                lang,
                "No report was written: the rows of " + survey + " do not all name the same unit",
                "Laporan tidak dibuat: baris-baris " + survey + " tidak menyebut unit pelayanan"))
        .endsWith(
            either(
                lang,
                "Fix: give it with --unit, e.g. --unit \"Kecamatan Coblong\".",
                "Perbaikan: berikan dengan --unit, misalnya --unit \"Kecamatan Coblong\"."));
    assertThat(message())
        .startsWith(
            either(
                lang,
                "No report was written: not every row of " + survey + " is dated",
                "Laporan tidak dibuat: tidak semua baris " + survey + " bertanggal"))
        .contains("--period \"Semester II 2025\"");
    assertThat(report).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void aFollowUpPlanThatCannotBeReadIsSaidInTheChosenLanguage(String lang) throws Exception {
    Path survey = dir.resolve("skm.csv");
    Files.writeString(survey, "U1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;3;4\n");
    Path latin1 = dir.resolve("rtl.csv");
    Files.write(
        latin1,
        "unsur;program;waktu;penanggung jawab\nU3;Perbaikan ruang tunggu \u00e9;2026;Camat\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    String[] report = {
      "--report", dir.resolve("laporan.html").toString(), "--unit", "U", "--period", "2026"
    };

    int notUtf8 =
        run(
            concat(
                List.of("skm", survey.toString(), "--lang", lang, "--follow-up", latin1.toString()),
                report));
    String notUtf8Err = message();
    err.getBuffer().setLength(0);
    Path missing = dir.resolve("nope.csv");
    int absent =
        run(
            concat(
                List.of(
                    "skm", survey.toString(), "--lang", lang, "--follow-up", missing.toString()),
                report));

    assertThat(notUtf8).isEqualTo(1);
    assertThat(notUtf8Err)
        .isEqualTo(
            "skm: "
                + latin1
                + either(
                    lang,
                    ": the follow-up plan is not UTF-8, no report was written. Fix: in Excel save"
                        + " it with 'Save As' > 'CSV UTF-8 (Comma delimited)'.",
                    ": berkas rencana tindak lanjut tidak berenkode UTF-8, laporan tidak dibuat."
                        + " Perbaikan: di Excel simpan dengan 'Save As' > 'CSV UTF-8 (Comma"
                        + " delimited)'."));
    assertThat(absent).isEqualTo(1);
    assertThat(message())
        .isEqualTo(
            "skm: "
                + either(
                    lang,
                    "Cannot read the follow-up plan "
                        + missing
                        + ": no such file or directory. Fix: check the path and that the file is"
                        + " readable.",
                    "Berkas rencana tindak lanjut "
                        + missing
                        + " tidak dapat dibaca: berkas atau direktori tidak ada. Perbaikan:"
                        + " periksa path-nya dan pastikan berkas dapat dibaca."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void anElementNobodyAnsweredIsNamedInTheChosenLanguage(String lang) throws Exception {
    Path survey = dir.resolve("skm.csv");
    Files.writeString(survey, "U1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;;4;4;4;4;3;4\n3;4;;4;4;4;4;3;4\n");

    int skm = run("skm", survey.toString(), "--lang", lang, "--blank-answers", "per-element");
    String skmErr = message();
    err.getBuffer().setLength(0);
    int report =
        runReport(
            lang,
            "jdbc:h2:file:" + dir.resolve("prima"),
            dir.resolve("r.html").toString(),
            "--skm",
            survey.toString(),
            "--skm-blank-answers",
            "per-element");

    String nobody =
        survey
            + either(
                lang,
                ": nobody answered U3 (completion time), so it has no NRR and nothing was scored."
                    + " Fix: check that the column holds the answers 1 to 4",
                ": tidak ada responden yang menjawab U3 (Waktu penyelesaian), sehingga NRR unsur"
                    + " tersebut tidak dapat dihitung dan tidak ada yang dihitung. Perbaikan:"
                    + " periksa apakah kolomnya berisi jawaban 1 sampai 4");
    assertThat(skm).isEqualTo(1);
    assertThat(skmErr).startsWith(nobody);
    assertThat(report).isEqualTo(1);
    assertThat(message()).startsWith("report: --skm: " + nobody);
  }

  private static String[] concat(List<String> first, String[] rest) {
    List<String> all = new ArrayList<>(first);
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void aDatabaseWithoutPrimasTablesIsToldByItsTypeInTheChosenLanguage(String lang)
      throws Exception {
    String jdbc = "jdbc:h2:file:" + dir.resolve("other");
    try (var connection = java.sql.DriverManager.getConnection(jdbc, "sa", "");
        var statement = connection.createStatement()) {
      statement.execute("create table OTHER (ID int)");
    }

    int exit = runReport(lang, jdbc, dir.resolve("r.html").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(message())
        .isEqualTo(
            "report: " + CliText.of("db.noPrimaTables", jdbc).in(Locale.forLanguageTag(lang)))
        .contains(
            either(
                lang,
                "Prima's tables are missing or outdated",
                "tabel Prima tidak ada atau versinya usang"));
  }

  @Test
  void withoutLangTheSystemsLanguageDecides() {
    Locale.setDefault(Messages.INDONESIAN);

    int exit = run("export", "--zone", "Mars/Olympus");

    assertThat(exit).isEqualTo(2);
    assertThat(message())
        .isEqualTo(
            "Nilai tidak sah untuk opsi '--zone': 'Mars/Olympus' bukan zona waktu. Perbaikan:"
                + " gunakan nama wilayah seperti Asia/Jakarta (WIB), Asia/Makassar (WITA),"
                + " Asia/Jayapura (WIT) atau UTC, atau selisih waktu seperti +07:00.");
  }

  @Test
  void anUnknownLanguageIsRefusedInTheSystemsLanguage() {
    Locale.setDefault(Messages.INDONESIAN);

    int exit = run("skm", "--lang", "jv", "sample.csv");

    assertThat(exit).isEqualTo(2);
    assertThat(message())
        .isEqualTo(
            "Nilai tidak sah untuk opsi '--lang': 'jv' bukan bahasa yang digunakan Prima."
                + " Perbaikan: tulis id (Bahasa Indonesia) atau en (bahasa Inggris).");
  }

  @Test
  void theLanguageIsReadFromTheArgumentsBeforeParsing() {
    Locale.setDefault(Locale.ENGLISH);

    assertThat(LanguageOption.scan("demo", "--lang", "id")).isEqualTo(Messages.INDONESIAN);
    assertThat(LanguageOption.scan("demo", "--lang=ID", "--lang", "en"))
        .isEqualTo(Messages.INDONESIAN);
    assertThat(LanguageOption.scan("demo", "--", "--lang", "id")).isEqualTo(Locale.ENGLISH);
    assertThat(LanguageOption.scan("demo", "--lang", "fr")).isEqualTo(Locale.ENGLISH);
    assertThat(LanguageOption.scan("demo", "--lang")).isEqualTo(Locale.ENGLISH);
    Locale.setDefault(Messages.INDONESIAN);
    assertThat(LanguageOption.scan("demo")).isEqualTo(Messages.INDONESIAN);
  }

  @Test
  void everyErrorTextIsInBothLanguagesAndUsed() {
    Set<String> keys = BundleKeys.assertBothLanguages("dev/prima/examples/errors");

    BundleKeys.assertAllUsed(keys, Set.of(), "src/main/java");
  }
}
