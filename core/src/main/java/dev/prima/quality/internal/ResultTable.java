package dev.prima.quality.internal;

import dev.prima.quality.SkmResult;
import dev.prima.quality.SkmResult.ElementScore;
import dev.prima.quality.WeightPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Text forms of an {@link SkmResult}. */
public final class ResultTable {

  /** Decimals shown of the unrounded IKM; more digits are cut off and marked with an ellipsis. */
  static final int UNROUNDED_DECIMALS = 10;

  private ResultTable() {}

  public static String format(SkmResult result) {
    int nameWidth = "Element".length();
    for (ElementScore score : result.scores()) {
      nameWidth = Math.max(nameWidth, score.element().name().length());
    }
    boolean blanks = result.hasBlankAnswers();
    String row = "%-5s %-" + nameWidth + "s " + (blanks ? "%8s " : "%s") + "%6s %6s %13s%n";
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            "Survey       %s (%s)%n", result.profile().regulation(), result.profile().id()));
    table.append(String.format("Weight       %s%n", weight(result)));
    table.append(String.format("Respondents  %d%n", result.respondents()));
    if (blanks) {
      table.append(
          String.format(
              "Blank answers counted per element: NRR = total / questionnaires that answered%n"));
    }
    table.append(String.format("%n"));
    table.append(
        String.format(
            row, "Code", "Element", blanks ? "Answered" : "", "Total", "NRR", "Weighted NRR"));
    for (ElementScore score : result.scores()) {
      table.append(
          String.format(
              row,
              score.element().code(),
              score.element().name(),
              blanks ? String.valueOf(score.answered()) : "",
              score.total(),
              threeDecimals(score.nrr()),
              threeDecimals(score.weightedNrr())));
    }
    table.append(
        String.format("%nIKM          %s (unrounded %s)%n", result.ikm(), unrounded(result)));
    table.append(String.format("Grade        %s%n", result.grade().describe()));
    return table.toString();
  }

  public static String summary(SkmResult result) {
    return "IKM "
        + result.ikm()
        + " ("
        + unrounded(result)
        + "), grade "
        + result.grade().describe()
        + "; "
        + result.respondents()
        + (result.respondents() == 1 ? " respondent, " : " respondents, ")
        + result.profile().regulation()
        + ", weight "
        + weight(result);
  }

  /** {@code 1/9 (exact)} or {@code 0.071 (1/14 rounded to 3 decimals)}. */
  static String weight(SkmResult result) {
    int n = result.profile().elements().size();
    WeightPolicy policy = result.weightPolicy();
    return policy == WeightPolicy.EXACT
        ? "1/" + n + " (exact)"
        : policy.describe(n)
            + " (1/"
            + n
            + " rounded to "
            + policy.weight(n).scale()
            + " decimals)";
  }

  /** {@code 91.4750957854...}: cut, not rounded, so the digits shown are the IKM's own. */
  static String unrounded(SkmResult result) {
    BigDecimal value = result.unroundedIkm();
    if (value.scale() <= UNROUNDED_DECIMALS) {
      return value.toPlainString();
    }
    return value.setScale(UNROUNDED_DECIMALS, RoundingMode.DOWN).toPlainString() + "...";
  }

  private static String threeDecimals(BigDecimal value) {
    return value.setScale(3, RoundingMode.HALF_UP).toPlainString();
  }
}
