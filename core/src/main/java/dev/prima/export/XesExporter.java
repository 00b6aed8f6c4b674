package dev.prima.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.export.internal.XesWriter;
import dev.prima.touchpoint.TouchpointJournal;
import java.io.OutputStream;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes the journal as an XES log (IEEE 1849-2016) that ProM, PM4Py, Disco and bupaR read.
 *
 * <p>One {@code <trace>} per case ({@code concept:name} = case id), in case-id order. Each
 * touchpoint gives a {@code start} event at its start and, once ended, an end event; a user task an
 * officer took ({@link dev.prima.touchpoint.Touchpoint#served()}) gives, as the standard lifecycle
 * model orders them, {@code schedule} at its start (the citizen waits), {@code assign} and {@code
 * start} when the officer took it, then its end event. Events of a trace are in time order. Event
 * attributes: {@code concept:name} = moment, {@code concept:instance} = touchpoint id (pairs a
 * start with its end), {@code time:timestamp} with the offset of {@link ExportOptions#zone()},
 * {@code lifecycle:transition}, {@code org:resource} = user, {@code org:role}, and Prima's own
 * {@code prima:process}, {@code prima:version}, {@code prima:element}, {@code prima:channel},
 * {@code prima:lane}, {@code prima:kind}, {@code prima:outcome} (the touchpoint's outcome at export
 * time) and, on ends, {@code prima:duration_ms}.
 *
 * <p>The end's transition follows the XES standard lifecycle model: {@code complete} for {@link
 * dev.prima.touchpoint.Outcome#COMPLETED}, {@code ate_abort} (this activity instance was cut short)
 * for {@code INTERRUPTED}, {@code pi_abort} (the whole case stopped) for {@code CANCELLED} and
 * {@code WITHDRAWN}. XES {@code withdraw} is not used: it means a scheduled activity withdrawn
 * before it started, while a touchpoint has always started.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class XesExporter implements EventLogExporter {

  private final ExportOptions options;

  private XesExporter(ExportOptions options) {
    this.options = Objects.requireNonNull(options, "options must not be null");
  }

  /**
   * An XES exporter with these options.
   *
   * @param options what to export and how
   * @return the exporter
   */
  public static XesExporter of(ExportOptions options) {
    return new XesExporter(options);
  }

  /**
   * An XES exporter with {@link ExportOptions#ofDefaults()}: every service, all time, UTC.
   *
   * @return the exporter
   */
  public static XesExporter ofDefaults() {
    return new XesExporter(ExportOptions.ofDefaults());
  }

  @Override
  public ExportSummary export(TouchpointJournal journal, OutputStream out) {
    Objects.requireNonNull(journal, "journal must not be null");
    Objects.requireNonNull(out, "out must not be null");
    return new XesWriter(options).write(journal, out);
  }

  @Override
  public String toString() {
    return "XesExporter[" + options + "]";
  }
}
