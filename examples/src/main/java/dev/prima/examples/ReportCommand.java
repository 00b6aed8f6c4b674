package dev.prima.examples;

import dev.prima.Prima;
import dev.prima.PrimaException;
import dev.prima.report.ServiceReport;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code prima-examples report}: writes the HTML service report of one service and period. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a self-contained HTML service report (no network needed to open it): the model with"
          + " touchpoint counts, median durations and breaches, the cycle of service, voice and"
          + " exit, and staff accountability.",
      "Dates are days in Asia/Jakarta; --to is included. Exit code 0 when written, 1 when the"
          + " database or service cannot be read, 2 on usage errors."
    })
final class ReportCommand implements Callable<Integer> {

  static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  @Spec private CommandSpec spec;

  @Option(
      names = "--jdbc",
      required = true,
      paramLabel = "<url>",
      description = "JDBC URL of the engine's database, e.g. jdbc:h2:file:target/prima-demo/prima.")
  private String jdbcUrl;

  @Option(
      names = "--user",
      defaultValue = "sa",
      paramLabel = "<user>",
      description = "Database user (default: ${DEFAULT-VALUE}).")
  private String user;

  @Option(
      names = "--password",
      defaultValue = "",
      paramLabel = "<password>",
      description = "Database password (default: empty).")
  private String password;

  @Option(
      names = "--service",
      required = true,
      paramLabel = "<key>",
      description = "Process definition key of the service, e.g. certificate-application.")
  private String service;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "<yyyy-MM-dd>",
      description = "First day of the period.")
  private LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "<yyyy-MM-dd>",
      description = "Last day of the period (included).")
  private LocalDate to;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "<file.html>",
      description = "The HTML file to write.")
  private Path out;

  @Override
  public Integer call() {
    if (to.isBefore(from)) {
      throw new ParameterException(
          spec.commandLine(), "--to must not be before --from, but was " + to + " < " + from);
    }
    Instant start = from.atStartOfDay(ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ZONE).toInstant();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    try (Prima prima = Prima.builder().jdbc(jdbcUrl, user, password).build()) {
      Path written =
          ServiceReport.builder(prima)
              .service(service)
              .period(start, end)
              .zone(ZONE)
              .build()
              .writeTo(out);
      stdout.println("Service report: " + written.toAbsolutePath().normalize());
      stdout.flush();
      return 0;
    } catch (PrimaException | UncheckedIOException e) {
      stderr.println("report: " + e.getMessage());
      stderr.flush();
      return 1;
    }
  }
}
