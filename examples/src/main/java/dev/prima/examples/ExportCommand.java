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
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code prima-examples export}: writes the touchpoint journal of a database as an event log. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the touchpoint journal of an existing Prima database as an event log for process"
          + " mining: XES (IEEE 1849-2016), OCEL 2.0 JSON or CSV. The schema must be there and"
          + " current; nothing is created or changed.",
      "--out is checked before the engine starts, and written only when the whole log is (no"
          + " partial or empty file on failure).",
      "Exit code 0 when the log is written, 1 when it cannot be (database, unknown --service,"
          + " file), 2 on usage errors."
    })
final class ExportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "xes|ocel|csv",
      converter = FormatConverter.class,
      description = "The log format.")
  private EventLogFormat logFormat;

  @Option(
      names = "--jdbc",
      required = true,
      paramLabel = "<url>",
      description = "JDBC URL of the database, e.g. jdbc:h2:file:./target/prima-demo/prima.")
  private String jdbcUrl;

  @Option(names = "--user", paramLabel = "<user>", description = ReadOnlyDatabase.USER_HELP)
  private String user;

  @Option(
      names = "--password",
      paramLabel = "<password>",
      description = "Database password (default: empty).")
  private String password = "";

  @Option(
      names = "--service",
      paramLabel = "<key>",
      description =
          "Only this service (process definition key); it must be deployed in the database.")
  private String service;

  @Option(
      names = "--from",
      paramLabel = "<date>",
      converter = Converters.Bound.class,
      description =
          "Only touchpoints that started at or after this day (2026-11-30, from midnight in"
              + " --zone) or instant (2026-11-30T10:00:00+07:00).")
  private Converters.PeriodBound from;

  @Option(
      names = "--to",
      paramLabel = "<date>",
      converter = Converters.Bound.class,
      description =
          "Only touchpoints that started before this instant, or up to the end of this day"
              + " (2026-11-30 includes that whole day).")
  private Converters.PeriodBound to;

  @Option(
      names = "--zone",
      paramLabel = "<zone>",
      defaultValue = "UTC",
      converter = Converters.Zone.class,
      description =
          "Time zone of the written timestamps and of plain dates (default: ${DEFAULT-VALUE},"
              + " written Z, which PM4Py reads exactly; PM4Py 2.7 reads a local offset such as"
              + " +07:00 as if it were UTC). --zone Asia/Jakarta writes the office's offset.")
  private ZoneId zone;

  @Mixin private LanguageOption language;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "<file>",
      converter = Converters.FilePath.class,
      description = "File to write; its directory is created if missing.")
  private Path out;

  @Override
  public Integer call() {
    Instant start = from == null ? null : instant(from, zone, false);
    Instant end = to == null ? null : instant(to, zone, true);
    if (start != null && end != null && !start.isBefore(end)) {
      throw new UsageError(
          spec.commandLine(), CliText.of("export.toNotAfterFrom", to.text(), from.text()));
    }
    ExportOptions.Builder builder = ExportOptions.custom().zone(zone).between(start, end);
    if (service != null) {
      try {
        builder.service(service);
      } catch (IllegalArgumentException e) {
        throw new UsageError(spec.commandLine(), CliText.of("export.badService", service));
      }
    }
    ExportOptions options = builder.build();
    CliFiles.checkWritableFile("--out", out, "log." + logFormat.name().toLowerCase(Locale.ROOT));

    try (Prima prima = ReadOnlyDatabase.open(jdbcUrl, user, password)) {
      if (service != null) {
        ReadOnlyDatabase.checkService(prima, service);
      }
      ExportSummary summary = write(logFormat, options, prima);
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(
          language
              .texts()
              .text(
                  "export.summary",
                  out.toString(),
                  summary.cases(),
                  summary.touchpoints(),
                  summary.events(),
                  logFormat.toString()));
      stdout.flush();
      return 0;
    } catch (PrimaException e) {
      throw ReadOnlyDatabase.failure(jdbcUrl, user, password, e);
    }
  }

  /** Writes a file beside --out and moves it there when complete: no partial log on failure. */
  private ExportSummary write(EventLogFormat logFormat, ExportOptions options, Prima prima) {
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Path partial = null;
    try {
      Files.createDirectories(parent);
      partial = Files.createTempFile(parent, "." + target.getFileName(), ".partial");
      ExportSummary summary;
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial))) {
        summary = logFormat.exporter(options).export(prima.touchpoints(), file);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      return summary;
    } catch (IOException e) {
      throw new CommandFailure(
          CliText.of(
              "export.cannotWrite",
              out.toString(),
              CliFiles.reason(e),
              CliFiles.otherFile(e, partial)),
          e);
    } finally {
      if (partial != null) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException ignored) {
          // the temporary file's name says what it is; nothing more to do
        }
      }
    }
  }

  /** {@code xes}, {@code ocel} or {@code csv}, in any case. */
  static final class FormatConverter implements ITypeConverter<EventLogFormat> {
    @Override
    public EventLogFormat convert(String id) {
      try {
        return EventLogFormat.fromId(id);
      } catch (IllegalArgumentException e) {
        throw new ConversionError("convert.format", id);
      }
    }
  }

  /** The start of a day (or of the next day, for an upper bound), or the instant given. */
  static Instant instant(Converters.PeriodBound bound, ZoneId zone, boolean endOfDay) {
    if (bound.day() != null) {
      return (endOfDay ? bound.day().plusDays(1) : bound.day()).atStartOfDay(zone).toInstant();
    }
    return bound.at().toInstant();
  }
}
