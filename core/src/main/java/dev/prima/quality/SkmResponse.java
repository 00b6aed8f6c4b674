package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One respondent's answers to the elements of a profile, keyed by element code. Each answer is from
 * 1 (worst; for the fee question "very expensive") to 4 (best; "free"); no other codes are allowed.
 * {@link #of} needs an answer for every element; {@link #withBlanks} accepts a questionnaire that
 * left some elements blank (see {@link BlankAnswers#COUNT_PER_ELEMENT}), which then counts only for
 * the elements it answered.
 *
 * <p>{@code SkmResponse.of(SkmProfile.PERMENPAN_14_2017, Map.of("U1", 4, "U2", 3, ...))}
 *
 * @param profile the regulation the answers follow
 * @param answers score per answered element code, in the profile's element order; a blank element
 *     has no entry
 * @param respondent who answered and where they were served
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SkmResponse(
    SkmProfile profile, Map<String, Integer> answers, SkmRespondent respondent) {

  /** Worst answer. */
  public static final int MIN_ANSWER = 1;

  /** Best answer. */
  public static final int MAX_ANSWER = 4;

  /**
   * Checks the answers; a blank element (no entry) is allowed here as long as one element is
   * answered, {@link #of} refuses any.
   *
   * @param profile the regulation the answers follow
   * @param answers score per answered element code, 1 to 4
   * @param respondent who answered; {@link SkmRespondent#ANONYMOUS} when unknown
   * @throws InvalidSurveyException listing every answer out of range and unknown element code, or
   *     when no element is answered
   */
  public SkmResponse {
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(answers, "answers must not be null");
    Objects.requireNonNull(respondent, "respondent must not be null (use SkmRespondent.ANONYMOUS)");
    List<String> problems = problems(profile, answers, false);
    if (!problems.isEmpty()) {
      throw rejected(profile, respondent, problems, "");
    }
    Map<String, Integer> ordered = new LinkedHashMap<>();
    for (String code : profile.codes()) {
      if (answers.get(code) != null) {
        ordered.put(code, answers.get(code));
      }
    }
    answers = Collections.unmodifiableMap(ordered);
  }

  /**
   * Anonymous answers to every element.
   *
   * @param profile the regulation the answers follow
   * @param answers score per element code, 1 to 4, for every element
   * @return the response, with an anonymous respondent
   * @throws InvalidSurveyException as {@link #of(SkmProfile, Map, SkmRespondent)}
   */
  public static SkmResponse of(SkmProfile profile, Map<String, Integer> answers) {
    return of(profile, answers, SkmRespondent.ANONYMOUS);
  }

  /**
   * Answers to every element, with respondent data.
   *
   * @param profile the regulation the answers follow
   * @param answers score per element code, 1 to 4, for every element
   * @param respondent who answered and where they were served
   * @return the response
   * @throws InvalidSurveyException listing every answer out of range, element without answer and
   *     unknown element code
   */
  public static SkmResponse of(
      SkmProfile profile, Map<String, Integer> answers, SkmRespondent respondent) {
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(answers, "answers must not be null");
    List<String> problems = problems(profile, answers, true);
    if (!problems.isEmpty()) {
      throw rejected(
          profile, respondent, problems, "; use withBlanks for a questionnaire with blank answers");
    }
    return new SkmResponse(profile, answers, respondent);
  }

  /**
   * Answers that may leave elements blank (no entry in {@code answers}); at least one element must
   * be answered. Such a response counts for an element's NRR only where it answered.
   *
   * @param profile the regulation the answers follow
   * @param answers score per answered element code, 1 to 4
   * @param respondent who answered and where they were served
   * @return the response
   * @throws InvalidSurveyException listing every answer out of range and unknown element code, or
   *     when no element is answered
   */
  public static SkmResponse withBlanks(
      SkmProfile profile, Map<String, Integer> answers, SkmRespondent respondent) {
    return new SkmResponse(profile, answers, respondent);
  }

  private static List<String> problems(
      SkmProfile profile, Map<String, Integer> answers, boolean everyElement) {
    List<String> problems = new ArrayList<>();
    boolean anyAnswer = false;
    for (SkmElement element : profile.elements()) {
      Integer answer = answers.get(element.code());
      if (answer == null) {
        if (everyElement) {
          problems.add("no answer for " + element);
        }
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
        anyAnswer = true;
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
    if (!anyAnswer && problems.isEmpty()) {
      problems.add("no element is answered");
    }
    return problems;
  }

  private static InvalidSurveyException rejected(
      SkmProfile profile, SkmRespondent respondent, List<String> problems, String hint) {
    return new InvalidSurveyException(
        "SKM response"
            + (respondent == null || respondent.id() == null
                ? ""
                : " of respondent " + respondent.id())
            + " rejected ("
            + profile.regulation()
            + " needs answers "
            + MIN_ANSWER
            + " to "
            + MAX_ANSWER
            + " for "
            + profile.codeRange()
            + hint
            + "): "
            + String.join("; ", problems));
  }

  /**
   * {@return whether the element with this code was answered (false for a blank or unknown code)}
   *
   * @param code the element code, such as {@code U4}
   */
  public boolean answered(String code) {
    return answers.containsKey(code);
  }

  /**
   * {@return the codes of the elements left blank, in the profile's order; empty for a full
   * response}
   */
  public List<String> blanks() {
    return profile.codes().stream().filter(code -> !answers.containsKey(code)).toList();
  }

  /**
   * {@return the answer for an element code}
   *
   * @param code the element code, such as {@code U4}
   * @throws IllegalArgumentException if the profile has no element with that code
   * @throws IllegalStateException if the element was left blank (see {@link #answered(String)})
   */
  public int answer(String code) {
    Integer answer = answers.get(code);
    if (answer == null && profile.element(code).isPresent()) {
      throw new IllegalStateException(
          "the answer for " + code + " was left blank; check answered(code) first");
    }
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

  /** {@code U1=4 U2=3 U3=- ... (respondent id=7 age=34)}, a blank answer shown as {@code -}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (String code : profile.codes()) {
      Integer answer = answers.get(code);
      text.append(code).append('=').append(answer == null ? "-" : answer).append(' ');
    }
    return text.append('(').append(respondent).append(')').toString();
  }
}
