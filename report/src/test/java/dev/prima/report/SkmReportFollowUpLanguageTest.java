package dev.prima.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.prima.i18n.BundleKeys;
import dev.prima.internal.Messages;
import dev.prima.quality.SkmProfile;
import dev.prima.report.SkmReport.FollowUp;
import dev.prima.report.SkmReportFollowUpException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problems of a bad follow-up plan file in Bahasa Indonesia and English. */
class SkmReportFollowUpLanguageTest {

  private static final Locale INDONESIAN = Messages.INDONESIAN;
  private static final String HEADER = "unsur;masalah;program/kegiatan;waktu;penanggung jawab\n";

  @TempDir Path dir;

  @Test
  void badRowsReadInIndonesianLineByLine() throws Exception {
    List<Problem> problems =
        problems(
            HEADER
                + "U3;Antrean;Menambah loket;Triwulan I 2026;Kasi Pelayanan\n"
                + "U12;;Survei ulang;2026;Camat\n"
                + "U2;;;2026;\n");

    assertThat(problems)
        .extracting(problem -> problem.toText(INDONESIAN))
        .containsExactly(
            "baris 3, kolom unsur: 'U12' bukan unsur dalam Permenpan RB 14/2017: tulis salah satu"
                + " dari U1, U2, U3, U4, U5, U6, U7, U8, U9",
            "baris 4, kolom program/kegiatan: kosong: setiap tindak lanjut harus menyebut program"
                + " atau kegiatan yang direncanakan",
            "baris 4, kolom penanggung jawab: kosong: setiap tindak lanjut harus menyebut"
                + " penanggung jawabnya, misalnya 'Kepala Seksi Pelayanan'");
    assertThat(problems)
        .allSatisfy(
            problem -> assertThat(problem.toText(Locale.ENGLISH)).isEqualTo(problem.toString()));
  }

  @Test
  void everyProblemOfTheReaderHasAKeyAndReadsDifferentlyInIndonesian() throws Exception {
    List<Problem> found = new ArrayList<>();
    found.addAll(problems("\nU3;x;y;z\n"));
    found.addAll(problems("unsur;unsur;kegiatan\nU3;U3;x\n"));
    found.addAll(problems("unsur;program;waktu;penanggung jawab\n\n"));
    found.addAll(problems(HEADER + "U12;;x;y;z\n;;x;y;z\nU3;;;;\n"));
    found.addAll(problems(HEADER + "U3;;x;y;z\nU3;\"Antrean;x;y;z\n"));
    Set<String> keys = new TreeSet<>();
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
    for (String key : BundleKeys.keys("dev/prima/report/skm-report.properties")) {
      if (key.startsWith("followUp.problem.") && !key.startsWith("followUp.problem.line")) {
        all.add(key);
      }
    }
    assertThat(keys).as("keys the bad files reach").containsExactlyElementsOf(all);
  }

  @Test
  void aProblemGivenAsEnglishTextReadsTheSameInEveryLanguage() {
    Problem own = new Problem(2, "", "checked by the agency's own rule");

    assertThat(own.key()).isNull();
    assertThat(own.toText(INDONESIAN)).isEqualTo("baris 2: checked by the agency's own rule");
    assertThat(Problem.of(1, "", "followUp.problem.emptyElement"))
        .isEqualTo(
            new Problem(
                1,
                "",
                "is empty: every follow-up needs the code of the element it improves, such as"
                    + " U3"));
  }

  private List<Problem> problems(String csv) throws Exception {
    Path plan = Files.createTempFile(dir, "rtl", ".csv");
    Files.writeString(plan, csv);
    SkmReportFollowUpException rejected =
        catchThrowableOfType(
            SkmReportFollowUpException.class,
            () -> FollowUp.read(plan, SkmProfile.PERMENPAN_14_2017));
    assertThat(rejected).as("rejection of %s", csv).isNotNull();
    return rejected.problems();
  }
}
