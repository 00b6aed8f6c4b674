package dev.prima.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.i18n.BundleKeys;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SKM result as text in Bahasa Indonesia and English, and the bundle behind it. */
class SkmResultTextTest {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static final String BUNDLE = "dev/prima/quality/messages";

  private static SkmResult workedExample(WeightPolicy policy) {
    return SkmResult.fromTotals(SkmProfile.PERMENPAN_14_2017, policy, 29, WorkedExample.totals());
  }

  /** The table exactly as the English-only version printed it before the bundle existed. */
  @Test
  void englishTableIsUnchanged() {
    String expected =
        String.join(
            System.lineSeparator(),
            "Survey       Permenpan RB 14/2017 (14-2017)",
            "Weight       1/9 (exact)",
            "Respondents  29",
            "",
            "Code  Element                                        Total    NRR  Weighted NRR",
            "U1    requirements                                     105  3.621         0.402",
            "U2    system, mechanism and procedure                  101  3.483         0.387",
            "U3    completion time                                  100  3.448         0.383",
            "U4    fee/tariff                                       116  4.000         0.444",
            "U5    product specification                            102  3.517         0.391",
            "U6    staff competence                                 105  3.621         0.402",
            "U7    staff behaviour                                  106  3.655         0.406",
            "U8    facilities                                       105  3.621         0.402",
            "U9    handling of complaints, suggestions and input    115  3.966         0.441",
            "",
            "IKM          91.48 (unrounded 91.4750957854...)",
            "Grade        A, Sangat Baik (very good)",
            "");
    SkmResult result = workedExample(WeightPolicy.EXACT);

    assertThat(result.toTable()).isEqualTo(expected);
    assertThat(result.toTable(Locale.ENGLISH)).isEqualTo(expected);
    assertThat(result.toTable(Locale.UK)).isEqualTo(expected);
  }

  @Test
  void indonesianTableUsesTheRegulationsWordsAndDecimalCommas() {
    String table = workedExample(WeightPolicy.EXACT).toTable(INDONESIAN);

    assertThat(table)
        .startsWith("Survei          Permenpan RB 14/2017 (14-2017)")
        .contains("Bobot           1/9 (tanpa pembulatan)")
        .contains("Responden       29")
        .containsPattern("(?m)^Kode +Unsur pelayanan +Jumlah nilai +NRR +NRR tertimbang$")
        .containsPattern("(?m)^U1 +Persyaratan +105 +3,621 +0,402$")
        .containsPattern("(?m)^U4 +Biaya/tarif +116 +4,000 +0,444$")
        .containsPattern("(?m)^U9 +Penanganan pengaduan, saran, dan masukan +115 +3,966 +0,441$")
        .contains(
            "IKM             91,48 (sebelum pembulatan 91,4750957854...); nilai interval (NI)"
                + " 3,6590")
        .contains("Mutu pelayanan  A, kinerja unit pelayanan Sangat Baik")
        .doesNotContain("91.48")
        .doesNotContain("requirements");
  }

  @Test
  void indonesianTableNamesRoundedWeightsAndBlankAnswers() {
    Map<String, Long> totals = new LinkedHashMap<>();
    Map<String, Integer> answered = new LinkedHashMap<>();
    SkmProfile.PERMENPAN_14_2017
        .codes()
        .forEach(
            code -> {
              totals.put(code, code.equals("U2") ? 25L : 31L);
              answered.put(code, code.equals("U2") ? 7 : 10);
            });
    SkmResult blanks =
        SkmResult.fromTotals(
            SkmProfile.PERMENPAN_14_2017, WeightPolicy.ROUNDED_0_111, 10, totals, answered);

    assertThat(blanks.toTable(INDONESIAN))
        .contains("Bobot           0,111 (1/9 dibulatkan menjadi 3 desimal)")
        .contains("Jawaban kosong dihitung per unsur")
        .containsPattern("(?m)^Kode +Unsur pelayanan +Mengisi +Jumlah nilai +NRR +NRR tertimbang$")
        .containsPattern("(?m)^U2 +Sistem, mekanisme, dan prosedur +7 +25 +3,571 +0,396$")
        // 25 * 0.111 * (8 * 31/10 + 25/7) = 78.7307142857...
        .contains("IKM             78,73 (sebelum pembulatan 78,7307142857...)")
        .contains("Mutu pelayanan  B, kinerja unit pelayanan Baik");
    assertThat(workedExample(WeightPolicy.ROUNDED_0_11).toTable(INDONESIAN))
        .contains("Bobot           0,11 (1/9 dibulatkan menjadi 2 desimal)")
        .contains("IKM             90,56 (sebelum pembulatan 90,5603448275...)");
  }

