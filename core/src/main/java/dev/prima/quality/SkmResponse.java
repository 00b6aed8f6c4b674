package dev.prima.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One respondent's answers to the elements of a profile, keyed by element code. Every element of
 * the profile needs an answer from 1 (worst; for the fee question "very expensive") to 4 (best;
 * "free"); no other codes are allowed.
 *
 * <p>{@code SkmResponse.of(SkmProfile.PERMENPAN_14_2017, Map.of("U1", 4, "U2", 3, ...))}
 *
 * @param profile the regulation the answers follow
 * @param answers score per element code, in the profile's element order
 * @param respondent who answered and where they were served
 */
public record SkmResponse(
    SkmProfile profile, Map<String, Integer> answers, SkmRespondent respondent) {

  /** Worst answer. */
  public static final int MIN_ANSWER = 1;

  /** Best answer. */
  public static final int MAX_ANSWER = 4;

  /**
   * @throws InvalidSurveyException listing every answer out of range, element without answer and
   *     unknown element code
   */
  public SkmResponse {
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(answers, "answers must not be null");
    Objects.requireNonNull(respondent, "respondent must not be null (use SkmRespondent.ANONYMOUS)");
    List<String> problems = new ArrayList<>();
    Map<String, Integer> ordered = new LinkedHashMap<>();
    for (SkmElement element : profile.elements()) {
      Integer answer = answers.get(element.code());
      if (answer == null) {
        problems.add("no answer for " + element);
      } else if (answer < MIN_ANSWER || answer > MAX_ANSWER) {
        problems.add(
            "answer for "
                + element
                + " must be "
                + MIN_ANSWER
                + " to "
                + MAX_ANSWER
                + ", but was "
                + answer);
      } else {
        ordered.put(element.code(), answer);
      }
    }
    for (String code : answers.keySet()) {
      if (code == null || profile.element(code).isEmpty()) {
        problems.add(
            "unknown element code "
                + code
                + " with answer "
                + answers.get(code)
                + ", "
                + profile.regulation()
                + " has "
                + profile.codeRange());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidSurveyException(
          "SKM response"
              + (respondent.id() == null ? "" : " of respondent " + respondent.id())
              + " rejected ("
              + profile.regulation()
              + " needs answers "
              + MIN_ANSWER
              + " to "
              + MAX_ANSWER
              + " for "
              + profile.codeRange()
              + "): "
              + String.join("; ", problems));
    }
    answers = Collections.unmodifiableMap(ordered);
  }

  /** Anonymous answers. */
  public static SkmResponse of(SkmProfile profile, Map<String, Integer> answers) {
    return new SkmResponse(profile, answers, SkmRespondent.ANONYMOUS);
  }

  /** Answers with respondent data. */
  public static SkmResponse of(
      SkmProfile profile, Map<String, Integer> answers, SkmRespondent respondent) {
    return new SkmResponse(profile, answers, respondent);
  }

  /**
   * The answer for an element code.
   *
   * @throws IllegalArgumentException if the profile has no element with that code
   */
  public int answer(String code) {
    Integer answer = answers.get(code);
    if (answer == null) {
      throw new IllegalArgumentException(
          "unknown element code "
              + code
              + ", "
              + profile.regulation()
              + " has "
              + profile.codeRange());
    }
    return answer;
  }

  /** {@code U1=4 U2=3 ... (respondent id=7 age=34)}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    answers.forEach((code, answer) -> text.append(code).append('=').append(answer).append(' '));
    return text.append('(').append(respondent).append(')').toString();
  }
}
