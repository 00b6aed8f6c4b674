package dev.prima.agency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.Prima;
import dev.prima.voice.Complainant;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The district office's application, run whole on a random port over a private H2 database. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:agency-app;DB_CLOSE_DELAY=-1",
      "camunda.bpm.database.schema-update=create-drop",
      "camunda.bpm.job-execution.enabled=false",
      "spring.main.banner-mode=off"
    })
class AgencyApplicationTest {

  @Autowired TestRestTemplate http;
  @Autowired StaffTasks tasks;
  @Autowired Prima prima;
  @Autowired SkmResponses skm;

  @Test
  void aCitizenAppliesAndFollowsTheirCaseWithoutSeeingStaffData() {
    String caseKey = apply("ektp-issuance");

    ResponseEntity<String> json =
        http.getForEntity("/api/cases/" + caseKey + "/cycle", String.class);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.getBody())
        .contains("\"caseKey\":\"" + caseKey + "\"")
        .contains("\"service\":\"ektp-issuance\"")
        .contains("\"finished\":false")
        .contains("\"moments\":[{\"moment\":")
        .doesNotContain("userId")
        .doesNotContain("\"role\"");

    ResponseEntity<String> page = http.getForEntity("/lacak/" + caseKey, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains(caseKey).contains("<table>");
  }

  @Test
  void staffCompleteATaskWithTheDecisionItsGatewayNeedsAndTheCitizenSeesTheStepButNotWho() {
    String caseKey = apply("ektp-issuance");
    StaffTasks.OpenTask check =
        tasks.open().stream()
            .filter(task -> caseKey.equals(task.caseKey()))
            .findFirst()
            .orElseThrow();
    assertThat(check.name()).isEqualTo("Check documents");
    assertThat(check.decision()).isEqualTo("documentsComplete");
    assertThat(check.role()).isEqualTo("counter-officer");
    assertThat(http.getForEntity("/petugas", String.class).getBody())
        .contains(caseKey)
        .contains("Check documents");

    ResponseEntity<String> missingDecision =
        post("/petugas/tugas/" + check.id(), Map.of("petugas", "siti.rahma"));
    assertThat(missingDecision.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missingDecision.getBody()).contains("needs a decision");
    ResponseEntity<String> badStaffId =
        post("/petugas/tugas/" + check.id(), Map.of("petugas", "Siti Rahma", "keputusan", "true"));
    assertThat(badStaffId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badStaffId.getBody()).contains("but was 'Siti Rahma'");

    ResponseEntity<String> done =
        post("/petugas/tugas/" + check.id(), Map.of("petugas", "siti.rahma", "keputusan", "true"));
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(
            post(
                    "/petugas/tugas/" + check.id(),
                    Map.of("petugas", "siti.rahma", "keputusan", "true"))
                .getStatusCode())
        .as("a task completed already")
        .isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(tasks.open())
        .filteredOn(task -> caseKey.equals(task.caseKey()))
        .extracting(StaffTasks.OpenTask::name)
        .containsExactly("Record biometrics");
    String citizenView =
        http.getForEntity("/api/cases/" + caseKey + "/cycle", String.class).getBody();
    assertThat(citizenView).contains("Record biometrics").doesNotContain("siti");
  }

