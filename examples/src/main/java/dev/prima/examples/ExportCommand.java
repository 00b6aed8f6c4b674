package dev.prima.examples;

import dev.prima.Prima;
import dev.prima.PrimaException;
import dev.prima.export.EventLogFormat;
import dev.prima.export.ExportOptions;
import dev.prima.export.ExportSummary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code prima-examples export}: writes the touchpoint journal of a database as an event log. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the touchpoint journal of an existing Prima database as an event log for process"
          + " mining: XES (IEEE 1849-2016), OCEL 2.0 JSON or CSV. The schema must be there and"
          + " current; nothing is created or changed.",
      "Exit code 0 when the log is written, 1 when it cannot be (database, file), 2 on usage"
          + " errors."
    })
final class ExportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "xes|ocel|csv",
      description = "The log format.")
  private String format;

  @Option(
      names = "--jdbc",
      required = true,
      paramLabel = "<url>",
      description = "JDBC URL of the database, e.g. jdbc:h2:file:./target/prima-demo/prima.")
  private String jdbcUrl;

  @Option(names = "--user", paramLabel = "<user>", description = "Database user (default: sa).")
  private String user = "sa";

  @Option(
      names = "--password",
      paramLabel = "<password>",
      description = "Database password (default: empty).")
  private String password = "";

  @Option(
      names = "--service",
      paramLabel = "<key>",
      description = "Only this service (process definition key).")
  private String service;

  @Option(
      names = "--from",
      paramLabel = "<date>",
      description =
          "Only touchpoints that started at or after this day (2026-11-30, from midnight in"
              + " --zone) or instant (2026-11-30T10:00:00+07:00).")
  private String from;

  @Option(
      names = "--to",
      paramLabel = "<date>",
      description =
          "Only touchpoints that started before this instant, or up to the end of this day"
              + " (2026-11-30 includes that whole day).")
  private String to;

  @Option(
      names = "--zone",
      paramLabel = "<zone>",
      defaultValue = "UTC",
      description =
          "Time zone of the written timestamps and of plain dates (default: ${DEFAULT-VALUE},"
              + " written Z, which PM4Py reads exactly; PM4Py 2.7 reads a local offset such as"
              + " +07:00 as if it were UTC). --zone Asia/Jakarta writes the office's offset.")
  private String zone;

  @Option(names = "--out", required = true, paramLabel = "<file>", description = "File to write.")
  private Path out;

  @Override
  public Integer call() {
    EventLogFormat logFormat;
    ExportOptions options;
    try {
      logFormat = EventLogFormat.fromId(format);
      ZoneId zoneId = ZoneId.of(zone);
      ExportOptions.Builder builder = ExportOptions.custom().zone(zoneId);
      if (service != null) {
        builder.service(service);
      }
      Instant start = from == null ? null : instant(from, zoneId, false);
      Instant end = to == null ? null : instant(to, zoneId, true);
      builder.between(start, end);
      options = builder.build();
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }

    PrintWriter err = spec.commandLine().getErr();
    try (Prima prima = ReadOnlyDatabase.open(jdbcUrl, user, password)) {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      ExportSummary summary;
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
        summary = logFormat.exporter(options).export(prima.touchpoints(), file);
      }
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.printf(
          "%s: %d case(s), %d touchpoint(s), %d event(s) as %s%n",
          out, summary.cases(), summary.touchpoints(), summary.events(), logFormat);
      stdout.flush();
      return 0;
    } catch (PrimaException | IOException e) {
      err.println("export failed: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** A date (start of day, or start of the next day for an upper bound) or an offset date-time. */
  static Instant instant(String value, ZoneId zone, boolean endOfDay) {
    if (value.length() == 10) {
      LocalDate day = LocalDate.parse(value);
      return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "expected a date like 2026-11-30 or a date-time with offset like"
              + " 2026-11-30T10:00:00+07:00, but was '"
              + value
              + "'",
          e);
    }
  }
}
