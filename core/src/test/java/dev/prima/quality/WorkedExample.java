package dev.prima.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DOMAIN.md's worked example: 29 respondents whose answers add up to 105, 101, 100, 116, 102, 105,
 * 106, 105, 115 for U1..U9.
 */
final class WorkedExample {

  static final int RESPONDENTS = 29;

  static final long[] TOTALS = {105, 101, 100, 116, 102, 105, 106, 105, 115};

  private WorkedExample() {}

  static Map<String, Long> totals() {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (int i = 0; i < TOTALS.length; i++) {
      totals.put("U" + (i + 1), TOTALS[i]);
    }
    return totals;
  }

  /** Respondent j answers 4 to an element while j is below {@code total - 3 * 29}, else 3. */
  static List<SkmResponse> responses() {
    List<SkmResponse> responses = new ArrayList<>();
    for (int respondent = 0; respondent < RESPONDENTS; respondent++) {
      Map<String, Integer> answers = new LinkedHashMap<>();
      for (int i = 0; i < TOTALS.length; i++) {
        long fours = TOTALS[i] - 3L * RESPONDENTS;
        answers.put("U" + (i + 1), respondent < fours ? 4 : 3);
      }
      responses.add(SkmResponse.of(SkmProfile.PERMENPAN_14_2017, answers));
    }
    return responses;
  }

  /** Every element answered {@code answer} by {@code respondents} respondents. */
  static List<SkmResponse> allAnswering(SkmProfile profile, int answer, int respondents) {
    List<SkmResponse> responses = new ArrayList<>();
    for (int i = 0; i < respondents; i++) {
      Map<String, Integer> answers = new LinkedHashMap<>();
      profile.codes().forEach(code -> answers.put(code, answer));
      responses.add(SkmResponse.of(profile, answers));
    }
    return responses;
  }
}
