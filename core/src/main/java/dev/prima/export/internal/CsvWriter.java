package dev.prima.export.internal;

import dev.prima.export.ExportException;
import dev.prima.export.ExportOptions;
import dev.prima.export.ExportSummary;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointJournal;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Streams the journal as RFC 4180 CSV, one row per touchpoint. */
public final class CsvWriter {

  public static final String HEADER =
      "case,touchpoint,process,version,element,moment,channel,lane,kind,user,role,start,end,"
          + "duration_ms,outcome";

  private final ExportOptions options;
  private final Timestamps timestamps;

  public CsvWriter(ExportOptions options) {
    this.options = options;
    this.timestamps = new Timestamps(options.zone());
  }

  /** A field quoted when it holds a comma, quote, CR or LF; inner quotes doubled. */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\r') >= 0
            || value.indexOf('\n') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  public ExportSummary write(TouchpointJournal journal, OutputStream out) {
    try {
      Writer csv =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
      csv.write(HEADER);
      csv.write("\r\n");
      long[] cases = new long[1];
      long touchpoints =
          new JournalCases(journal, options)
              .forEachCase(
                  (caseId, ofCase) -> {
                    cases[0]++;
                    for (Touchpoint t : ofCase) {
                      row(csv, t);
                    }
                  });
      csv.flush();
      return ExportSummary.of(cases[0], touchpoints, touchpoints);
    } catch (Exception e) {
      throw new ExportException("Cannot write the CSV log: " + e.getMessage(), e);
    }
  }

  private void row(Writer csv, Touchpoint t) throws java.io.IOException {
    String[] fields = {
      t.caseId(),
      t.id(),
      t.processDefinitionKey(),
      Integer.toString(t.processDefinitionVersion()),
      t.elementId(),
      t.moment(),
      t.channel() == null ? null : t.channel().id(),
      t.lane() == null ? null : t.lane().name(),
      t.kind().id(),
      t.userId(),
      t.role(),
      t.start() == null ? null : timestamps.format(t.start()),
      t.end() == null ? null : timestamps.format(t.end()),
      t.duration().map(d -> Long.toString(d.toMillis())).orElse(null),
      t.outcome().name()
    };
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        csv.write(',');
      }
      csv.write(field(fields[i]));
    }
    csv.write("\r\n");
  }
}
