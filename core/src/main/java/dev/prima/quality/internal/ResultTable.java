package dev.prima.quality.internal;

import dev.prima.internal.Messages;
import dev.prima.quality.SkmElement;
import dev.prima.quality.SkmGrade;
import dev.prima.quality.SkmProfile;
import dev.prima.quality.SkmResult;
import dev.prima.quality.SkmResult.ElementScore;
import dev.prima.quality.WeightPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** Text forms of an {@link SkmResult}, in Bahasa Indonesia or English. */
public final class ResultTable {

  /** The bundle of these texts, also the element names and grade labels in both languages. */
  public static final String BUNDLE = "dev.prima.quality.messages";

  /** Decimals shown of the unrounded IKM; more digits are cut off and marked with an ellipsis. */
  static final int UNROUNDED_DECIMALS = 10;

  /** Decimals shown of NRR and weighted NRR. */
  public static final int SCORE_DECIMALS = 3;

  /** Decimals shown of the interval value NI, enough to place it in the regulation's table. */
  public static final int INTERVAL_DECIMALS = 4;

  private ResultTable() {}

  /** The texts of this package in the language of {@code locale}. */
  public static Messages messages(Locale locale) {
    return Messages.of(BUNDLE, locale, ResultTable.class);
  }

  /** The table in English, as {@link SkmResult#toTable()} has always printed it. */
  public static String format(SkmResult result) {
    return format(result, Locale.ENGLISH);
  }

  /** The table in the language of {@code locale}: Indonesian for {@code id}, else English. */
  public static String format(SkmResult result, Locale locale) {
    Messages messages = messages(locale);
    List<String> labels =
        List.of(
            messages.text("table.survey"),
            messages.text("table.weight"),
            messages.text("table.respondents"),
            messages.text("table.ikm"),
            messages.text("table.grade"));
    int labelWidth = labels.stream().mapToInt(String::length).max().orElse(0) + 2;
    String line = "%-" + labelWidth + "s%s%n";

    boolean blanks = result.hasBlankAnswers();
    String codeHeader = messages.text("table.column.code");
    String nameHeader = messages.text("table.column.element");
    String answeredHeader = messages.text("table.column.answered");
    String totalHeader = messages.text("table.column.total");
    String nrrHeader = messages.text("table.column.nrr");
    String weightedHeader = messages.text("table.column.weighted");
    int nameWidth = nameHeader.length();
    for (ElementScore score : result.scores()) {
      nameWidth =
          Math.max(nameWidth, elementName(messages, result.profile(), score.element()).length());
    }
    String row =
        "%-"
            + Math.max(5, codeHeader.length())
            + "s %-"
            + nameWidth
            + "s "
            + (blanks ? "%" + Math.max(8, answeredHeader.length()) + "s " : "%s")
            + "%"
            + Math.max(6, totalHeader.length())
            + "s %"
            + Math.max(6, nrrHeader.length())
            + "s %"
            + Math.max(13, weightedHeader.length())
            + "s%n";

    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            line,
            labels.get(0),
            result.profile().regulation() + " (" + result.profile().id() + ")"));
    table.append(String.format(line, labels.get(1), weight(messages, result)));
    table.append(String.format(line, labels.get(2), result.respondents()));
    if (blanks) {
      table.append(String.format("%s%n", messages.text("table.blank")));
    }
    table.append(String.format("%n"));
    table.append(
        String.format(
            row,
            codeHeader,
            nameHeader,
            blanks ? answeredHeader : "",
            totalHeader,
            nrrHeader,
            weightedHeader));
    for (ElementScore score : result.scores()) {
      table.append(
          String.format(
              row,
              score.element().code(),
              elementName(messages, result.profile(), score.element()),
              blanks ? String.valueOf(score.answered()) : "",
              score.total(),
              messages.decimal(score.nrr(), SCORE_DECIMALS),
              messages.decimal(score.weightedNrr(), SCORE_DECIMALS)));
    }
    table.append(String.format("%n"));
    table.append(
        String.format(
            line,
            labels.get(3),
            messages.text(
                "table.ikm.value",
                messages.decimal(result.ikm(), 2),
                unrounded(messages, result.unroundedIkm()),
                messages.decimal(result.interval(), INTERVAL_DECIMALS))));
    table.append(
        String.format(
            line,
            labels.get(4),
            messages.text(
                "table.grade.value",
                result.grade().name(),
                result.grade().performance(),
                performance(messages, result.grade()))));
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

  /**
   * The name of {@code element} in the bundle's language: the regulation's wording for the built-in
   * profiles, the element's own name for a profile the bundle does not know.
   */
  public static String elementName(Messages messages, SkmProfile profile, SkmElement element) {
    String key = "element." + profile.id() + "." + element.code();
    return SkmProfile.known().contains(profile) && messages.has(key)
        ? messages.text(key)
        : element.name();
  }

  /** {@code Sangat Baik} in Indonesian, {@code very good} in English. */
  public static String performance(Messages messages, SkmGrade grade) {
    return messages.text("grade." + grade.name());
  }

  /** {@code 1/9 (exact)} or {@code 0.071 (1/14 rounded to 3 decimals)}. */
  static String weight(SkmResult result) {
    return weight(messages(Locale.ENGLISH), result);
  }

  /** The weight line in the bundle's language: {@code 0,111 (1/9 dibulatkan menjadi 3 desimal)}. */
  public static String weight(Messages messages, SkmResult result) {
    int n = result.profile().elements().size();
    WeightPolicy policy = result.weightPolicy();
    if (policy == WeightPolicy.EXACT) {
      return messages.text("table.weight.exact", String.valueOf(n));
    }
    BigDecimal weight = policy.weight(n);
    return messages.text(
        "table.weight.rounded",
        messages.decimal(weight, weight.scale()),
        String.valueOf(n),
        String.valueOf(weight.scale()));
  }

  /** {@code 91.4750957854...}: cut, not rounded, so the digits shown are the IKM's own. */
  static String unrounded(SkmResult result) {
    return unrounded(messages(Locale.ENGLISH), result.unroundedIkm());
  }

  /**
   * {@code value} with all its decimals up to ten, cut (not rounded) beyond with an ellipsis, in
   * the bundle's figures: {@code 91,4750957854...} in Indonesian.
   */
  public static String unrounded(Messages messages, BigDecimal value) {
    if (value.scale() <= UNROUNDED_DECIMALS) {
      return messages.decimal(value, Math.max(value.scale(), 0));
    }
    return messages.decimal(
            value.setScale(UNROUNDED_DECIMALS, RoundingMode.DOWN), UNROUNDED_DECIMALS)
        + "...";
  }
}
