package dev.prima.export.internal;

import dev.prima.export.ExportException;
import dev.prima.export.ExportOptions;
import dev.prima.export.ExportSummary;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointJournal;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Streams the journal as RFC 4180 CSV (Commons CSV), one row per touchpoint. */
public final class CsvWriter {

  public static final String HEADER =
      "case,touchpoint,process,version,element,moment,channel,lane,kind,user,role,start,end,"
          + "duration_ms,outcome,served";

  private final ExportOptions options;
  private final Timestamps timestamps;

  public CsvWriter(ExportOptions options) {
    this.options = options;
    this.timestamps = new Timestamps(options.zone());
  }

  /**
   * RFC 4180: comma, CRLF, a field quoted when it holds a comma, quote or line break, inner quotes
   * doubled, a missing value empty. Commons CSV also quotes a field that starts with a space or a
   * character up to {@code #}, or ends with a space, which some readers would trim or take for a
   * comment; every RFC 4180 reader reads the same values.
   */
  static final CSVFormat FORMAT = CSVFormat.RFC4180;

  public ExportSummary write(TouchpointJournal journal, OutputStream out) {
    try {
      Writer writer =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
      CSVPrinter csv = new CSVPrinter(writer, FORMAT);
      csv.printRecord((Object[]) HEADER.split(","));
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

  private void row(CSVPrinter csv, Touchpoint t) throws IOException {
    csv.printRecord(
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
        t.outcome().name(),
        t.served() == null ? null : timestamps.format(t.served()));
  }
}
