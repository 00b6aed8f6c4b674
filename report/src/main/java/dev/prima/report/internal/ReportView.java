package dev.prima.report.internal;

import dev.prima.journey.Moment;
import dev.prima.journey.ServiceCycle;
import dev.prima.journey.ServicePath;
import dev.prima.journey.ServiceProfile;
import dev.prima.journey.TouchpointStats;
import dev.prima.people.StaffAccountability;
import dev.prima.quality.SkmProfile;
import dev.prima.quality.SkmResult;
import dev.prima.quality.WeightPolicy;
import dev.prima.strategy.Breach;
import dev.prima.strategy.ServiceStandard;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.voice.ExitRate;
import dev.prima.voice.Participation;
import java.util.ArrayList;
import java.util.List;

/**
 * What the template of the page prints, every value already a text in the reader's language: the
 * template only places texts, so no formatting rule lives in it.
 */
public final class ReportView {

  private static final int SKM_DECIMALS = 3;

  private final ReportData data;
  private final Formats formats;

  ReportView(ReportData data, Formats formats) {
    this.data = data;
    this.formats = formats;
  }

  /** {@code id} or {@code en}, for {@code <html lang>}. */
  public String lang() {
    return formats.messages().locale().getLanguage();
  }

  /** The name of the service's process definition. */
  public String name() {
    return data.definitionName();
  }

  /** The process definition key. */
  public String serviceKey() {
    return data.serviceKey();
  }

  /** The version of the definition drawn. */
  public String version() {
    return Formats.count(data.definitionVersion());
  }

  /** The first bound of the period. */
  public String from() {
    return formats.periodBound(data.from());
  }

  /** The last bound of the period, not included. */
  public String to() {
    return formats.periodBound(data.to());
  }

  /** The zone the times are in. */
  public String zone() {
    return data.zone().getId();
  }

  /** When the page was made. */
  public String made() {
    return formats.when(data.generated());
  }

  /** What the service standard states; {@code null} without one. */
  public List<Row> standard() {
    ServiceStandard s = data.standard();
    if (s == null) {
      return null;
    }
    return List.of(
        new Row("report.standard.name", s.name()),
        new Row("report.standard.leadTime", formats.serviceDuration(s.leadTime())),
        new Row(
            "report.standard.fee",
            s.fee()
                .map(
                    fee ->
                        fee.isFree()
                            ? text("report.fee.free")
                            : text(
                                "report.fee.amount",
                                fee.amount().stripTrailingZeros().toPlainString(),
                                fee.currency()))
                .orElse(Formats.NONE)),
        new Row("report.standard.product", s.product().orElse(Formats.NONE)),
        new Row("report.standard.requirements", String.join("; ", s.requirements())),
        new Row(
            "report.standard.complaintDeadline", formats.serviceDuration(s.complaintDeadline())));
  }

  /** Whether a case of the service started in the period. */
  public boolean hasCases() {
    return data.profile() != null;
  }

  /** A row per touchpoint of the profile. */
  public List<TouchpointRow> touchpoints() {
    List<TouchpointRow> rows = new ArrayList<>();
    if (data.profile() != null) {
      for (TouchpointStats s : data.profile().touchpoints()) {
        Integer heat = data.heat().get(s.elementId());
        rows.add(
            new TouchpointRow(
                s.elementId(),
                s.moment(),
                Formats.count(s.count()),
                formats.duration(s.median()),
                formats.duration(s.p90()),
                heat == null ? 0 : heat,
                heat == null ? Formats.NONE : Formats.count(heat),
                Formats.count(data.breachesByElement().getOrDefault(s.elementId(), 0))));
      }
    }
    return rows;
  }

  /** How many cases there were and how long the finished ones took. */
  public String leadTimes() {
    ServiceProfile profile = data.profile();
    var lead = profile.leadTimes();
    if (lead.cases() == 0) {
      return text("report.leadTimes.none", profile.cases(), Formats.count(profile.cases()));
    }
    return text(
        "report.leadTimes",
        profile.cases(),
        Formats.count(profile.cases()),
        Formats.count(lead.cases()),
        formats.duration(lead.median()),
        formats.duration(lead.p90()));
  }

