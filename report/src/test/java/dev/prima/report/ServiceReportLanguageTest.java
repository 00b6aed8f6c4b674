package dev.prima.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.i18n.BundleKeys;
import dev.prima.quality.BlankAnswers;
import dev.prima.quality.SkmCsv;
import dev.prima.quality.SkmProfile;
import dev.prima.quality.SkmResult;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The same office and survey rendered for an Indonesian and an English reader. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceReportLanguageTest {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private CertificateFixture office;
  private SkmResult survey;
  private String indonesian;
  private String english;

  @BeforeAll
  void render() {
    office = new CertificateFixture().serveADay();
    // (4 + 3 + 3) per element but U3 (4 + 3) and U9 (4 + 3 + 2): IKM 82.87, grade B
    survey =
        SkmCsv.read(
                "sep=;\nU1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;4;4\n3;3;;3;3;3;3;3;3\n"
                    + "3;3;3;3;3;3;3;3;2\n",
                "skm.csv",
                SkmProfile.PERMENPAN_14_2017,
                BlankAnswers.COUNT_PER_ELEMENT)
            .result();
    indonesian = render(INDONESIAN);
    english = render(Locale.ENGLISH);
  }

  private String render(Locale locale) {
    return ServiceReport.builder(office.prima)
        .service(CertificateFixture.KEY)
        .period(CertificateFixture.MONDAY, CertificateFixture.MONDAY.plus(Duration.ofDays(7)))
        .survey(survey)
        .locale(locale)
        .build()
        .render();
  }

  @AfterAll
  void close() {
    office.close();
  }

  @Test
  void indonesianPageHasIndonesianHeadingsFiguresAndDates() {
    assertThat(indonesian)
        .contains("<html lang=\"id\">")
        .contains("<h1>Laporan Pelayanan: Certificate application (surat keterangan)</h1>")
        .contains("<h2>Survei Kepuasan Masyarakat (SKM)</h2>")
        .contains("<div class=\"ikm\">82,87</div>")
        .contains("mutu pelayanan <strong>B</strong>, kinerja unit pelayanan <strong>Baik</strong>")
        .contains("<td>U3</td><td>Waktu penyelesaian</td><td class=\"num\">2</td>")
        .contains("<td class=\"num\">3,500</td>")
        .contains("sejak Senin, 30 November 2026 pukul 08.00")
        .contains("<th>Waktu penyelesaian</th><td>2 hari kerja</td>")
        .contains("<td class=\"num\">31 menit 36 detik</td>");
  }

  @Test
  void englishPageHasEnglishHeadingsFiguresAndDates() {
    assertThat(english)
        .contains("<html lang=\"en\">")
        .contains("<h1>Service report: Certificate application (surat keterangan)</h1>")
        .contains("<h2>Community satisfaction (SKM)</h2>")
        .contains("<div class=\"ikm\">82.87</div>")
        .contains("IKM, grade <strong>B, Baik (good)</strong>")
        .contains("<td>U3</td><td>completion time</td><td class=\"num\">2</td>")
        .contains("<td class=\"num\">3.500</td>")
        .contains("from Mon 30 Nov 2026 08:00")
        .contains("<th>Lead time</th><td>2 working days</td>")
        .contains("<td class=\"num\">31m 36s</td>");
  }

  @Test
  void noEnglishHeadingIsLeftInTheIndonesianPage() {
    for (String heading :
        Set.of(
            "Service standard",
            "Touchpoints on the model",
            "Cycle of service",
            "Breaches of the standard",
            "Voice and exit",
            "Staff accountability",
            "the slowest finished case",
            "not in the staff directory",
            "COMPLETED",
            "TOUCHPOINT_TARGET")) {
      assertThat(indonesian).as("the Indonesian page").doesNotContain(heading);
    }
  }

  @Test
  void theScriptGetsItsTextsInTheReadersLanguage() {
    assertThat(indonesian).contains("\"stats\":\"{0}: {1} kali, median {2}, P90 {3}\"");
    assertThat(english).contains("\"stats\":\"{0}: {1} time(s), median {2}, p90 {3}\"");
    // the diagram's badges carry the same durations as the table
    assertThat(indonesian).contains("\"median\":\"11 menit\"");
  }

  @Test
  void markupTextsEscapeTheirArgumentsInBothLanguages() {
    for (String page : new String[] {indonesian, english}) {
      assertThat(page)
          .doesNotContain("<b id=\"injected\">")
          .contains("<code>SKT-&lt;/script&gt;&lt;b id=&quot;injected&quot;&gt;x&lt;/b&gt;</code>");
    }
  }

  @Test
  void anyOtherLanguageReadsEnglishAndTheOldCodeInReadsIndonesian() {
    assertThat(render(Locale.GERMANY)).contains("<html lang=\"en\">");
    assertThat(render(new Locale("in", "ID"))).contains("<html lang=\"id\">");
  }

  @Test
  void bundleHasBothLanguagesAndEveryKeyIsUsed() {
    Set<String> keys = BundleKeys.assertBothLanguages("dev/prima/report/messages");
    BundleKeys.assertAllUsed(
        keys,
        // built from an enum constant or an SKM element code
        Set.of("report.outcome.", "report.breach.kind.", "report.skm.element."),
        "src/main/java",
        "src/main/resources");
  }
}
