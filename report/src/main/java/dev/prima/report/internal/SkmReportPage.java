package dev.prima.report.internal;

import dev.prima.internal.Messages;
import dev.prima.quality.SkmGrade;
import dev.prima.quality.SkmProfile;
import dev.prima.quality.SkmRespondent;
import dev.prima.quality.SkmResponse;
import dev.prima.quality.SkmResult;
import dev.prima.quality.SkmResult.ElementScore;
import dev.prima.quality.SkmSurvey;
import dev.prima.quality.WeightPolicy;
import dev.prima.report.SkmReport.FollowUp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Renders an SKM report through the Thymeleaf template {@code skm-report.html}. */
public final class SkmReportPage {

  /** The report's texts in both languages. */
  public static final String BUNDLE = "dev.prima.report.skm-report";

  /** How many of the weakest elements the analysis names. */
  static final int WEAKEST = 3;

  /** Decimals shown of the unrounded IKM, as in the {@code skm} command's table. */
  private static final int UNROUNDED_DECIMALS = 10;

  private static final BigDecimal SCALE = BigDecimal.valueOf(25);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private static final TemplateEngine ENGINE = Templates.engine(BUNDLE);

  /** Everything one report shows; {@code survey} and {@code date} may be {@code null}. */
  public record Input(
      SkmResult result,
      SkmSurvey survey,
      String unit,
      String period,
      Locale locale,
      List<FollowUp> followUp,
      LocalDate date) {}

  private SkmReportPage() {}

  public static String render(Input input) {
    Messages messages = messages(input.locale());
    Context context = new Context(messages.locale());
    context.setVariables(model(input, messages));
    return ENGINE.process("skm-report", context);
  }

  static Messages messages(Locale locale) {
    return Messages.of(BUNDLE, locale, SkmReportPage.class);
  }

  private static Map<String, Object> model(Input input, Messages m) {
    SkmResult result = input.result();
    SkmProfile profile = result.profile();
    Locale locale = m.locale();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("lang", m.indonesian() ? "id" : "en");
    model.put("unit", input.unit());
    model.put("period", input.period());
    model.put("regulation", profile.regulation());
    model.put("date", input.date() == null ? null : day(locale).format(input.date()));
    model.put("respondents", String.valueOf(result.respondents()));
    model.put("weight", weight(m, result));
    model.put("blanks", result.hasBlankAnswers());
    model.put("elementCount", String.valueOf(profile.elements().size()));

    List<Map<String, Object>> elements = new ArrayList<>();
    for (ElementScore score : result.scores()) {
      elements.add(element(m, profile, score));
    }
    model.put("elements", elements);
    model.put("interval", m.decimal(result.interval(), 4));
    model.put("ikm", m.decimal(result.ikm(), 2));
    model.put("unrounded", unrounded(m, result.unroundedIkm()));
    model.put("grade", result.grade().name());
    model.put("performance", result.grade().performance(locale));
    model.put("bands", bands(m, profile, result.grade()));

    List<Map<String, Object>> weakest =
        result.scores().stream()
            .sorted(Comparator.comparing(ElementScore::nrr))
            .limit(WEAKEST)
            .map(score -> element(m, profile, score))
            .toList();
    for (int i = 0; i < weakest.size(); i++) {
      weakest.get(i).put("rank", String.valueOf(i + 1));
    }
    model.put("weakest", weakest);
    model.put("weakestNames", weakestNames(m, weakest));

    List<Map<String, Object>> plan = new ArrayList<>();
    if (input.followUp().isEmpty()) {
      weakest.forEach(
          element -> plan.add(action(plan.size() + 1, element.get("code"), element.get("name"))));
    } else {
      for (FollowUp followUp : input.followUp()) {
        Map<String, Object> action =
            action(
                plan.size() + 1,
                followUp.element().code(),
                profile.elementName(followUp.element(), locale));
        action.put("problem", followUp.problem());
        action.put("programme", followUp.programme());
        action.put("time", followUp.time());
        action.put("responsible", followUp.responsible());
        plan.add(action);
      }
    }
    model.put("followUp", plan);
    model.put("followUpToFill", input.followUp().isEmpty());

    SkmSurvey survey = input.survey();
    model.put("hasSurvey", survey != null);
    model.put("profiles", survey == null ? List.of() : profiles(m, survey));
    model.put("codes", profile.codes());
    model.put("answers", survey == null ? List.of() : answers(survey));
    model.put("totals", column(elements, "total"));
    model.put("nrrs", column(elements, "nrr"));
    model.put("weighteds", column(elements, "weighted"));
    return model;
  }

  private static Map<String, Object> element(Messages m, SkmProfile profile, ElementScore score) {
    BigDecimal ikm = score.nrr().multiply(SCALE).setScale(2, RoundingMode.HALF_UP);
    SkmGrade grade = profile.gradeOf(ikm);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("code", score.element().code());
    row.put("name", profile.elementName(score.element(), m.locale()));
    row.put("answered", String.valueOf(score.answered()));
    row.put("total", String.valueOf(score.total()));
    row.put("nrr", m.decimal(score.nrr(), 3));
    row.put("weighted", m.decimal(score.weightedNrr(), 3));
    row.put("ikm", m.decimal(ikm, 2));
    row.put("grade", grade.name());
    row.put("performance", grade.performance(m.locale()));
    return row;
  }

  private static Map<String, Object> action(int number, Object code, Object name) {
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("no", String.valueOf(number));
    action.put("code", code);
    action.put("name", name);
    action.put("problem", "");
    action.put("programme", "");
    action.put("time", "");
    action.put("responsible", "");
    return action;
  }