  /** The most common path and how many cases took it. */
  public String mostCommonShare() {
    ServicePath path = data.profile().mostCommonPath();
    return text(
        "report.cycle.share",
        Formats.count(path.cases()),
        Formats.count(data.profile().cases()),
        formats.percent(path.share()));
  }

  /** The moments of the most common path. */
  public List<PathStep> mostCommonPath() {
    ServicePath path = data.profile().mostCommonPath();
    List<PathStep> steps = new ArrayList<>();
    for (int i = 0; i < path.elementIds().size(); i++) {
      steps.add(new PathStep(path.elementIds().get(i), path.moments().get(i)));
    }
    return steps;
  }

  /** Every path with its cases and share. */
  public List<PathRow> paths() {
    return data.profile().paths().stream()
        .map(
            p ->
                new PathRow(
                    String.join(" \u2192 ", p.elementIds()),
                    Formats.count(p.cases()),
                    formats.percent(p.share())))
        .toList();
  }

  /** The case shown in detail; {@code null} when the period has none. */
  public CaseView chosenCase() {
    ServiceCycle c = data.chosenCase();
    if (c == null) {
      return null;
    }
    String leadTime =
        data.chosenDue() == null
            ? text(
                c.finished() ? "report.case.leadTime" : "report.case.leadTime.unfinished",
                formats.duration(c.leadTime()),
                formats.duration(c.totalWait()))
            : text(
                c.finished() ? "report.case.leadTime.due" : "report.case.leadTime.unfinished.due",
                formats.duration(c.leadTime()),
                formats.duration(c.totalWait()),
                formats.serviceDuration(data.standard().leadTime()),
                formats.when(data.chosenDue()));
    List<String> aside = new ArrayList<>();
    for (Touchpoint t : data.chosenAside()) {
      aside.add(
          text(
              "report.case.asideItem",
              t.moment() == null ? t.elementId() : t.moment(),
              formats.when(t.start())));
    }
    List<MomentRow> moments = new ArrayList<>();
    for (Moment m : c.moments()) {
      Touchpoint t = m.touchpoint();
      moments.add(
          new MomentRow(
              m.name(),
              t.elementId(),
              t.userId() == null ? Formats.NONE : t.userId(),
              formats.when(t.start()),
              formats.duration(m.waitBefore()),
              formats.duration(m.timeIn()),
              text("report.outcome." + t.outcome().name())));
    }
    return new CaseView(
        c.caseId(),
        text(data.chosenReason()),
        leadTime,
        aside.isEmpty() ? null : String.join("; ", aside),
        Timeline.of(c, data, formats),
        moments);
  }

  /** The breaches of the period. */
  public List<BreachRow> breaches() {
    List<BreachRow> rows = new ArrayList<>();
    for (Breach b : data.breaches()) {
      rows.add(
          new BreachRow(
              b.caseId(),
              text("report.breach.kind." + b.kind().name()),
              b.elementId() == null ? Formats.NONE : b.elementId(),
              b.moment() == null ? text("report.breach.wholeCase") : b.moment(),
              formats.limit(b.limit()),
              formats.when(b.due()),
              formats.when(b.detected())));
    }
    return rows;
  }

  /** The SKM card; {@code null} when no survey result was given. */
  public SkmView survey() {
    SkmResult r = data.survey();
    if (r == null) {
      return null;
    }
    String weight =
        r.weightPolicy() == WeightPolicy.EXACT
            ? text("report.skm.weight.exact", Formats.count(r.profile().elements().size()))
            : formats.decimal(r.weight(), Math.max(0, r.weight().scale()));
    List<SkmRow> rows = new ArrayList<>();
    for (SkmResult.ElementScore s : r.scores()) {
      double width = Math.max(0, Math.min(100, s.nrr().doubleValue() / 4 * 100));
      rows.add(
          new SkmRow(
              s.element().code(),
              elementName(r.profile(), s.element().code(), s.element().name()),
              Formats.count(s.answered()),
              formats.decimal(s.nrr(), SKM_DECIMALS),
              "width:" + Formats.coordinate(width) + "%",
              formats.decimal(s.weightedNrr(), SKM_DECIMALS)));
    }
    return new SkmView(
        formats.decimal(r.ikm(), Math.max(0, r.ikm().scale())),
        r.grade().name(),
        r.grade().performance(),
        r.grade().englishPerformance(),
        r.respondents(),
        r.profile().regulation(),
        weight,
        r.hasBlankAnswers(),
        rows,
        Formats.count(SKM_DECIMALS),
        Formats.count(r.respondents()));
  }

