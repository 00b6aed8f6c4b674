package dev.prima.report.internal;

import static dev.prima.report.internal.Html.escape;

import dev.prima.journey.Durations;
import dev.prima.journey.Moment;
import dev.prima.journey.ServiceCycle;
import dev.prima.journey.ServicePath;
import dev.prima.journey.ServiceProfile;
import dev.prima.journey.TouchpointStats;
import dev.prima.people.StaffAccountability;
import dev.prima.quality.SkmResult;
import dev.prima.strategy.Breach;
import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.ServiceStandard;
import dev.prima.voice.ExitRate;
import dev.prima.voice.Participation;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Renders a {@link ReportData} as one HTML page with every script and style inlined. */
public final class ReportPage {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final String NONE = "-";

  private static final int SVG_WIDTH = 960;
  private static final int LABEL_WIDTH = 260;
  private static final int ROW_HEIGHT = 26;
  private static final int SKM_DECIMALS = 3;

  /** Rough width of a character of the timeline's 12 px text, to keep captions inside. */
  private static final double CHAR_WIDTH = 7.0;

  private final ReportData data;
  private final StringBuilder out = new StringBuilder(600_000);

  private ReportPage(ReportData data) {
    this.data = data;
  }

  /** The whole page. */
  public static String render(ReportData data) {
    return new ReportPage(data).page();
  }

  private String page() {
    String title = "Service report: " + data.definitionName();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n");
    // the error recorder comes first so it also sees errors of the viewer bundle
    out.append("<script>\n").append(Assets.script(Assets.ERRORS_JS)).append("\n</script>\n");
    for (String css : List.of(Assets.DIAGRAM_JS_CSS, Assets.BPMN_JS_CSS, Assets.REPORT_CSS)) {
      out.append("<style>\n").append(Assets.style(css)).append("\n</style>\n");
    }
    out.append("</head>\n<body data-js-errors=\"\" data-render=\"pending\">\n");
    out.append("<header><h1>")
        .append(escape(title))
        .append("</h1>\n<p class=\"meta\">Service <code>")
        .append(escape(data.serviceKey()))
        .append("</code>, version ")
        .append(data.definitionVersion())
        .append(" &middot; cases whose first touchpoint started from ")
        .append(escape(day(data.from())))
        .append(" up to (not including) ")
        .append(escape(day(data.to())))
        .append(" &middot; times in ")
        .append(escape(data.zone().getId()))
        .append(" &middot; made ")
        .append(escape(when(data.generated())))
        .append("</p></header>\n");
    out.append("<ul id=\"js-errors\" aria-label=\"JavaScript errors\"></ul>\n");
    standard();
    diagram();
    cycle();
    breaches();
    survey();
    voice();
    accountability();
    out.append(
        "<footer>Made by Prima. The diagram is drawn by bpmn-js (bpmn.io), inlined.</footer>\n");
    out.append("<script type=\"application/json\" id=\"prima-data\">")
        .append(Json.write(json()))
        .append("</script>\n");
    out.append("<script>\n").append(Assets.script(Assets.VIEWER)).append("\n</script>\n");
    out.append("<script>\n").append(Assets.script(Assets.REPORT_JS)).append("\n</script>\n");
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private Map<String, Object> json() {
    Map<String, Object> elements = new LinkedHashMap<>();
    ServiceProfile profile = data.profile();
    if (profile != null) {
      for (TouchpointStats stats : profile.touchpoints()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("moment", stats.moment());
        e.put("count", stats.count());
        e.put("median", stats.median() == null ? null : Durations.format(stats.median()));
        e.put("p90", stats.p90() == null ? null : Durations.format(stats.p90()));
        e.put("heat", data.heat().get(stats.elementId()));
        e.put("breaches", data.breachesByElement().getOrDefault(stats.elementId(), 0));
        elements.put(stats.elementId(), e);
      }
    }
    data.breachesByElement()
        .forEach(
            (id, count) -> {
              if (!elements.containsKey(id)) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("breaches", count);
                elements.put(id, e);
              }
            });
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("service", data.serviceKey());
    json.put("bpmn", data.bpmnXml());
    json.put("elements", elements);
    json.put("mostCommonPath", profile == null ? List.of() : profile.mostCommonPath().elementIds());
    return json;
  }

