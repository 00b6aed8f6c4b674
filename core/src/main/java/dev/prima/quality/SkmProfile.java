package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.quality.internal.ResultTable;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A regulation's version of the community satisfaction survey (SKM): its elements and its grade
 * thresholds on the IKM scale 25 to 100. Use {@link #PERMENPAN_14_2017}; {@link #KEPMENPAN_25_2004}
 * scores surveys made under the older rule.
 *
 * <p>Grades are thresholds, not ranges: an IKM at or above {@code minimumA} is A, at or above
 * {@code minimumB} B, at or above {@code minimumC} C, anything lower D. The published ranges leave
 * gaps (88.30 &lt; x &lt; 88.31), so {@link SkmResult} grades the IKM rounded to two decimals, the
 * value an agency publishes: a reader who checks the published IKM against the table finds the same
 * grade.
 *
 * @param id short id, such as {@code 14-2017}
 * @param regulation the regulation's name, such as {@code Permenpan RB 14/2017}
 * @param elements the survey elements in the regulation's order, with distinct codes
 * @param minimumA lowest IKM graded A
 * @param minimumB lowest IKM graded B, below {@code minimumA}
 * @param minimumC lowest IKM graded C, below {@code minimumB} and above 25
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SkmProfile(
    String id,
    String regulation,
    List<SkmElement> elements,
    BigDecimal minimumA,
    BigDecimal minimumB,
    BigDecimal minimumC) {

  /** Lowest possible IKM: every answer 1. */
  public static final BigDecimal LOWEST_IKM = new BigDecimal("25");

  /** Highest possible IKM: every answer 4, with exact weights. */
  public static final BigDecimal HIGHEST_IKM = new BigDecimal("100");

  /**
   * Permenpan RB 14/2017: nine elements, weight 1/9, A from 88.31, B from 76.61, C from 65.00.
   * Element names as in the regulation's guidance; U9 is the handling of complaints in every
   * source, so codes, not positions, identify elements.
   */
  public static final SkmProfile PERMENPAN_14_2017 =
      new SkmProfile(
          "14-2017",
          "Permenpan RB 14/2017",
          List.of(
              SkmElement.of("U1", "requirements"),
              SkmElement.of("U2", "system, mechanism and procedure"),
              SkmElement.of("U3", "completion time"),
              SkmElement.of("U4", "fee/tariff"),
              SkmElement.of("U5", "product specification"),
              SkmElement.of("U6", "staff competence"),
              SkmElement.of("U7", "staff behaviour"),
              SkmElement.of("U8", "facilities"),
              SkmElement.of("U9", "handling of complaints, suggestions and input")),
          new BigDecimal("88.31"),
          new BigDecimal("76.61"),
          new BigDecimal("65.00"));

  /**
   * Kepmenpan 25/2004, the older rule: fourteen elements, weight 1/14, on the 25 to 100 scale A
   * from 81.26, B from 62.51, C from 43.76 (the bands 81.26-100, 62.51-81.25, 43.76-62.50, 25-43.75
   * read as thresholds).
   */
  public static final SkmProfile KEPMENPAN_25_2004 =
      new SkmProfile(
          "25-2004",
          "Kepmenpan 25/2004",
          List.of(
              SkmElement.of("U1", "procedure"),
              SkmElement.of("U2", "requirements"),
              SkmElement.of("U3", "clarity of staff"),
              SkmElement.of("U4", "staff discipline"),
              SkmElement.of("U5", "staff responsibility"),
              SkmElement.of("U6", "staff ability"),
              SkmElement.of("U7", "speed of service"),
              SkmElement.of("U8", "fairness"),
              SkmElement.of("U9", "staff courtesy"),
              SkmElement.of("U10", "reasonableness of cost"),
              SkmElement.of("U11", "certainty of cost"),
              SkmElement.of("U12", "certainty of schedule"),
              SkmElement.of("U13", "environmental comfort"),
              SkmElement.of("U14", "security")),
          new BigDecimal("81.26"),
          new BigDecimal("62.51"),
          new BigDecimal("43.76"));

  private static final List<SkmProfile> KNOWN = List.of(PERMENPAN_14_2017, KEPMENPAN_25_2004);

  /**
   * Checks the profile: distinct element codes and thresholds with 25 &lt; C &lt; B &lt; A &lt;=
   * 100.
   *
   * @param id short id; not blank
   * @param regulation the regulation's name
   * @param elements at least one element, with distinct codes
   * @param minimumA lowest IKM graded A
   * @param minimumB lowest IKM graded B
   * @param minimumC lowest IKM graded C
   * @throws IllegalArgumentException when the profile is inconsistent
   */
  public SkmProfile {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(regulation, "regulation must not be null");
    Objects.requireNonNull(elements, "elements must not be null");
    Objects.requireNonNull(minimumA, "minimumA must not be null");
    Objects.requireNonNull(minimumB, "minimumB must not be null");
    Objects.requireNonNull(minimumC, "minimumC must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    elements = List.copyOf(elements);
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("profile " + id + " needs at least one element");
    }
    Set<String> codes = new HashSet<>();
    for (SkmElement element : elements) {
      if (!codes.add(element.code())) {
        throw new IllegalArgumentException(
            "element codes must be distinct, but profile "
                + id
                + " has "
                + element.code()
                + " twice");
      }
    }
    if (!(LOWEST_IKM.compareTo(minimumC) < 0
        && minimumC.compareTo(minimumB) < 0
        && minimumB.compareTo(minimumA) < 0
        && minimumA.compareTo(HIGHEST_IKM) <= 0)) {
      throw new IllegalArgumentException(
          "grade thresholds must satisfy 25 < C < B < A <= 100, but profile "
              + id
              + " has A "
              + minimumA
              + ", B "
              + minimumB
              + ", C "
              + minimumC);
    }
  }

  /** {@return the built-in profiles, newest first} */
  public static List<SkmProfile> known() {
    return KNOWN;
  }

  /**
   * {@return the built-in profile with the given id}
   *
   * @param id the profile id, such as {@code 14-2017}
   * @throws IllegalArgumentException naming the known ids if there is none with that id
   */
  public static SkmProfile byId(String id) {
    return KNOWN.stream()
        .filter(profile -> profile.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown SKM profile '"
                        + id
                        + "', expected one of "
                        + KNOWN.stream().map(SkmProfile::id).collect(Collectors.joining(", "))));
  }

  /**
   * {@return the element with the given code, if this profile has one}
   *
   * @param code the element code, such as {@code U4}
   */
  public Optional<SkmElement> element(String code) {
    return elements.stream().filter(element -> element.code().equals(code)).findFirst();
  }

  /**
   * The name of one of this profile's elements in Bahasa Indonesia or English. The built-in
   * profiles use the regulation's own wording in Indonesian ({@code Persyaratan}, {@code Waktu
   * penyelesaian}, ...); a profile of your own keeps the names it was given, in every language.
   *
   * @param element an element of this profile
   * @param locale {@code id} for Bahasa Indonesia; any other language gives English, {@code null}
   *     the JVM's default language
   * @return the name, such as {@code Biaya/tarif} or {@code fee/tariff} for {@code U4}
   * @throws IllegalArgumentException if {@code element} is not one of this profile's elements
   */
  public String elementName(SkmElement element, Locale locale) {
    Objects.requireNonNull(element, "element must not be null");
    if (!elements.contains(element)) {
      throw new IllegalArgumentException(
          element + " is not an element of " + this + ": pass one of " + codes());
    }
    return ResultTable.elementName(ResultTable.messages(locale), this, element);
  }

  /** {@return the codes in the regulation's order, such as {@code [U1, ..., U9]}} */
  public List<String> codes() {
    return elements.stream().map(SkmElement::code).toList();
  }

  /** {@code U1..U9}, for messages. */
  String codeRange() {
    return elements.get(0).code() + ".." + elements.get(elements.size() - 1).code();
  }

  /**
   * {@return the grade of an IKM as given, compared with the thresholds without further rounding}
   * Pass the IKM rounded to two decimals, as {@link SkmResult} does, to grade what is published.
   *
   * <p>Values slightly outside 25 to 100 are graded too: with rounded weights all answers 1 give
   * 24.75 (weight 0.11), which is D.
   *
   * @param ikm the IKM, normally rounded to two decimals
   * @throws IllegalArgumentException if {@code ikm} is negative
   */
  public SkmGrade gradeOf(BigDecimal ikm) {
    Objects.requireNonNull(ikm, "ikm must not be null");
    if (ikm.signum() < 0) {
      throw new IllegalArgumentException(
          "an IKM lies between 25 and 100, but was " + ikm.toPlainString());
    }
    if (ikm.compareTo(minimumA) >= 0) {
      return SkmGrade.A;
    }
    if (ikm.compareTo(minimumB) >= 0) {
      return SkmGrade.B;
    }
    if (ikm.compareTo(minimumC) >= 0) {
      return SkmGrade.C;
    }
    return SkmGrade.D;
  }

  /** {@code Permenpan RB 14/2017 (14-2017, U1..U9)}. */
  @Override
  public String toString() {
    return regulation + " (" + id + ", " + codeRange() + ")";
  }
}