  /**
   * The name of an element of a regulation Prima knows in the reader's language; any other
   * profile's own name.
   */
  private String elementName(SkmProfile profile, String code, String name) {
    boolean known =
        profile.equals(SkmProfile.PERMENPAN_14_2017)
            || profile.equals(SkmProfile.KEPMENPAN_25_2004);
    String key = "report.skm.element." + profile.id() + "." + code;
    return known && formats.messages().has(key) ? text(key) : name;
  }

  /** Voice and survey participation. */
  public List<Row> voice() {
    Participation p = data.participation();
    return List.of(
        new Row("report.voice.cases", Formats.count(p.cases())),
        new Row("report.voice.complaints", Formats.count(p.complaints())),
        new Row("report.voice.suggestions", Formats.count(p.suggestions())),
        new Row("report.voice.surveyResponses", Formats.count(p.surveyResponses())),
        new Row("report.voice.voiceRate", formats.decimal(p.voiceRate())),
        new Row("report.voice.responseRate", formats.decimal(p.surveyResponseRate())),
        new Row(
            "report.voice.answeredInTime",
            p.answeredInTime().isPresent()
                ? formats.percent(p.answeredInTime().getAsDouble())
                : Formats.NONE));
  }

  /** Exits per touchpoint. */
  public List<ExitRow> exits() {
    List<ExitRow> rows = new ArrayList<>();
    for (ExitRate e : data.participation().exitRates()) {
      double share = e.reached() == 0 ? 0 : (double) e.exits() / e.reached();
      rows.add(
          new ExitRow(
              e.elementId(),
              Formats.count(e.reached()),
              Formats.count(e.exits()),
              "width:" + Formats.coordinate(share * 100) + "%",
              formats.percent(share)));
    }
    return rows;
  }

  /** Who served how much. */
  public List<StaffRow> accountability() {
    List<StaffRow> rows = new ArrayList<>();
    for (StaffAccountability s : data.accountability()) {
      rows.add(
          new StaffRow(
              s.staffId(),
              s.name(),
              Formats.count(s.served()),
              formats.duration(s.medianHandlingTime()),
              s.withTarget() == 0 ? Formats.NONE : s.targetsMet() + "/" + s.withTarget()));
    }
    return rows;
  }

  private String text(String key, Object... arguments) {
    return formats.messages().text(key, arguments);
  }

  /**
   * A labelled value.
   *
   * @param key the bundle key of the label
   * @param value the value as shown
   */
  public record Row(String key, String value) {}

  /** A touchpoint's statistics as shown. */
  public record TouchpointRow(
      String elementId,
      String moment,
      String count,
      String median,
      String p90,
      int heatClass,
      String heat,
      String breaches) {}

  /** A moment of the most common path. */
  public record PathStep(String elementId, String moment) {}

  /** A path with its cases and share. */
  public record PathRow(String path, String cases, String share) {}

  /** The case shown in detail. */
  public record CaseView(
      String caseId,
      String reason,
      String leadTime,
      String aside,
      Timeline timeline,
      List<MomentRow> moments) {}

  /** A moment of the case as shown. */
  public record MomentRow(
      String name,
      String elementId,
      String servedBy,
      String start,
      String waitBefore,
      String timeIn,
      String outcome) {}

  /** A breach as shown. */
  public record BreachRow(
      String caseId,
      String kind,
      String elementId,
      String moment,
      String limit,
      String due,
      String noticed) {}

  /** The SKM card and table. */
  public record SkmView(
      String ikm,
      String grade,
      String performance,
      String englishPerformance,
      int respondents,
      String regulation,
      String weight,
      boolean blanks,
      List<SkmRow> rows,
      String decimals,
      String respondentCount) {}

  /** An SKM element as shown. */
  public record SkmRow(
      String code, String name, String answered, String nrr, String barStyle, String weighted) {}

  /** An exit rate as shown. */
  public record ExitRow(
      String elementId, String reached, String exits, String barStyle, String share) {}

  /** A staff member's accountability as shown; {@code name} is null when not in the directory. */
  public record StaffRow(
      String staffId, String name, String served, String medianHandling, String targetsMet) {}
}