  private void standard() {
    ServiceStandard s = data.standard();
    section("standard", "Service standard");
    if (s == null) {
      out.append("<p>The service declares no service standard.</p>\n</section>\n");
      return;
    }
    out.append("<table class=\"kv\">\n");
    row("Name", s.name());
    row("Lead time", serviceDuration(s.leadTime()));
    row("Fee", s.fee().map(Object::toString).orElse(NONE));
    row("Product", s.product().orElse(NONE));
    row("Requirements", String.join("; ", s.requirements()));
    row("Complaint deadline", serviceDuration(s.complaintDeadline()));
    out.append("</table>\n</section>\n");
  }

  private void diagram() {
    section("diagram", "Touchpoints on the model");
    out.append(
            "<p>Each touchpoint shows how often it occurred and its median duration; the colour"
                + " is its median among the others (")
        .append(legend())
        .append("); a red badge counts its target breaches.</p>\n")
        .append("<div id=\"canvas\" class=\"canvas\"></div>\n");
    ServiceProfile profile = data.profile();
    if (profile == null) {
      out.append("<p class=\"empty\">No case of this service started in the period.</p>\n");
    } else {
      out.append("<table id=\"touchpoint-table\">\n<thead><tr><th>Element</th><th>Moment</th>")
          .append("<th class=\"num\">Count</th><th class=\"num\">Median</th>")
          .append("<th class=\"num\">p90</th><th class=\"num\">Heat (1-5)</th>")
          .append("<th class=\"num\">Breaches</th></tr></thead>\n<tbody>\n");
      for (TouchpointStats s : profile.touchpoints()) {
        Integer heat = data.heat().get(s.elementId());
        out.append("<tr data-element=\"").append(escape(s.elementId())).append("\">");
        cell(s.elementId());
        cell(s.moment());
        num(String.valueOf(s.count()));
        num(duration(s.median()));
        num(duration(s.p90()));
        out.append("<td class=\"num\"><span class=\"swatch heat-")
            .append(heat == null ? 0 : heat)
            .append("\"></span> ")
            .append(heat == null ? NONE : heat)
            .append("</td>");
        num(String.valueOf(data.breachesByElement().getOrDefault(s.elementId(), 0)));
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
      out.append("<p id=\"lead-times\">").append(escape(leadTimes(profile))).append("</p>\n");
    }
    out.append("</section>\n");
  }

  private static String legend() {
    StringBuilder legend = new StringBuilder();
    for (int bucket = 1; bucket <= ReportData.HEAT_BUCKETS; bucket++) {
      legend
          .append("<span class=\"swatch heat-")
          .append(bucket)
          .append("\"></span>")
          .append(bucket == 1 ? " fastest " : bucket == ReportData.HEAT_BUCKETS ? " slowest" : " ");
    }
    return legend.toString();
  }

  private void cycle() {
    section("cycle", "Cycle of service");
    ServiceProfile profile = data.profile();
    if (profile == null) {
      out.append("<p class=\"empty\">No case of this service started in the period.</p>\n");
      out.append("</section>\n");
      return;
    }
    ServicePath path = profile.mostCommonPath();
    out.append("<h3>Most common path</h3>\n<p>")
        .append(path.cases())
        .append(" of ")
        .append(profile.cases())
        .append(" case(s) (")
        .append(percent(path.share()))
        .append(") took this path.</p>\n<ol class=\"path\" id=\"most-common-path\">");
    for (int i = 0; i < path.elementIds().size(); i++) {
      out.append("<li data-element=\"")
          .append(escape(path.elementIds().get(i)))
          .append("\">")
          .append(escape(path.moments().get(i)))
          .append("</li>");
    }
    out.append("</ol>\n");
    out.append("<table id=\"paths-table\">\n<thead><tr><th>Path</th><th class=\"num\">Cases</th>")
        .append("<th class=\"num\">Share</th></tr></thead>\n<tbody>\n");
    for (ServicePath p : profile.paths()) {
      out.append("<tr>");
      cell(String.join(" \u2192 ", p.elementIds()));
      num(String.valueOf(p.cases()));
      num(percent(p.share()));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");

    ServiceCycle c = data.chosenCase();
    if (c != null) {
      out.append("<h3>Case <code>")
          .append(escape(c.caseId()))
          .append("</code>: ")
          .append(escape(data.chosenReason()))
          .append("</h3>\n<p>Lead time ")
          .append(duration(c.leadTime()))
          .append(c.finished() ? "" : " so far (unfinished)")
          .append(", waiting ")
          .append(duration(c.totalWait()));
      if (data.chosenDue() != null) {
        out.append("; the standard's lead time of ")
            .append(escape(serviceDuration(data.standard().leadTime())))
            .append(" ran out ")
            .append(escape(when(data.chosenDue())));
      }
      out.append(".</p>\n");
      if (!data.chosenAside().isEmpty()) {
        out.append(
            "<p id=\"case-aside\">Recorded about this case, not a step of the service and"
                + " not counted in its lead time: ");
        for (int i = 0; i < data.chosenAside().size(); i++) {
          var t = data.chosenAside().get(i);
          out.append(i == 0 ? "" : "; ")
              .append(escape(t.moment() == null ? t.elementId() : t.moment()))
              .append(" (")
              .append(escape(t.start() == null ? NONE : when(t.start())))
              .append(")");
        }
        out.append(". See <a href=\"#voice\">Voice and exit</a>.</p>\n");
      }
      timeline(c);
      out.append("<table id=\"case-table\">\n<thead><tr><th>Moment</th><th>Element</th>")
          .append("<th>Served by</th><th>Start</th><th class=\"num\">Wait before</th>")
          .append("<th class=\"num\">Time in</th><th>Outcome</th></tr></thead>\n<tbody>\n");
      for (Moment m : c.moments()) {
        out.append("<tr>");
        cell(m.name());
        cell(m.touchpoint().elementId());
        cell(m.touchpoint().userId() == null ? NONE : m.touchpoint().userId());
        nowrap(m.touchpoint().start() == null ? NONE : when(m.touchpoint().start()));
        num(duration(m.waitBefore()));
        num(duration(m.timeIn()));
        cell(m.touchpoint().outcome().toString());
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n");
  }

  /**
   * The moments of one case as bars in time order, waits dashed, the lead-time limit in red. The
   * axis is compressed: each stretch between two moments' starts or ends takes room growing with
   * the logarithm of its length, so a 9-minute step stays visible beside a 14-day wait; every bar
   * carries its duration as text.
   */
  private void timeline(ServiceCycle c) {
    Instant start = c.start();
    if (start == null) {
      return;
    }
    Instant end = c.end() != null ? c.end() : data.generated();
    java.util.TreeSet<Instant> marks = new java.util.TreeSet<>(List.of(start, end));
    for (Moment m : c.moments()) {
      if (m.touchpoint().start() != null) {
        marks.add(m.touchpoint().start());
        marks.add(momentEnd(m));
      }
    }
    if (data.chosenDue() != null) {
      marks.add(data.chosenDue());
    }
    Axis axis = new Axis(marks, LABEL_WIDTH, SVG_WIDTH - 90);
    int height = (c.moments().size() + 2) * ROW_HEIGHT;
    out.append("<svg id=\"case-timeline\" class=\"timeline\" role=\"img\" viewBox=\"0 0 ")
        .append(SVG_WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(SVG_WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<title>")
        .append(escape("Timeline of case " + c.caseId()))
        .append("</title>\n");
    Instant previousEnd = null;
    int y = ROW_HEIGHT / 2;
    for (Moment m : c.moments()) {
      Instant s = m.touchpoint().start();
      out.append("<text class=\"label\" x=\"4\" y=\"")
          .append(y + 14)
          .append("\">")
          .append(escape(m.name()))
          .append("</text>\n");
      if (s != null) {
        Instant e = momentEnd(m);
        double x1 = axis.x(s);
        double x2 = Math.max(x1 + 3, axis.x(e));
        if (previousEnd != null && previousEnd.isBefore(s)) {
          out.append("<line class=\"wait\" x1=\"")
              .append(fmt(axis.x(previousEnd)))
              .append("\" x2=\"")
              .append(fmt(x1))
              .append("\" y1=\"")
              .append(y + 10)
              .append("\" y2=\"")
              .append(y + 10)
              .append("\"><title>")
              .append(escape("wait " + duration(m.waitBefore())))
              .append("</title></line>\n");
        }
        out.append("<rect class=\"moment\" x=\"")
            .append(fmt(x1))
            .append("\" y=\"")
            .append(y + 3)
            .append("\" width=\"")
            .append(fmt(x2 - x1))
            .append("\" height=\"14\"><title>")
            .append(escape(m.name() + ": " + duration(m.timeIn())))
            .append("</title></rect>\n");
        String took = duration(m.timeIn());
        caption("took", took, x2 + 4, x1 - 4, y + 15);
        if (previousEnd == null || e.isAfter(previousEnd)) {
          previousEnd = e;
        }
      }
      y += ROW_HEIGHT;
    }
    if (data.chosenDue() != null) {
      double xd = axis.x(data.chosenDue());
      out.append("<line class=\"due\" x1=\"")
          .append(fmt(xd))
          .append("\" x2=\"")
          .append(fmt(xd))
          .append("\" y1=\"0\" y2=\"")
          .append(height - ROW_HEIGHT)
          .append("\"/>\n");
      String due =
          "standard lead time "
              + serviceDuration(data.standard().leadTime())
              + ": due "
              + when(data.chosenDue());
      caption("due-label", due, xd + 4, xd - 4, height - 8);
    }
    out.append(
        "</svg>\n<p class=\"note\">The time axis is compressed so that short steps stay"
            + " visible next to long waits: each bar's duration is written beside it, and the"
            + " table below gives every start.</p>\n");
  }

  private Instant momentEnd(Moment m) {
    return m.touchpoint().end() != null ? m.touchpoint().end() : data.generated();
  }

  /**
   * A text of the timeline, after {@code xAfter} when it fits inside the picture, else ending at
   * {@code xBefore}.
   */
  private void caption(String cssClass, String text, double xAfter, double xBefore, int y) {
    boolean fitsAfter = xAfter + text.length() * CHAR_WIDTH <= SVG_WIDTH - 4;
    out.append("<text class=\"")
        .append(cssClass)
        .append("\" x=\"")
        .append(fmt(fitsAfter ? xAfter : Math.max(LABEL_WIDTH, xBefore)))
        .append("\" y=\"")
        .append(y)
        .append(fitsAfter ? "\">" : "\" text-anchor=\"end\">")
        .append(escape(text))
        .append("</text>\n");
  }

  /** A time axis where a stretch of d minutes takes room in proportion to log(1 + d). */
  private static final class Axis {
    private final List<Instant> marks;
    private final double[] xs;

    Axis(java.util.SortedSet<Instant> marks, double left, double right) {
      this.marks = List.copyOf(marks);
      double[] room = new double[this.marks.size()];
      for (int i = 1; i < room.length; i++) {
        double minutes =
            Duration.between(this.marks.get(i - 1), this.marks.get(i)).toMillis() / 60_000.0;
        room[i] = room[i - 1] + Math.log1p(minutes) + 0.5;
      }
      double total = room[room.length - 1];
      xs = new double[room.length];
      for (int i = 0; i < room.length; i++) {
        xs[i] = total == 0 ? left : left + (right - left) * room[i] / total;
      }
    }

    double x(Instant instant) {
      int i = java.util.Collections.binarySearch(marks, instant);
      return xs[Math.max(0, i)];
    }
  }

  private void breaches() {
    section("breaches", "Breaches of the standard");
    if (data.breaches().isEmpty()) {
      out.append("<p>No breach in the period.</p>\n</section>\n");
      return;
    }
    out.append("<table id=\"breach-table\">\n<thead><tr><th>Case</th><th>Kind</th><th>Element</th>")
        .append(
            "<th>Moment</th><th>Limit</th><th>Due</th><th>Noticed</th></tr></thead>\n<tbody>\n");
    for (Breach b : data.breaches()) {
      out.append("<tr>");
      nowrap(b.caseId());
      cell(b.kind().toString());
      cell(b.elementId() == null ? NONE : b.elementId());
      cell(b.moment() == null ? "case" : b.moment());
      cell(limit(b.limit()));
      nowrap(when(b.due()));
      nowrap(when(b.detected()));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void survey() {
    section("skm", "Community satisfaction (SKM)");
    SkmResult r = data.survey();
    if (r == null) {
      out.append("<p>No SKM survey result was given for this report.</p>\n</section>\n");
      return;
    }
    out.append("<div class=\"card\"><div class=\"ikm\">")
        .append(escape(r.ikm().toPlainString()))
        .append("</div><div>IKM, grade <strong>")
        .append(escape(r.grade().describe()))
        .append("</strong><br>")
        .append(r.respondents())
        .append(r.respondents() == 1 ? " respondent, " : " respondents, ")
        .append(escape(r.profile().regulation()))
        .append(", weight ")
        .append(escape(weight(r)))
        .append("</div></div>\n");
    boolean blanks = r.hasBlankAnswers();
    if (blanks) {
      out.append(
          "<p>Some questionnaires left elements blank: as Permenpan RB 14/2017 counts, each"
              + " element's NRR is its total divided by the questionnaires that answered it.</p>\n");
    }
    out.append("<table id=\"skm-table\">\n<thead><tr><th>Code</th><th>Element</th>")
        .append("<th class=\"num\">Answered</th><th class=\"num\">NRR</th><th>1 to 4</th>")
        .append("<th class=\"num\">Weighted NRR</th></tr></thead>\n<tbody>\n");
    for (SkmResult.ElementScore s : r.scores()) {
      out.append("<tr>");
      cell(s.element().code());
      cell(s.element().name());
      num(String.valueOf(s.answered()));
      num(decimals(s.nrr(), SKM_DECIMALS));
      double width = Math.max(0, Math.min(100, s.nrr().doubleValue() / 4 * 100));
      out.append("<td><span class=\"bar\" style=\"width:")
          .append(fmt(width))
          .append("%\"></span></td>");
      num(decimals(s.weightedNrr(), SKM_DECIMALS));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n<p class=\"note\">NRR and weighted NRR rounded to ")
        .append(SKM_DECIMALS)
        .append(
            " decimals for reading; the IKM is computed from the exact values and rounded once,"
                + " to two decimals.</p>\n</section>\n");
  }

  /** {@code 1/9 (exact)} or {@code 0.111}. */
  private static String weight(SkmResult r) {
    int n = r.profile().elements().size();
    return r.weightPolicy() == dev.prima.quality.WeightPolicy.EXACT
        ? "1/" + n + " (exact)"
        : r.weight().toPlainString();
  }

  private void voice() {
    section("voice", "Voice and exit");
    Participation p = data.participation();
    out.append("<table class=\"kv\" id=\"voice-table\">\n");
    row("Cases", String.valueOf(p.cases()));
    row("Complaints", String.valueOf(p.complaints()));
    row("Suggestions", String.valueOf(p.suggestions()));
    row("Survey responses", String.valueOf(p.surveyResponses()));
    row("Complaints per 1,000 cases", decimal(p.voiceRate()));
    row("Survey responses per case", decimal(p.surveyResponseRate()));
    row(
        "Complaints answered in time",
        p.answeredInTime().isPresent() ? percent(p.answeredInTime().getAsDouble()) : NONE);
    out.append("</table>\n");
    if (!p.exitRates().isEmpty()) {
      out.append("<table id=\"exit-table\">\n<thead><tr><th>Element</th>")
          .append("<th class=\"num\">Reached</th><th class=\"num\">Exits</th><th>Exit share</th>")
          .append("</tr></thead>\n<tbody>\n");
      for (ExitRate e : p.exitRates()) {
        double share = e.reached() == 0 ? 0 : (double) e.exits() / e.reached();
        out.append("<tr>");
        cell(e.elementId());
        num(String.valueOf(e.reached()));
        num(String.valueOf(e.exits()));
        out.append("<td><span class=\"bar exit\" style=\"width:")
            .append(fmt(share * 100))
            .append("%\"></span> ")
            .append(percent(share))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n");
  }

  private void accountability() {
    section("accountability", "Staff accountability");
    out.append(
        "<p>Touchpoints offered to a role that started in the period, all services of the"
            + " engine.</p>\n");
    if (data.accountability().isEmpty()) {
      out.append("<p class=\"empty\">Nobody served a touchpoint in the period.</p>\n</section>\n");
      return;
    }
    out.append("<table id=\"accountability-table\">\n<thead><tr><th>Staff</th><th>Name</th>")
        .append("<th class=\"num\">Served</th><th class=\"num\">Median handling</th>")
        .append("<th class=\"num\">Targets met</th></tr></thead>\n<tbody>\n");
    for (StaffAccountability s : data.accountability()) {
      out.append("<tr>");
      cell(s.staffId());
      if (s.name() == null) {
        out.append("<td class=\"empty\">not in the staff directory</td>");
      } else {
        cell(s.name());
      }
      num(String.valueOf(s.served()));
      num(duration(s.medianHandlingTime()));
      num(s.withTarget() == 0 ? NONE : s.targetsMet() + "/" + s.withTarget());
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private void section(String id, String heading) {
    out.append("<section id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(escape(heading))
        .append("</h2>\n");
  }

  private void row(String key, String value) {
    out.append("<tr><th>").append(escape(key)).append("</th><td>").append(escape(value));
    out.append("</td></tr>\n");
  }

  private void cell(String text) {
    out.append("<td>").append(escape(text)).append("</td>");
  }

  private void nowrap(String text) {
    out.append("<td class=\"nowrap\">").append(escape(text)).append("</td>");
  }

  private void num(String text) {
    out.append("<td class=\"num\">").append(escape(text)).append("</td>");
  }

  /** A date, or date and time when the instant is not midnight in the report's zone. */
  private String day(Instant instant) {
    var local = instant.atZone(data.zone());
    return local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
        ? DAY.format(local)
        : WHEN.format(local);
  }

  private String when(Instant instant) {
    return WHEN.format(instant.atZone(data.zone()));
  }

  private static String duration(Duration duration) {
    return duration == null ? NONE : Durations.format(duration);
  }

  private static String decimals(java.math.BigDecimal value, int scale) {
    return value.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** {@code 2 working days}, {@code 14 days}, {@code 4h 30m}. */
  private static String serviceDuration(ServiceDuration d) {
    if (d.isWorkingTime()) {
      return d.toString();
    }
    long seconds = d.calendar().getSeconds();
    if (seconds % 86_400 == 0 && d.calendar().getNano() == 0) {
      long days = seconds / 86_400;
      return days + (days == 1 ? " day" : " days");
    }
    return Durations.format(d.calendar());
  }

  /** A breach's limit as the standard stated it, ISO forms such as {@code P1D} made readable. */
  private static String limit(String stated) {
    try {
      return serviceDuration(ServiceDuration.parse(stated));
    } catch (RuntimeException notParsable) {
      return stated;
    }
  }

  private static String leadTimes(ServiceProfile profile) {
    var lead = profile.leadTimes();
    String cases = profile.cases() + (profile.cases() == 1 ? " case" : " cases");
    if (lead.cases() == 0) {
      return cases + "; none has finished, so there is no lead time yet.";
    }
    return cases
        + "; lead time of the "
        + lead.cases()
        + " finished: median "
        + Durations.format(lead.median())
        + ", 90th percentile "
        + Durations.format(lead.p90())
        + ".";
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static String decimal(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : NONE;
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
