package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.quality.internal.IkmCalculator;
import dev.prima.quality.internal.ResultTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The community satisfaction index (IKM) of a group of respondents under one profile and weight
 * policy, with the scores per element it comes from.
 *
 * <ul>
 *   <li>NRR of an element = sum of its answers / questionnaires that answered it (all respondents,
 *       unless blank answers were allowed: {@link BlankAnswers#COUNT_PER_ELEMENT})
 *   <li>weighted NRR = NRR &times; weight
 *   <li>IKM = &Sigma; weighted NRR &times; 25
 * </ul>
 *
 * <p>Every value keeps full precision (exact fractions, shown to 34 significant digits); only
 * {@link #ikm()} is rounded, once, half-up to two decimals, and the grade is taken from that
 * published value. The worked example of Permenpan RB 14/2017 (29 respondents, totals 105, 101,
 * 100, 116, 102, 105, 106, 105, 115) gives {@code unroundedIkm} 91.4750957…, {@code ikm} 91.48,
 * grade A.
 *
 * @param profile the regulation
 * @param weightPolicy how elements were weighted
 * @param respondents how many questionnaires were scored, at least 1
 * @param scores one score per element, in the profile's element order
 * @param unroundedIkm the IKM before rounding
 * @param ikm the IKM rounded half-up to two decimals: the published value
 * @param grade the grade of {@code ikm} under the profile's thresholds
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SkmResult(
    SkmProfile profile,
    WeightPolicy weightPolicy,
    int respondents,
    List<ElementScore> scores,
    BigDecimal unroundedIkm,
    BigDecimal ikm,
    SkmGrade grade) {

  /** 1/25 as an exact decimal: NI = IKM / 25 with no rounding. */
  private static final BigDecimal ONE_TWENTY_FIFTH = new BigDecimal("0.04");

  /**
   * The score of one element.
   *
   * @param element the element
   * @param answered how many questionnaires answered it: all respondents unless some left it blank
   * @param total the sum of their answers for it
   * @param nrr the average answer (nilai rata-rata), 1 to 4: {@code total / answered}
   * @param weightedNrr {@code nrr} times the element's weight (NRR tertimbang)
   */
  public record ElementScore(
      SkmElement element, int answered, long total, BigDecimal nrr, BigDecimal weightedNrr) {
    /**
     * Checks the score.
     *
     * @param element the element; not null
     * @param answered how many questionnaires answered it; at least 1
     * @param total the sum of their answers
     * @param nrr the average answer; not null
     * @param weightedNrr the weighted average; not null
     * @throws IllegalArgumentException if nobody answered the element
     */
    public ElementScore {
      Objects.requireNonNull(element, "element must not be null");
      if (answered < 1) {
        throw new IllegalArgumentException(
            "an element score needs at least one answer, but " + element + " had " + answered);
      }
      Objects.requireNonNull(nrr, "nrr must not be null");
      Objects.requireNonNull(weightedNrr, "weightedNrr must not be null");
    }
  }

  /**
   * Checks that the figures agree: scores in the profile's order, the IKM with two decimals and its
   * grade; prefer the factories, which compute them.
   *
   * @param profile the regulation; not null
   * @param weightPolicy how elements were weighted; not null
   * @param respondents at least 1
   * @param scores one per element, in the profile's order
   * @param unroundedIkm the IKM before rounding
   * @param ikm the IKM with two decimals
   * @param grade the grade of {@code ikm}
   * @throws IllegalArgumentException when the figures contradict each other
   * @throws InvalidSurveyException when {@code respondents} is below 1
   */
  public SkmResult {
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(weightPolicy, "weightPolicy must not be null");
    Objects.requireNonNull(scores, "scores must not be null");
    Objects.requireNonNull(unroundedIkm, "unroundedIkm must not be null");
    Objects.requireNonNull(ikm, "ikm must not be null");
    Objects.requireNonNull(grade, "grade must not be null");
    scores = List.copyOf(scores);
    if (respondents < 1) {
      throw noRespondents(profile, respondents);
    }
    List<String> codes = scores.stream().map(score -> score.element().code()).toList();
    if (!codes.equals(profile.codes())) {
      throw new IllegalArgumentException(
          "scores must cover " + profile.codes() + " in that order, but covered " + codes);
    }
    for (ElementScore score : scores) {
      if (score.answered() > respondents) {
        throw new IllegalArgumentException(
            score.element()
                + " was answered "
                + score.answered()
                + " times, but there were only "
                + respondents
                + " respondents");
      }
    }
    if (ikm.scale() != 2) {
      throw new IllegalArgumentException(
          "ikm is published with two decimals, but was " + ikm.toPlainString());
    }
    if (grade != profile.gradeOf(ikm)) {
      throw new IllegalArgumentException(
          "IKM "
              + ikm
              + " is grade "
              + profile.gradeOf(ikm)
              + " under "
              + profile
              + ", not "
              + grade);
    }
  }

  /**
   * Scores element totals, as found on an agency's tally sheet.
   *
   * @param totals sum of the answers per element code; every element of the profile, each between
   *     {@code respondents} (all answered 1) and {@code 4 * respondents}
   * @param profile the regulation
   * @param weightPolicy how elements are weighted
   * @param respondents how many questionnaires were tallied, at least 1
   * @return the result
   * @throws InvalidSurveyException if there are no respondents or a total is missing, unknown or
   *     impossible for that many respondents
   */
  public static SkmResult fromTotals(
      SkmProfile profile, WeightPolicy weightPolicy, int respondents, Map<String, Long> totals) {
    Objects.requireNonNull(profile, "profile must not be null");
    Map<String, Integer> answered = new LinkedHashMap<>();
    profile.codes().forEach(code -> answered.put(code, respondents));
    return fromTotals(profile, weightPolicy, respondents, totals, answered);
  }

  /**
   * Scores element totals of questionnaires that left some elements blank: each element's total is
   * divided by the questionnaires that answered it, as Permenpan RB 14/2017 counts.
   *
   * @param respondents how many questionnaires there were
   * @param totals sum of the answers per element code, each between 1 and 4 times the element's
   *     count in {@code answered}
   * @param answered per element code how many questionnaires answered it, 1 to {@code respondents}
   * @param profile the regulation
   * @param weightPolicy how elements are weighted
   * @return the result
   * @throws InvalidSurveyException if there are no respondents, or a total or count is missing,
   *     unknown or impossible (an element nobody answered cannot be scored)
   */
  public static SkmResult fromTotals(
      SkmProfile profile,
      WeightPolicy weightPolicy,
      int respondents,
      Map<String, Long> totals,
      Map<String, Integer> answered) {
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(weightPolicy, "weightPolicy must not be null");
    Objects.requireNonNull(totals, "totals must not be null");
    Objects.requireNonNull(answered, "answered must not be null");
    if (respondents < 1) {
      throw noRespondents(profile, respondents);
    }
    List<String> problems = new ArrayList<>();
    List<Long> ordered = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (SkmElement element : profile.elements()) {
      Long total = totals.get(element.code());
      Integer count = answered.get(element.code());
      if (count == null) {
        problems.add("no count of answers for " + element);
      } else if (count < 1 || count > respondents) {
        problems.add(
            count == 0
                ? "nobody answered " + element + ", so it has no NRR"
                : "the count of answers for "
                    + element
                    + " must be 1 to "
                    + respondents
                    + ", but was "
                    + count);
        count = null;
      }
      if (total == null) {
        problems.add("no total for " + element);
      } else if (count != null
          && (total < (long) count * SkmResponse.MIN_ANSWER
              || total > (long) count * SkmResponse.MAX_ANSWER)) {
        problems.add(
            "total for "
                + element
                + " must be "
                + (long) count * SkmResponse.MIN_ANSWER
                + " to "
                + (long) count * SkmResponse.MAX_ANSWER
                + " for "
                + count
                + (count == 1 ? " respondent" : " respondents")
                + ", but was "
                + total);
      }
      ordered.add(total);
      counts.add(count);
    }
    for (String code : totals.keySet()) {
      if (code == null || profile.element(code).isEmpty()) {
        problems.add(
            "unknown element code "
                + code
                + ", "
                + profile.regulation()
                + " has "
                + profile.codeRange());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidSurveyException("SKM totals rejected: " + String.join("; ", problems));
    }
    IkmCalculator.Scores computed = IkmCalculator.score(profile, weightPolicy, counts, ordered);
    List<ElementScore> scores = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      scores.add(
          new ElementScore(
              profile.elements().get(i),
              counts.get(i),
              ordered.get(i),
              computed.nrr().get(i),
              computed.weightedNrr().get(i)));
    }
    return new SkmResult(
        profile,
        weightPolicy,
        respondents,
        scores,
        computed.unroundedIkm(),
        computed.ikm(),
        profile.gradeOf(computed.ikm()));
  }

  /**
   * Scores the given responses; an element a response left blank is divided by the responses that
   * answered it.
   *
   * @param profile the regulation the responses follow
   * @param weightPolicy how elements are weighted
   * @param responses the questionnaires; at least one
   * @return the result
   * @throws InvalidSurveyException if {@code responses} is empty: an IKM needs respondents
   * @throws IllegalArgumentException if a response follows another profile
   */
  public static SkmResult of(
      SkmProfile profile, WeightPolicy weightPolicy, List<SkmResponse> responses) {
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(responses, "responses must not be null");
    Map<String, Long> totals = new LinkedHashMap<>();
    Map<String, Integer> answered = new LinkedHashMap<>();
    profile.codes().forEach(code -> totals.put(code, 0L));
    profile.codes().forEach(code -> answered.put(code, 0));
    for (SkmResponse response : responses) {
      if (!response.profile().equals(profile)) {
        throw new IllegalArgumentException(
            "all responses must follow " + profile + ", but one follows " + response.profile());
      }
      response.answers().forEach((code, answer) -> totals.merge(code, (long) answer, Long::sum));
      response.answers().keySet().forEach(code -> answered.merge(code, 1, Integer::sum));
    }
    if (responses.isEmpty()) {
      throw noRespondents(profile, 0);
    }
    return fromTotals(profile, weightPolicy, responses.size(), totals, answered);
  }

  /**
   * {@return the weight of each element under the weight policy (1/n shown to 34 digits when
   * exact)}
   */
  public BigDecimal weight() {
    return weightPolicy.weight(profile.elements().size());
  }

  /**
   * {@return whether some questionnaire left an element blank, so elements have different counts}
   */
  public boolean hasBlankAnswers() {
    return scores.stream().anyMatch(score -> score.answered() != respondents);
  }

  /**
   * NRR per element code, in the profile's order.
   *
   * @return NRR per element code, in the profile's order
   */
  public Map<String, BigDecimal> nrr() {
    Map<String, BigDecimal> nrr = new LinkedHashMap<>();
    scores.forEach(score -> nrr.put(score.element().code(), score.nrr()));
    return Collections.unmodifiableMap(nrr);
  }

  /**
   * Weighted NRR per element code, in the profile's order.
   *
   * @return weighted NRR per element code, in the profile's order
   */
  public Map<String, BigDecimal> weightedNrr() {
    Map<String, BigDecimal> weighted = new LinkedHashMap<>();
    scores.forEach(score -> weighted.put(score.element().code(), score.weightedNrr()));
    return Collections.unmodifiableMap(weighted);
  }

  /**
   * {@return a table for people: per element its code, name, total, NRR and weighted NRR (three
   * decimals each), then the respondents, the IKM with two decimals and unrounded, and the grade}
   */
  public String toTable() {
    return ResultTable.format(this);
  }

  /**
   * The table of {@link #toTable()} in Bahasa Indonesia or English, with that language's figures:
   * in Indonesian the regulation's words (unsur pelayanan, NRR tertimbang, mutu pelayanan, kinerja
   * unit pelayanan), decimal commas ({@code IKM 91,48}) and the interval value NI after the IKM.
   * English gives exactly {@link #toTable()}.
   *
   * @param locale {@code id} for Bahasa Indonesia; any other language gives English, {@code null}
   *     the JVM's default language
   * @return the table, one line per element, lines ended by the platform's line separator
   */
  public String toTable(Locale locale) {
    return ResultTable.format(this, locale);
  }

  /**
   * The interval value (nilai interval, NI) of Permenpan RB 14/2017: the sum of the weighted NRR,
   * on the answer scale 1 to 4. The IKM is NI &times; 25 (nilai interval konversi); like {@link
   * #unroundedIkm()} this value is not rounded.
   *
   * @return {@code unroundedIkm / 25}, such as 3.659003831… for the worked example
   */
  public BigDecimal interval() {
    BigDecimal interval = unroundedIkm.multiply(ONE_TWENTY_FIFTH).stripTrailingZeros();
    return interval.scale() < 0 ? interval.setScale(0) : interval;
  }

  /**
   * {@code IKM 91.48 (91.4750957854...), grade A, Sangat Baik (very good); 29 respondents, ...}.
   */
  @Override
  public String toString() {
    return ResultTable.summary(this);
  }

  static InvalidSurveyException noRespondents(SkmProfile profile, int respondents) {
    return new InvalidSurveyException(
        "an IKM needs at least one respondent, but there were "
            + respondents
            + ": add responses with answers 1 to 4 for "
            + profile.codeRange()
            + " of "
            + profile.regulation());
  }
}
