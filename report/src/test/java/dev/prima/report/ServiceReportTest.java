package dev.prima.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.quality.SkmProfile;
import dev.prima.quality.SkmResponse;
import dev.prima.quality.SkmSurvey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceReportTest {

  private static final Instant WEEK_LATER = CertificateFixture.MONDAY.plus(Duration.ofDays(7));

  private CertificateFixture office;
  private String html;

  @BeforeAll
  void render() {
    office = new CertificateFixture().serveADay();
    html =
        ServiceReport.builder(office.prima)
            .service(CertificateFixture.KEY)
            .period(CertificateFixture.MONDAY, WEEK_LATER)
            .survey(survey())
            .locale(Locale.ENGLISH)
            .build()
            .render();
  }

  @AfterAll
  void close() {
    office.close();
  }

  @Test
  void inlinesEveryScriptAndStyle() {
    assertThat(html).doesNotContain("<script src", "<link ", "@import", "src=\"http");
    assertThat(html).contains("bpmn-js - bpmn-viewer v18.");
    assertThat(html).contains(".djs-container");
  }

  @Test
  void escapesDataInTheHtmlAndTheJsonBlock() {
    assertThat(html).doesNotContain("<b id=\"injected\">");
    assertThat(html).contains("SKT-&lt;/script&gt;&lt;b id=&quot;injected&quot;&gt;x&lt;/b&gt;");
    Matcher json =
        Pattern.compile(
                "<script type=\"application/json\" id=\"prima-data\">(.*?)</script>",
                Pattern.DOTALL)
            .matcher(html);
    assertThat(json.find()).isTrue();
    assertThat(json.group(1)).doesNotContain("</", "<!--").contains("\\u003cbpmn:definitions");
  }

  @Test
  void tabulatesTheTouchpointsBesideTheDiagram() {
    assertThat(html)
        .containsPattern(
            "<tr data-element=\"VerifyDocuments\"><td>VerifyDocuments</td>"
                + "<td>Documents checked at the counter</td><td class=\"num\">4</td>");
  }

  @Test
  void showsTheSlowestCaseAgainstTheLeadTime() {
    assertThat(html).contains("the slowest finished case of the period");
    assertThat(html).contains("<svg id=\"case-timeline\"");
    assertThat(html).contains("standard lead time 2 working days: due");
  }

  @Test
  void showsTheSkmCardAndAccountability() {
    assertThat(html).contains("IKM, grade <strong>");
    assertThat(html).contains("<td>U9</td>");
    assertThat(html)
        .containsPattern(
            "<tr><td>siti</td><td class=\"empty\">not in the staff directory</td>"
                + "<td class=\"num\">4</td>");
  }

  @Test
  void refusesAServiceThatIsNotDeployed() {
    ServiceReport report =
        ServiceReport.builder(office.prima)
            .service("no-such-service")
            .period(CertificateFixture.MONDAY, WEEK_LATER)
            .build();
    assertThatThrownBy(report::render)
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("'no-such-service'")
        .hasMessageContaining("Fix:");
  }

  @Test
  void refusesAnEmptyPeriod() {
    assertThatThrownBy(
            () ->
                ServiceReport.builder(office.prima)
                    .period(CertificateFixture.MONDAY, CertificateFixture.MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from must be before to");
  }

  private static dev.prima.quality.SkmResult survey() {
    SkmProfile profile = SkmProfile.PERMENPAN_14_2017;
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (String code : profile.codes()) {
      answers.put(code, 3);
    }
    return SkmSurvey.of(profile, List.of(SkmResponse.of(profile, answers))).result();
  }
}
