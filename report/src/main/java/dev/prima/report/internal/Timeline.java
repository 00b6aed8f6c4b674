package dev.prima.report.internal;

import dev.prima.journey.Moment;
import dev.prima.journey.ServiceCycle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The moments of one case as bars in time order, waits dashed, the lead-time limit in red. The axis
 * is compressed: each stretch between two moments' starts or ends takes room growing with the
 * logarithm of its length, so a 9-minute step stays visible beside a 14-day wait; every bar carries
 * its duration as text.
 *
 * @param width the picture's width
 * @param height the picture's height
 * @param title the picture's title
 * @param rows a row per moment
 * @param due the lead-time limit; {@code null} without a standard
 */
public record Timeline(int width, int height, String title, List<Row> rows, Due due) {

  private static final int SVG_WIDTH = 960;
  private static final int LABEL_WIDTH = 260;
  private static final int ROW_HEIGHT = 26;

  /** Rough width of a character of the timeline's 12 px text, to keep captions inside. */
  private static final double CHAR_WIDTH = 7.0;

  /** The {@code viewBox} of the picture. */
  public String viewBox() {
    return "0 0 " + width + " " + height;
  }

  /** The timeline of {@code c}; {@code null} when it has no start. */
  static Timeline of(ServiceCycle c, ReportData data, Formats formats) {
    Instant start = c.start();
    if (start == null) {
      return null;
    }
    Instant end = c.end() != null ? c.end() : data.generated();
    TreeSet<Instant> marks = new TreeSet<>(List.of(start, end));
    for (Moment m : c.moments()) {
      if (m.touchpoint().start() != null) {
        marks.add(m.touchpoint().start());
        marks.add(momentEnd(m, data));
      }
    }
    if (data.chosenDue() != null) {
      marks.add(data.chosenDue());
    }
    Axis axis = new Axis(marks, LABEL_WIDTH, SVG_WIDTH - 90);
    int height = (c.moments().size() + 2) * ROW_HEIGHT;
    List<Row> rows = new ArrayList<>();
    Instant previousEnd = null;
    int y = ROW_HEIGHT / 2;
    for (Moment m : c.moments()) {
      Instant s = m.touchpoint().start();
      Wait wait = null;
      Bar bar = null;
      Caption took = null;
      if (s != null) {
        Instant e = momentEnd(m, data);
        double x1 = axis.x(s);
        double x2 = Math.max(x1 + 3, axis.x(e));
        if (previousEnd != null && previousEnd.isBefore(s)) {
          wait =
              new Wait(
                  Formats.coordinate(axis.x(previousEnd)),
                  Formats.coordinate(x1),
                  y + 10,
                  formats
                      .messages()
                      .text("report.timeline.wait", formats.duration(m.waitBefore())));
        }
        String timeIn = formats.duration(m.timeIn());
        bar =
            new Bar(
                Formats.coordinate(x1),
                y + 3,
                Formats.coordinate(x2 - x1),
                formats.messages().text("report.timeline.moment", m.name(), timeIn));
        took = caption(timeIn, x2 + 4, x1 - 4, y + 15);
        if (previousEnd == null || e.isAfter(previousEnd)) {
          previousEnd = e;
        }
      }
      rows.add(new Row(m.name(), y + 14, wait, bar, took));
      y += ROW_HEIGHT;
    }
    Due due = null;
    if (data.chosenDue() != null) {
      double xd = axis.x(data.chosenDue());
      String text =
          formats
              .messages()
              .text(
                  "report.timeline.due",
                  formats.serviceDuration(data.standard().leadTime()),
                  formats.when(data.chosenDue()));
      due =
          new Due(
              Formats.coordinate(xd),
              height - ROW_HEIGHT,
              caption(text, xd + 4, xd - 4, height - 8));
    }
    return new Timeline(
        SVG_WIDTH, height, formats.messages().text("report.timeline.title", c.caseId()), rows, due);
  }

  private static Instant momentEnd(Moment m, ReportData data) {
    return m.touchpoint().end() != null ? m.touchpoint().end() : data.generated();
  }

  /**
   * A text of the timeline, after {@code xAfter} when it fits inside the picture, else ending at
   * {@code xBefore}.
   */
  private static Caption caption(String text, double xAfter, double xBefore, int y) {
    boolean fitsAfter = xAfter + text.length() * CHAR_WIDTH <= SVG_WIDTH - 4;
    return new Caption(
        text,
        Formats.coordinate(fitsAfter ? xAfter : Math.max(LABEL_WIDTH, xBefore)),
        y,
        fitsAfter ? null : "end");
  }

  /**
   * A moment's row.
   *
   * @param label the moment's name
   * @param labelY the baseline of the label
   * @param pause the dashed wait before it; {@code null} when it followed at once
   * @param bar the bar; {@code null} when it has no start
   * @param took the bar's duration; {@code null} when it has no start
   */
  public record Row(String label, int labelY, Wait pause, Bar bar, Caption took) {}

  /** A dashed wait from {@code x1} to {@code x2}. */
  public record Wait(String x1, String x2, int y, String title) {}

  /** A moment's bar. */
  public record Bar(String x, int y, String width, String title) {}

  /** A caption; {@code anchor} is {@code end} when it ends at {@code x}, else {@code null}. */
  public record Caption(String text, String x, int y, String anchor) {}

  /** The lead-time limit: a red line to {@code y2} and its caption. */
  public record Due(String x, int y2, Caption caption) {}

  /** A time axis where a stretch of d minutes takes room in proportion to log(1 + d). */
  private static final class Axis {
    private final List<Instant> marks;
    private final double[] xs;

    Axis(SortedSet<Instant> marks, double left, double right) {
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
      int i = Collections.binarySearch(marks, instant);
      return xs[Math.max(0, i)];
    }
  }
}
