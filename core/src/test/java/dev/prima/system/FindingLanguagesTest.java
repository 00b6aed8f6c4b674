package dev.prima.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.i18n.BundleKeys;
import dev.prima.internal.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The validator's findings and fixes in English (unchanged) and in Bahasa Indonesia. */
class FindingLanguagesTest {

  private static final Locale ID = Messages.INDONESIAN;
  private static final String BUNDLE = "dev/prima/system/messages";
  private static final List<ValidationReport> REPORTS = FindingSamples.reports();

  /** Keys whose Indonesian message only frames an English text from elsewhere. */
  private static final Set<String> FRAMES = Set.of("standard.problem", "touchpoint.problem");

  private static List<Finding> findings() {
    return REPORTS.stream().flatMap(r -> r.findings().stream()).toList();
  }

  private static Finding finding(String elementId, String key) {
    return findings().stream()
        .filter(f -> elementId.equals(f.elementId()) && key.equals(f.key()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + key + " at " + elementId));
  }

  private static String render(Locale locale) {
    StringBuilder all = new StringBuilder();
    for (ValidationReport report : REPORTS) {
      all.append(locale == null ? report.toText() : report.toText(locale)).append("\n=====\n");
    }
    return all.toString();
  }

  /**
   * {@code findings.en.txt} is what the validator wrote before its texts moved to a bundle, taken
   * from the code of that time: English users and tests read exactly the same lines.
   */
  @Test
  void englishTextsAreExactlyThoseOfBeforeTheBundle() throws IOException {
    String before;
    try (InputStream in = getClass().getResourceAsStream("findings.en.txt")) {
      before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(render(null)).isEqualTo(before);
    assertThat(render(Locale.ENGLISH)).isEqualTo(before);
    assertThat(render(Locale.FRENCH)).as("another language reads English").isEqualTo(before);
  }

  @Test
  void aModellerReadsTheFindingAndItsFixInIndonesian() {
    assertThat(finding("Task_1", "role.noCandidateGroup").toText(ID))
        .isEqualTo(
            "PERINGATAN akta.bpmn, elemen 'Task_1': tugas pengguna 'Task_1' tidak memiliki"
                + " candidate group, sehingga tidak ada peran petugas garis depan yang"
                + " melayaninya. Perbaikan: isi Candidate groups dengan peran petugas garis depan"
                + " yang melayani langkah ini");
    assertThat(finding("verify", "role.unknown").message(ID))
        .isEqualTo(
            "candidate group 'clerk' bukan peran petugas garis depan dalam segitiga pelayanan");
    assertThat(finding("verify", "role.unknown").fix(ID))
        .isEqualTo(
            "deklarasikan peran tersebut (FrontlineRole.of(\"clerk\", ...)) atau gunakan salah"
                + " satu dari [counter-officer, section-head]");
    assertThat(finding("counter", "standard.targetTooLong").message(ID))
        .isEqualTo(
            "target waktu momen pelayanan P3D lebih lama daripada jangka waktu penyelesaian"
                + " layanan P2D");
    assertThat(finding("odd", "property.unknown").toText(ID))
        .isEqualTo(
            "KESALAHAN akta.bpmn, elemen 'odd': properti 'prima.colour' tidak dikenal (nilai"
                + " 'blue'). Perbaikan: gunakan salah satu dari prima.touchpoint, prima.channel,"
                + " prima.lane, prima.kind, prima.target pada elemen ini");
    assertThat(REPORTS.get(5).toText(ID))
        .isEqualTo(
            "KESALAHAN broken.bpmn: XML tidak tersusun dengan benar pada baris 4, kolom 1: XML"
                + " document structures must start and end within the same entity.."
                + " Perbaikan: perbaiki berkas (biasanya ada tag yang tidak ditutup atau"
                + " karakter yang salah tempat) atau ekspor ulang dari alat pemodelan");
  }

  @Test
  void aPropertyProblemReadsInIndonesianWhereItsTextIsKnown() {
    assertThat(finding("odd", "touchpoint.badChannel").message(ID))
        .isEqualTo(
            "prima.channel: 'fax' bukan kanal; kanal yang berlaku: counter, online, phone, mail,"
                + " email, sms, chat, mobile-app, kiosk, home-visit");
    assertThat(finding("odd", "touchpoint.noMoment").fix(ID))
        .isEqualTo("perbaiki prima.touchpoint pada extension properties elemen");
    assertThat(finding("kk", "standard.noLeadTime").message(ID))
        .isEqualTo(
            "prima.standard.leadTime: standar pelayanan wajib mencantumkan jangka waktu"
                + " penyelesaian, misalnya '14 hari kerja' atau P14D");
    assertThat(finding("sim", "standard.badChannel").message(ID))
        .startsWith("prima.standard.complaints.channel: 'fax' bukan kanal;");
    // a reason with no text of its own stays as the fee's check wrote it, in a translated frame
    assertThat(finding("kk", "standard.invalidValue").toText(ID))
        .isEqualTo(
            "KESALAHAN akta.bpmn, elemen 'kk': prima.standard.fee: biaya/tarif tidak boleh kurang"
                + " dari nol, tetapi yang ditulis -5. Perbaikan: perbaiki prima.standard.fee pada"
                + " extension properties proses");
  }

  @Test
  void aDurationOrFeeThatPrimaRefusesIsSaidInIndonesian() {
    String model =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
            + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"defs\""
            + " targetNamespace=\"http://prima.dev/test\">\n"
            + "<bpmn:process id=\"kk\" isExecutable=\"true\"><bpmn:extensionElements>"
            + "<camunda:properties>"
            + "<camunda:property name=\"prima.standard.leadTime\" value=\"0 hari kerja\"/>"
            + "<camunda:property name=\"prima.standard.complaints.deadline\""
            + " value=\"0 jam kerja\"/>"
            + "<camunda:property name=\"prima.standard.fee\" value=\"-5\"/>"
            + "</camunda:properties></bpmn:extensionElements></bpmn:process>\n"
            + "</bpmn:definitions>\n";

    List<Finding> found =
        ModelValidator.ofDefaults()
            .validate("kk.bpmn", model.getBytes(StandardCharsets.UTF_8))
            .findings();

    assertThat(found)
        .filteredOn(f -> "standard.invalidValue".equals(f.key()))
        .extracting(f -> f.message(ID))
        .containsExactlyInAnyOrder(
            "prima.standard.leadTime: jumlah hari kerja harus lebih dari nol, tetapi yang ditulis"
                + " 0",
            "prima.standard.complaints.deadline: jumlah jam kerja harus lebih dari nol, tetapi"
                + " yang ditulis 0",
            "prima.standard.fee: biaya/tarif tidak boleh kurang dari nol, tetapi yang ditulis -5");
    assertThat(found).extracting(Finding::key).doesNotContain("standard.problem");
    assertThat(found)
        .filteredOn(f -> "standard.invalidValue".equals(f.key()))
        .extracting(Finding::message)
        .contains("prima.standard.leadTime: working days must be positive, but was 0");
  }

  @Test
  void everyKeyedFindingReadsDifferentlyInIndonesian() {
    for (Finding finding : findings()) {
      assertThat(finding.key()).as(finding.toString()).isNotNull();
      assertThat(finding.fix(ID)).as(finding.key()).isNotEqualTo(finding.fix());
      if (!FRAMES.contains(finding.key())) {
        assertThat(finding.message(ID)).as(finding.key()).isNotEqualTo(finding.message());
      }
      assertThat(finding.message(Locale.ENGLISH)).isEqualTo(finding.message());
      assertThat(finding.fix(Locale.ENGLISH)).isEqualTo(finding.fix());
    }
  }

  @Test
  void noTextShowsAnUnplacedArgumentOrADoubledQuote() {
    Pattern placeholder = Pattern.compile("\\{\\d");
    for (Locale locale : Messages.LANGUAGES) {
      for (Finding finding : findings()) {
        String line = finding.toText(locale);
        assertThat(line).as(locale + " " + finding.key()).doesNotContain("''");
        assertThat(placeholder.matcher(line).find()).as(locale + " " + line).isFalse();
      }
    }
  }

  @Test
  void aCleanReportAndAFindingGivenAsTextInBothLanguages() {
    ValidationReport clean = new ValidationReport(List.of());
    Finding given = new Finding(Severity.ERROR, "own.bpmn", null, "own check failed", "do X");

    assertThat(clean.toText(ID)).isEqualTo("tidak ada temuan");
    assertThat(clean.toText(Locale.ENGLISH)).isEqualTo(clean.toText()).isEqualTo("no findings");
    assertThat(given.toText(ID)).isEqualTo("KESALAHAN own.bpmn: own check failed. Perbaikan: do X");
    assertThat(given.toText(Locale.ENGLISH)).isEqualTo(given.toString());
  }

  @Test
  void bundleHasTheSameKeysInBothLanguagesAndTheSamplesUseEveryFindingKey() {
    Set<String> keys = BundleKeys.assertBothLanguages(BUNDLE);
    Set<String> findingKeys =
        keys.stream()
            .filter(k -> k.endsWith(".message") || k.endsWith(".fix"))
            .map(k -> k.substring(0, k.lastIndexOf('.')))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> other = new TreeSet<>(keys);
    other.removeIf(k -> k.endsWith(".message") || k.endsWith(".fix"));

    BundleKeys.assertAllUsed(findingKeys, Set.of(), "src/main/java");
    BundleKeys.assertAllUsed(other, Set.of("severity."), "src/main/java");
    Set<String> sampled = findings().stream().map(Finding::key).collect(Collectors.toSet());
    Set<String> notSampled = new TreeSet<>(findingKeys);
    notSampled.removeAll(sampled);
    // an empty document and a parse error without a location: no sample reaches them; every
    // touchpoint problem has a text of its own, so the frame for others is a fallback
    // nor is a standard's problem without a text of its own: each refusal of a duration or fee
    // has one (standard.invalidValue)
    assertThat(notSampled)
        .containsExactlyInAnyOrder(
            "file.empty", "file.notWellFormed", "standard.problem", "touchpoint.problem");
  }
}