  @Test
  void theIntervalValueIsTheIkmOnTheAnswerScale() {
    SkmResult result = workedExample(WeightPolicy.EXACT);
    SkmResult allFours =
        SkmResult.of(
            SkmProfile.PERMENPAN_14_2017,
            WeightPolicy.EXACT,
            WorkedExample.allAnswering(SkmProfile.PERMENPAN_14_2017, 4, 3));

    // 2652 / 9 / 29 / 4 ... = sum of the NRR / 9 = 955 / 261 = 3.6590038314...
    assertThat(result.interval().toPlainString()).startsWith("3.659003831417624521");
    assertThat(allFours.interval()).isEqualByComparingTo("4");
    assertThat(allFours.interval().toPlainString()).isEqualTo("4");
  }

  @Test
  void elementNamesAndGradeLabelsInBothLanguages() {
    SkmProfile profile = SkmProfile.PERMENPAN_14_2017;
    SkmElement fee = profile.element("U4").orElseThrow();
    SkmElement security = SkmProfile.KEPMENPAN_25_2004.element("U14").orElseThrow();

    assertThat(profile.elementName(fee, INDONESIAN)).isEqualTo("Biaya/tarif");
    assertThat(profile.elementName(fee, Locale.ENGLISH)).isEqualTo("fee/tariff");
    assertThat(SkmProfile.KEPMENPAN_25_2004.elementName(security, INDONESIAN))
        .isEqualTo("Keamanan pelayanan");
    assertThat(SkmGrade.C.performance(INDONESIAN)).isEqualTo("Kurang Baik");
    assertThat(SkmGrade.C.performance(Locale.ENGLISH)).isEqualTo("poor");
    assertThatThrownBy(() -> SkmProfile.KEPMENPAN_25_2004.elementName(fee, INDONESIAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U4 (fee/tariff) is not an element of Kepmenpan 25/2004");
  }

  @Test
  void aProfileOfOnesOwnKeepsItsNamesInEveryLanguage() {
    SkmProfile own =
        new SkmProfile(
            "14-2017",
            "Peraturan Bupati 7/2024",
            List.of(SkmElement.of("U1", "Keramahan petugas loket")),
            SkmProfile.PERMENPAN_14_2017.minimumA(),
            SkmProfile.PERMENPAN_14_2017.minimumB(),
            SkmProfile.PERMENPAN_14_2017.minimumC());
    SkmElement element = own.elements().get(0);

    assertThat(own.elementName(element, INDONESIAN)).isEqualTo("Keramahan petugas loket");
    assertThat(own.elementName(element, Locale.ENGLISH)).isEqualTo("Keramahan petugas loket");
  }

  @Test
  void bundleHasBothLanguagesAndEveryKeyIsUsed() {
    Set<String> keys = BundleKeys.assertBothLanguages(BUNDLE);

    BundleKeys.assertAllUsed(keys, Set.of("element.", "grade."), "src/main/java");
    for (SkmProfile profile : SkmProfile.known()) {
      for (SkmElement element : profile.elements()) {
        assertThat(keys).contains("element." + profile.id() + "." + element.code());
        assertThat(profile.elementName(element, Locale.ENGLISH))
            .as("English name of %s in the bundle and in the profile", element)
            .isEqualTo(element.name());
      }
    }
    for (SkmGrade grade : SkmGrade.values()) {
      assertThat(grade.performance(INDONESIAN)).isEqualTo(grade.performance());
      assertThat(grade.performance(Locale.ENGLISH)).isEqualTo(grade.englishPerformance());
    }
  }
}
