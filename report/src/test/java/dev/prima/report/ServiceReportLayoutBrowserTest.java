package dev.prima.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.quality.BlankAnswers;
import dev.prima.quality.SkmCsv;
import dev.prima.quality.SkmProfile;
import dev.prima.quality.SkmResult;
import dev.prima.voice.Complainant;
import dev.prima.voice.ComplaintRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Draws a report as an agency head opens it (a wide window) and measures it in headless Chromium: a
 * test-only probe script compares the bounding boxes of badges, labels, captions and table cells
 * and copies the text a reader sees. The office has a case sent back for a day (steps of minutes
 * beside a wait of a day) and a complaint lodged three days after that case ended.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceReportLayoutBrowserTest {

  private CertificateFixture office;
  private String dom;
  private String indonesianDom;
  private Path chromium;

  @BeforeAll
  void drawAndMeasure(@TempDir Path dir) throws Exception {
    chromium = HeadlessChromium.find();
    office = new CertificateFixture().serveADay();
    office.clock.advance(Duration.ofDays(3));
    office
        .prima
        .voice()
        .lodgeComplaint(
            ComplaintRequest.aboutCase(CertificateFixture.NASTY_CASE)
                .complainant(Complainant.of("Dewi", "0812-0000-0002"))
                .text("I was sent home for a document nobody told me to bring.")
                .build());
    SkmResult survey =
        SkmCsv.read(
                "sep=;\nU1;U2;U3;U4;U5;U6;U7;U8;U9\n4;4;4;4;4;4;4;4;4\n3;3;;3;3;3;3;3;3\n"
                    + "3;3;3;3;3;3;3;3;2\n",
                "skm.csv",
                SkmProfile.PERMENPAN_14_2017,
                BlankAnswers.COUNT_PER_ELEMENT)
            .result();
    String probe =
        new String(
            getClass().getResourceAsStream("layout-probe.js").readAllBytes(),
            StandardCharsets.UTF_8);
    dom = draw(survey, Locale.ENGLISH, probe, dir);
    indonesianDom = draw(survey, Locale.forLanguageTag("id"), probe, dir);
    assertThat(dom).contains("data-probe=\"done\"");
    assertThat(indonesianDom).contains("data-probe=\"done\"");
  }

  private String draw(SkmResult survey, Locale language, String probe, Path dir) throws Exception {
    String html =
        ServiceReport.builder(office.prima)
            .service(CertificateFixture.KEY)
            .period(CertificateFixture.MONDAY, CertificateFixture.MONDAY.plus(Duration.ofDays(7)))
            .survey(survey)
            .locale(language)
            .build()
            .render();
    Path page = dir.resolve("report-" + language.getLanguage() + ".html");
    Files.writeString(page, html.replace("</body>", "<script>\n" + probe + "\n</script>\n</body>"));
    return HeadlessChromium.dumpDom(chromium, page, 1150, 900, dir);
  }

  @AfterAll
  void close() {
    if (office != null) {
      office.close();
    }
  }

  @Test
  void everyLabelCaptionAndCellIsVisible() {
    assertThat(pre("layout-problems")).isEmpty();
  }

  @Test
  void theIndonesianPageFitsAsWellAndSpeaksIndonesian() {
    assertThat(pre(indonesianDom, "layout-problems")).isEmpty();
    assertThat(indonesianDom).contains("data-js-errors=\"\"");
    // U3 answered by two of three, as below, with a decimal comma
    assertThat(pre(indonesianDom, "visible-text"))
        .containsPattern("U3\\s+Waktu penyelesaian\\s+2\\s+3,500\\s+0,389")
        .contains("Tercatat untuk permohonan ini, tetapi bukan langkah pelayanan")
        .doesNotContain("Recorded about this case", "Cycle of service");
  }

  @Test
  void noNumberIsPrintedLongerThanItsPrecision() {
    // IKM and NRR have two and three decimals; 34-digit values are for the API, not for readers
    assertThat(pre("visible-text")).doesNotContainPattern("\\d\\.\\d{4,}");
    // U3 answered by two of three: NRR (4 + 3) / 2 = 3.500, weighted 3.5 / 9 = 0.389
    assertThat(pre("visible-text"))
        .containsPattern("U3\\s+completion time\\s+2\\s+3\\.500\\s+0\\.389");
  }

  @Test
  void noJavaToStringLeaksIntoTheText() {
    assertThat(pre("visible-text"))
        .doesNotContainPattern("[A-Z][A-Za-z]+\\[[^\\]]*\\]")
        .doesNotContainPattern("\\bP\\d+D\\b|\\bPT\\d");
  }

  @Test
  void theSlowestTouchpointTakesTheTopColour() {
    assertThat(dom).containsPattern("class=\"djs-element djs-shape[^\"]*prima-heat-5");
    assertThat(dom).containsPattern("class=\"djs-element djs-shape[^\"]*prima-heat-1");
  }

  @Test
  void theComplaintIsNoStepOfTheCase() {
    String text = pre("visible-text");
    assertThat(text).doesNotContain("prima:complaint");
    assertThat(text).contains("Recorded about this case, not a step of the service");
    assertThat(text).contains("Answered");
  }

  private String pre(String id) {
    return pre(dom, id);
  }

  private static String pre(String dom, String id) {
    Matcher pre =
        Pattern.compile("<pre id=\"" + id + "\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertThat(pre.find()).as("the probe's <pre id=%s>", id).isTrue();
    return pre.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