  private static String weakestNames(Messages m, List<Map<String, Object>> weakest) {
    List<String> names =
        weakest.stream()
            .map(e -> e.get("code") + " " + e.get("name") + " (" + e.get("nrr") + ")")
            .toList();
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + m.text("list.and")
        + names.get(names.size() - 1);
  }

  /** The regulation's conversion table, perception value 1 (D) to 4 (A). */
  private static List<Map<String, Object>> bands(Messages m, SkmProfile profile, SkmGrade current) {
    BigDecimal[] lower = {
      SkmProfile.LOWEST_IKM, profile.minimumC(), profile.minimumB(), profile.minimumA()
    };
    BigDecimal[] upper = {
      profile.minimumC().subtract(CENT),
      profile.minimumB().subtract(CENT),
      profile.minimumA().subtract(CENT),
      SkmProfile.HIGHEST_IKM
    };
    SkmGrade[] grades = {SkmGrade.D, SkmGrade.C, SkmGrade.B, SkmGrade.A};
    List<Map<String, Object>> bands = new ArrayList<>();
    for (int i = 0; i < grades.length; i++) {
      Map<String, Object> band = new LinkedHashMap<>();
      band.put("perception", String.valueOf(i + 1));
      band.put("ni", range(m, lower[i].divide(SCALE), upper[i].divide(SCALE), 4));
      band.put("nik", range(m, lower[i], upper[i], 2));
      band.put("grade", grades[i].name());
      band.put("performance", grades[i].performance(m.locale()));
      band.put("current", grades[i] == current);
      bands.add(band);
    }
    return bands;
  }

  private static String range(Messages m, BigDecimal from, BigDecimal to, int digits) {
    return m.decimal(from, digits) + " – " + m.decimal(to, digits);
  }

  private static List<Map<String, Object>> profiles(Messages m, SkmSurvey survey) {
    List<Map<String, Object>> tables = new ArrayList<>();
    addProfile(tables, m, survey, "profile.sex", r -> sex(m, r.sex()));
    addProfile(tables, m, survey, "profile.education", SkmRespondent::education);
    addProfile(tables, m, survey, "profile.occupation", SkmRespondent::occupation);
    addProfile(tables, m, survey, "profile.service", SkmRespondent::service);
    return tables;
  }

  private static void addProfile(
      List<Map<String, Object>> tables,
      Messages m,
      SkmSurvey survey,
      String key,
      Function<SkmRespondent, String> field) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int notGiven = 0;
    for (SkmResponse response : survey.responses()) {
      String value = field.apply(response.respondent());
      if (value == null) {
        notGiven++;
      } else {
        counts.merge(value, 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      return;
    }
    int all = survey.responses().size();
    List<Map<String, Object>> rows = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(entry -> rows.add(share(m, entry.getKey(), entry.getValue(), all)));
    if (notGiven > 0) {
      rows.add(share(m, m.text("profile.notGiven"), notGiven, all));
    }
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("title", m.text(key));
    table.put("rows", rows);
    table.put("total", String.valueOf(all));
    tables.add(table);
  }

  private static Map<String, Object> share(Messages m, String label, int count, int all) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("label", label);
    row.put("count", String.valueOf(count));
    row.put(
        "percent",
        m.decimal(
            BigDecimal.valueOf(count)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(all), 2, RoundingMode.HALF_UP),
            2));
    return row;
  }

  /** L/P and the like as words; anything else as the form recorded it. */
  private static String sex(Messages m, String sex) {
    if (sex == null) {
      return null;
    }
    return switch (sex.strip().toLowerCase(Locale.ROOT)) {
      case "l", "lk", "laki-laki", "laki laki", "pria", "m", "male" -> m.text("profile.sex.male");
      case "p", "pr", "perempuan", "wanita", "f", "female" -> m.text("profile.sex.female");
      default -> sex;
    };
  }

  private static List<Map<String, Object>> answers(SkmSurvey survey) {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> codes = survey.profile().codes();
    for (SkmResponse response : survey.responses()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("no", String.valueOf(rows.size() + 1));
      // the row number only: the sheet's respondent id may be a name, and the report is published
      List<String> values = new ArrayList<>();
      for (String code : codes) {
        Integer answer = response.answers().get(code);
        values.add(answer == null ? "–" : String.valueOf(answer));
      }
      row.put("marks", values);
      rows.add(row);
    }
    return rows;
  }

  private static List<Object> column(List<Map<String, Object>> rows, String key) {
    return rows.stream().map(row -> row.get(key)).toList();
  }

  private static String weight(Messages m, SkmResult result) {
    int n = result.profile().elements().size();
    WeightPolicy policy = result.weightPolicy();
    if (policy == WeightPolicy.EXACT) {
      return m.text("weight.exact", String.valueOf(n));
    }
    BigDecimal weight = policy.weight(n);
    return m.text(
        "weight.rounded",
        m.decimal(weight, weight.scale()),
        String.valueOf(n),
        String.valueOf(weight.scale()));
  }

  /** Cut, not rounded, to ten decimals with an ellipsis: the {@code skm} command's rule. */
  private static String unrounded(Messages m, BigDecimal value) {
    if (value.scale() <= UNROUNDED_DECIMALS) {
      return m.decimal(value, Math.max(value.scale(), 0));
    }
    return m.decimal(value.setScale(UNROUNDED_DECIMALS, RoundingMode.DOWN), UNROUNDED_DECIMALS)
        + "...";
  }

  private static DateTimeFormatter day(Locale locale) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
  }
}
