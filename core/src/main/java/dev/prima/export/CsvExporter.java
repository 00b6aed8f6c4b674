package dev.prima.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.export.internal.CsvWriter;
import dev.prima.touchpoint.TouchpointJournal;
import java.io.OutputStream;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes the journal as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled), one row per touchpoint, grouped by case.
 *
 * <p>Header: {@code case, touchpoint, process, version, element, moment, channel, lane, kind, user,
 * role, start, end, duration_ms, outcome, served}. Times carry the offset of {@link
 * ExportOptions#zone()}; an active touchpoint has an empty {@code end} and {@code duration_ms}, a
 * touchpoint no officer took ({@link dev.prima.touchpoint.Touchpoint#served()}) an empty {@code
 * served}. UTF-8 without a byte order mark. Values are written as recorded: a spreadsheet may read
 * a moment starting with {@code =} as a formula.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CsvExporter implements EventLogExporter {

  private final ExportOptions options;

  private CsvExporter(ExportOptions options) {
    this.options = Objects.requireNonNull(options, "options must not be null");
  }

  /**
   * A CSV exporter with these options.
   *
   * @param options what to export and how
   * @return the exporter
   */
  public static CsvExporter of(ExportOptions options) {
    return new CsvExporter(options);
  }

  /**
   * A CSV exporter with {@link ExportOptions#ofDefaults()}: every service, all time, UTC.
   *
   * @return the exporter
   */
  public static CsvExporter ofDefaults() {
    return new CsvExporter(ExportOptions.ofDefaults());
  }

  @Override
  public ExportSummary export(TouchpointJournal journal, OutputStream out) {
    Objects.requireNonNull(journal, "journal must not be null");
    Objects.requireNonNull(out, "out must not be null");
    return new CsvWriter(options).write(journal, out);
  }

  @Override
  public String toString() {
    return "CsvExporter[" + options + "]";
  }
}
