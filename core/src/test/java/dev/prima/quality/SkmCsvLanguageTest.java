package dev.prima.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.prima.internal.Messages;
import dev.prima.quality.InvalidSurveyFileException.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The problems of a bad survey file in Bahasa Indonesia and English. */
class SkmCsvLanguageTest {

  private static final SkmProfile PERMENPAN = SkmProfile.PERMENPAN_14_2017;
  private static final Locale INDONESIAN = Messages.INDONESIAN;

  /** Files that between them trip every check of the reader. */
  private static final List<String> BAD_FILES =
      List.of(
          "sep=|\nU1|U2\n",
          "sep=\nU1;U2\n",
          "",
          "U1;U2;U3;U4;U5;U6;U7;U8;U9\n",
          "U1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;4;4\n\"4;4;4;4;4;4;4;4;4\n",
          "U1;U2;U3;U4;U5;U6;U7;U8;U9\n\"4\"x;4;4;4;4;4;4;4;4\n",
          "respondent;;umur;age;U1;U1;U2;U3;U4;U5;U6;U7;U8;U10;U99;nama\n",
          "U1;U2;U3;U4;U5;U6;U7;U8;U9;age;date\n"
              + "4;4;4;4;4;4;4;4\n"
              + ";baik;5;4;4;4;4;4;4;abc;15-03-2024\n"
              + ";;;;;;;;;;\n"
              + ";;;;;;;;;34;\n");

  /** A questionnaire with no answer at all, refused even where blank answers count per element. */
  private static final String PER_ELEMENT_FILE =
      "U1;U2;U3;U4;U5;U6;U7;U8;U9;age\n4;4;4;4;4;4;4;4;4;30\n;;;;;;;;;34\n";

  @Test
  void aBadFileReadsInIndonesianLineByLine() {
    String csv = "U1;U2;U3;U4;U5;U6;U7;U8;U9;usia\n4;;4;4;4;4;4;4;5;200\n";

    List<Problem> problems = problems(csv);

    assertThat(problems)
        .extracting(problem -> problem.toText(INDONESIAN))
        .containsExactly(
            "baris 2, kolom U2: tidak ada jawaban untuk U2 (Sistem, mekanisme, dan prosedur),"
                + " seharusnya 1 sampai 4 (agar jawaban kosong dihitung seperti dalam Permenpan"
                + " RB 14/2017, yaitu kuesioner tersebut tidak diikutkan pada unsur itu saja,"
                + " baca berkas dengan aturan jawaban kosong dihitung per unsur)",
            "baris 2, kolom U9: '5' di luar rentang, seharusnya 1 sampai 4",
            "baris 2, kolom usia: '200' bukan umur dalam tahun, seharusnya 1 sampai 120");
    assertThat(problems)
        .extracting(problem -> problem.toText(Locale.ENGLISH))
        .containsExactly(
            problems.get(0).toString(), problems.get(1).toString(), problems.get(2).toString());
    assertThat(problems.get(1).toText(Locale.ENGLISH))
        .isEqualTo("line 2, column U9: '5' is out of range, expected 1 to 4");
  }

  @Test
  void theHeaderNamesMissingElementsInTheReadersLanguage() {
    Problem missing = problems("U1;U2;U3;U4;U5;U6;U7;U8\n4;4;4;4;4;4;4;4\n").get(0);

    assertThat(missing.toText(INDONESIAN))
        .isEqualTo(
            "baris 1: baris judul kolom tidak memuat kolom untuk U9 (Penanganan pengaduan, saran,"
                + " dan masukan); Permenpan RB 14/2017 mensyaratkan satu kolom untuk setiap unsur"
                + " U1..U9");
    assertThat(missing.message(Locale.ENGLISH)).isEqualTo(missing.message());
  }

  @Test
  void everyProblemOfTheReaderHasAKeyAndReadsDifferentlyInIndonesian() {
    Set<String> keys = new TreeSet<>();
    List<Problem> found = new ArrayList<>();
    BAD_FILES.forEach(csv -> found.addAll(problems(csv, BlankAnswers.REJECT)));
    found.addAll(problems(PER_ELEMENT_FILE, BlankAnswers.COUNT_PER_ELEMENT));
    for (Problem problem : found) {
      assertThat(problem.key()).as("key of %s", problem).isNotNull();
      keys.add(problem.key());
      assertThat(problem.message(Locale.ENGLISH)).isEqualTo(problem.message());
      assertThat(problem.message(INDONESIAN))
          .as("Indonesian of %s", problem)
          .isNotEqualTo(problem.message())
          .doesNotContain("{", "}");
      assertThat(problem.toText(INDONESIAN)).startsWith("baris " + problem.line());
    }
    Set<String> all = new TreeSet<>();
    for (String key : dev.prima.i18n.BundleKeys.keys("dev/prima/quality/messages.properties")) {
      // unreadableRow: Commons CSV's other failures, which no text seems to reach
      if (key.startsWith("survey.problem.")
          && !key.startsWith("survey.problem.line")
          && !key.equals("survey.problem.unreadableRow")) {
        all.add(key);
      }
    }
    assertThat(keys).as("keys the bad files reach").containsExactlyElementsOf(all);
  }

  @Test
  void aProblemGivenAsEnglishTextReadsTheSameInEveryLanguage() {
    Problem own = new Problem(3, "U1", "x", "checked by the agency's own rule");

    assertThat(own.key()).isNull();
    assertThat(own.toText(INDONESIAN))
        .isEqualTo("baris 3, kolom U1: checked by the agency's own rule");
    assertThat(Problem.of(3, "U1", "x", "survey.problem.notDate", "x"))
        .isEqualTo(
            new Problem(3, "U1", "x", "'x' is not a date, expected yyyy-MM-dd such as 2024-03-15"));
  }

  private static List<Problem> problems(String csv) {
    return problems(csv, BlankAnswers.REJECT);
  }

  private static List<Problem> problems(String csv, BlankAnswers blankAnswers) {
    InvalidSurveyFileException rejected =
        catchThrowableOfType(
            InvalidSurveyFileException.class,
            () -> SkmCsv.read(csv, "skm.csv", PERMENPAN, blankAnswers));
    assertThat(rejected).as("rejection of %s", csv).isNotNull();
    return new ArrayList<>(rejected.problems());
  }
}
