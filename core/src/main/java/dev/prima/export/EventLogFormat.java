package dev.prima.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/** The event-log formats Prima writes. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum EventLogFormat {
  /** XES, IEEE 1849-2016: one trace per case, a start and an end event per touchpoint. */
  XES("xes"),
  /** OCEL 2.0 JSON: one event per touchpoint, related to case, staff, channel and service. */
  OCEL("jsonocel"),
  /** CSV, RFC 4180: one row per touchpoint. */
  CSV("csv");

  private final String fileExtension;

  EventLogFormat(String fileExtension) {
    this.fileExtension = fileExtension;
  }

  /**
   * {@return the usual file extension, without the dot: {@code xes}, {@code jsonocel}, {@code csv}}
   */
  public String fileExtension() {
    return fileExtension;
  }

  /**
   * {@return the exporter of this format with the given options}
   *
   * @param options what to export and how
   */
  public EventLogExporter exporter(ExportOptions options) {
    Objects.requireNonNull(options, "options must not be null");
    return switch (this) {
      case XES -> XesExporter.of(options);
      case OCEL -> OcelExporter.of(options);
      case CSV -> CsvExporter.of(options);
    };
  }

  /**
   * {@return the format named {@code xes}, {@code ocel} or {@code csv}, case-insensitive}
   *
   * @param id the format's name
   * @throws IllegalArgumentException for any other name
   */
  public static EventLogFormat fromId(String id) {
    Objects.requireNonNull(id, "id must not be null");
    try {
      return valueOf(id.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "format must be one of xes, ocel, csv, but was '" + id + "'", e);
    }
  }
}
