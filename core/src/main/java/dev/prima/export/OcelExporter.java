package dev.prima.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.export.internal.OcelWriter;
import dev.prima.touchpoint.TouchpointJournal;
import java.io.OutputStream;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes the journal as an OCEL 2.0 JSON log (object-centric), which PM4Py and OCPA read.
 *
 * <p>Object types: {@code citizen_case} (id {@code case:<case id>}), {@code complaint} (a case of
 * the complaint-handling process, id {@code complaint:<complaint id>}, only when there is one),
 * {@code staff} ({@code staff:<user>}), {@code channel} ({@code channel:counter}) and {@code
 * service} ({@code service:<process key>}); a case relates to its service ({@code of service}).
 *
 * <p>One event per touchpoint, at its start, id = touchpoint id; its event type is the moment (as
 * XES {@code concept:name}), so one event type per distinct moment. Attributes: process, version,
 * element, channel, lane, kind, role, outcome, {@code served} once an officer took it ({@link
 * dev.prima.touchpoint.Touchpoint#served()}), and once ended {@code end} and {@code duration_ms};
 * every value is a JSON string, as the published OCEL 2.0 JSON schema requires, and the event type
 * declares {@code version} and {@code duration_ms} as {@code integer}, {@code served} and {@code
 * end} as {@code time}. Relationships: the case ({@code case} or {@code complaint}), the staff
 * member ({@code served by}), the channel ({@code via}), the service ({@code service}).
 *
 * <p>The journal is read twice (objects, then events) and the top-level keys are written in the
 * order {@code objects, events, objectTypes, eventTypes}, which JSON allows: the types are known
 * only once the journal has been read.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class OcelExporter implements EventLogExporter {

  private final ExportOptions options;

  private OcelExporter(ExportOptions options) {
    this.options = Objects.requireNonNull(options, "options must not be null");
  }

  /**
   * An OCEL 2.0 JSON exporter with these options.
   *
   * @param options what to export and how
   * @return the exporter
   */
  public static OcelExporter of(ExportOptions options) {
    return new OcelExporter(options);
  }

  /**
   * An OCEL 2.0 JSON exporter with {@link ExportOptions#ofDefaults()}: every service, all time,
   * UTC.
   *
   * @return the exporter
   */
  public static OcelExporter ofDefaults() {
    return new OcelExporter(ExportOptions.ofDefaults());
  }

  @Override
  public ExportSummary export(TouchpointJournal journal, OutputStream out) {
    Objects.requireNonNull(journal, "journal must not be null");
    Objects.requireNonNull(out, "out must not be null");
    return new OcelWriter(options).write(journal, out);
  }

  @Override
  public String toString() {
    return "OcelExporter[" + options + "]";
  }
}