  @Test
  void aCitizenAppliesForACertificateThatStaffVerifyApproveAndIssue() {
    String caseKey = apply("certificate-application");

    completeAs("siti.rahma", caseKey, "Verify documents", "documentsComplete", "true");
    completeAs("budi.santoso", caseKey, "Approve certificate", "approved", "true");

    assertThat(tasks.open()).noneMatch(task -> caseKey.equals(task.caseKey()));
    String citizenView =
        http.getForEntity("/api/cases/" + caseKey + "/cycle", String.class).getBody();
    assertThat(citizenView)
        .contains("\"service\":\"certificate-application\"")
        .contains("\"finished\":true")
        .contains("Certificate printed")
        .contains("Certificate handed over")
        .doesNotContain("siti")
        .doesNotContain("budi");
    assertThat(http.getForEntity("/lacak/" + caseKey, String.class).getBody())
        .contains(caseKey)
        .contains("Certificate handed over");
    // IssueCertificate numbered it after the case key, in the year of the office's clock
    var history = prima.processEngine().getHistoryService();
    String instance =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(caseKey)
            .singleResult()
            .getId();
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance)
                .variableName("certificateNumber")
                .singleResult()
                .getValue())
        .asString()
        .matches("474/" + caseKey.substring(2) + "/KEC/\\d{4}");
  }

  @Test
  void theSectionHeadRefusesACertificateOnTheStaffPage() {
    String caseKey = apply("certificate-application");
    completeAs("siti.rahma", caseKey, "Verify documents", "documentsComplete", "true");

    completeAs("budi.santoso", caseKey, "Approve certificate", "approved", "false");

    assertThat(http.getForEntity("/api/cases/" + caseKey + "/cycle", String.class).getBody())
        .contains("\"finished\":true")
        .contains("Refusal explained to the citizen")
        .doesNotContain("Certificate handed over");
  }

  /** Completes the case's one open task, which must be the named one asking for the decision. */
  private void completeAs(
      String staffId, String caseKey, String taskName, String decision, String answer) {
    List<StaffTasks.OpenTask> open =
        tasks.open().stream().filter(each -> caseKey.equals(each.caseKey())).toList();
    assertThat(open).hasSize(1);
    StaffTasks.OpenTask task = open.get(0);
    assertThat(task.name()).isEqualTo(taskName);
    assertThat(task.decision()).isEqualTo(decision);
    ResponseEntity<String> done =
        post("/petugas/tugas/" + task.id(), Map.of("petugas", staffId, "keputusan", answer));
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.FOUND);
  }

  @Test
  void aCitizenComplainsAboutTheirCaseAndOnlyComplaintOfficersSeeWho() {
    String caseKey = apply("business-licence");

    ResponseEntity<String> lodged =
        post(
            "/lacak/" + caseKey + "/pengaduan",
            Map.of("isi", "Nobody answers the phone.", "nama", "Dewi Lestari", "kontak", "0812"));
    assertThat(lodged.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(lodged.getHeaders().getLocation().getPath()).isEqualTo("/lacak/" + caseKey);
    ResponseEntity<String> empty = post("/lacak/" + caseKey + "/pengaduan", Map.of("isi", " "));
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.FOUND);

    assertThat(prima.voice().complaintsOfCase(caseKey, Set.of("complaint-officer")))
        .singleElement()
        .satisfies(
            complaint -> assertThat(complaint.complainant().name()).isEqualTo("Dewi Lestari"));
    assertThat(prima.voice().complaintsOfCase(caseKey, Set.of("counter-officer")))
        .singleElement()
        .satisfies(complaint -> assertThat(complaint.complainant()).isEqualTo(Complainant.HIDDEN));
    assertThat(http.getForEntity("/api/cases/" + caseKey + "/cycle", String.class).getBody())
        .doesNotContain("Dewi")
        .doesNotContain("0812");
  }

  @Test
  void respondentsAnswerTheSkmQuestionnaireAndTheResultIsScoredAndReported() {
    Map<String, String> allFour = new java.util.LinkedHashMap<>();
    Map<String, String> allThree = new java.util.LinkedHashMap<>();
    for (int element = 1; element <= 9; element++) {
      allFour.put("U" + element, "4");
      allThree.put("U" + element, "3");
    }
    Map<String, String> outOfRange = new java.util.LinkedHashMap<>(allFour);
    outOfRange.put("U3", "5");

    assertThat(post("/skm/birth-registration", allFour).getStatusCode())
        .isEqualTo(HttpStatus.FOUND);
    assertThat(post("/skm/birth-registration", allThree).getStatusCode())
        .isEqualTo(HttpStatus.FOUND);
    assertThat(post("/skm/birth-registration", outOfRange).getStatusCode())
        .isEqualTo(HttpStatus.FOUND);

    // (4 + 3) / 2 = 3.5 on every element: IKM 3.5 x 25 = 87.50, grade B; the 5 was not stored
    assertThat(skm.result("birth-registration").orElseThrow().ikm()).isEqualByComparingTo("87.50");
    assertThat(skm.result("birth-registration").orElseThrow().respondents()).isEqualTo(2);
    assertThat(http.getForEntity("/skm/birth-registration", String.class).getBody())
        .contains("87.50")
        .contains("U9");
    assertThat(
            http.getForEntity(
                    "/laporan/birth-registration?from=2020-01-01&to=2030-12-31", String.class)
                .getBody())
        .contains("87.50");
    assertThat(http.getForEntity("/skm/ktp", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theCaseKeyIsUnguessable() {
    assertThat(apply("business-licence")).matches("P-[A-Z2-9]{10}");
  }

  @Test
  void anUnknownCaseIsA404ThatSaysWhatToCheck() {
    ResponseEntity<String> json = http.getForEntity("/api/cases/P-NOSUCHCASE/cycle", String.class);

    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.getBody()).contains("There is no case 'P-NOSUCHCASE'").contains("fix");
    assertThat(http.getForEntity("/lacak/P-NOSUCHCASE", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void badDatesAndUnknownServicesGetA4xxWithoutAStackTrace() {
    ResponseEntity<String> badDate =
        http.getForEntity("/laporan/ektp-issuance?from=2026-13-01&to=2026-12-31", String.class);
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody())
        .contains("from must be a date as yyyy-MM-dd, such as 2026-12-01, but was '2026-13-01'")
        .doesNotContain("Exception")
        .doesNotContain("at org.");

    ResponseEntity<String> unknown =
        http.getForEntity("/laporan/ktp?from=2026-01-01&to=2026-12-31", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody()).contains("no service 'ktp'").contains("ektp-issuance");

    ResponseEntity<String> reversed =
        http.getForEntity("/laporan/ektp-issuance?from=2026-12-31&to=2026-01-01", String.class);
    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theServiceReportIsServed() {
    apply("ektp-issuance");

    ResponseEntity<String> report =
        http.getForEntity("/laporan/ektp-issuance?from=2020-01-01&to=2030-12-31", String.class);

    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(report.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(report.getBody()).contains("<html").contains("ektp-issuance");
  }

  @Test
  void theServiceReportSpeaksTheBrowsersLanguage() {
    apply("ektp-issuance");
    String path = "/laporan/ektp-issuance?from=2020-01-01&to=2030-12-31";

    HttpHeaders indonesian = new HttpHeaders();
    indonesian.set(HttpHeaders.ACCEPT_LANGUAGE, "id-ID,id;q=0.9");
    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en-GB");

    assertThat(
            http.exchange(path, HttpMethod.GET, new HttpEntity<>(indonesian), String.class)
                .getBody())
        .contains("<html lang=\"id\">");
    assertThat(
            http.exchange(path, HttpMethod.GET, new HttpEntity<>(english), String.class).getBody())
        .contains("<html lang=\"en\">");
  }

  @Test
  void theTrackingPageSpeaksTheBrowsersLanguage() {
    String caseKey = apply("ektp-issuance");
    String path = "/lacak/" + caseKey;

    String indonesian = page(path, "id-ID,id;q=0.9");
    String english = page(path, "en-GB");

    assertThat(indonesian)
        .contains("<html lang=\"id\">")
        .contains("Tahapan yang sudah dilalui")
        .contains("Permohonan diserahkan di loket")
        .contains("<td>Loket</td>")
        .contains("<li>Periksa berkas</li>")
        .contains("Penerbitan atau Penggantian KTP-el")
        .contains("Janji layanan: 14 hari kerja")
        .doesNotContain("Application handed in at the counter")
        .doesNotContain("Check documents");
    assertThat(english)
        .contains("<html lang=\"en\">")
        .contains("Steps so far")
        .contains("Application handed in at the counter")
        .contains("<td>Counter</td>")
        .contains("<li>Check documents</li>")
        .contains("Identity card (e-KTP) issuance or renewal")
        .contains("Service promise: 14 working days")
        .doesNotContain("Permohonan diserahkan di loket")
        .doesNotContain("Periksa berkas");
  }

  @Test
  void anUnknownCaseOnTheTrackingPageIsSaidInTheBrowsersLanguage() {
    HttpHeaders indonesian = new HttpHeaders();
    indonesian.set(HttpHeaders.ACCEPT_LANGUAGE, "id");
    indonesian.setAccept(List.of(MediaType.APPLICATION_JSON));
    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    english.setAccept(List.of(MediaType.APPLICATION_JSON));

    ResponseEntity<String> inIndonesian =
        http.exchange(
            "/lacak/P-NOSUCHCASE", HttpMethod.GET, new HttpEntity<>(indonesian), String.class);
    ResponseEntity<String> inEnglish =
        http.exchange(
            "/lacak/P-NOSUCHCASE", HttpMethod.GET, new HttpEntity<>(english), String.class);

    assertThat(inIndonesian.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(inIndonesian.getBody())
        .contains("Permohonan dengan kode P-NOSUCHCASE tidak ditemukan");
    assertThat(inEnglish.getBody()).contains("There is no case P-NOSUCHCASE");
  }

  private String page(String path, String acceptLanguage) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    ResponseEntity<String> page =
        http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    return page.getBody();
  }

  private ResponseEntity<String> post(String path, Map<String, String> fields) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    fields.forEach(form::add);
    return http.withRequestFactorySettings(
            settings ->
                settings.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW))
        .postForEntity(path, new HttpEntity<>(form, headers), String.class);
  }

  private String apply(String service) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("service", service);
    ResponseEntity<String> answer =
        http.withRequestFactorySettings(
                settings ->
                    settings.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW))
            .postForEntity("/permohonan", new HttpEntity<>(form, headers), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    URI location = answer.getHeaders().getLocation();
    String path = location.getPath();
    assertThat(path).startsWith("/lacak/");
    return path.substring("/lacak/".length());
  }
}
