package dev.prima.examples;

import dev.prima.Prima;
import dev.prima.PrimaException;
import dev.prima.quality.BlankAnswers;
import dev.prima.quality.InvalidSurveyException;
import dev.prima.quality.InvalidSurveyFileException;
import dev.prima.quality.SkmCsv;
import dev.prima.quality.SkmProfile;
import dev.prima.quality.SkmResult;
import dev.prima.quality.SkmSurvey;
import dev.prima.quality.SurveyFileException;
import dev.prima.quality.WeightPolicy;
import dev.prima.report.ServiceReport;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code prima-examples report}: writes the HTML service report of one service and period. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a self-contained HTML service report (no network needed to open it): the model with"
          + " touchpoint counts, median durations and breaches, the cycle of service, the SKM"
          + " card when --skm gives a survey file, voice and exit, and staff accountability.",
      "The page is in Bahasa Indonesia or English (--lang id|en), dates and figures included.",
      "Dates are days in Asia/Jakarta; --to is included. The database is only read; --out is"
          + " checked before the engine starts.",
      "Exit code 0 when written, 1 when the database, the service, the --skm file or --out"
          + " cannot be read or written, 2 on usage errors."
    })
final class ReportCommand implements Callable<Integer> {

  static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  @Spec private CommandSpec spec;

  @Mixin private LanguageOption language;

  @Option(
      names = "--jdbc",
      required = true,
      paramLabel = "<url>",
      description =
          "JDBC URL of the engine's database, e.g. jdbc:h2:file:./target/prima-demo/prima.")
  private String jdbcUrl;

  @Option(names = "--user", paramLabel = "<user>", description = ReadOnlyDatabase.USER_HELP)
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
      converter = Converters.Day.class,
      description = "First day of the period.")
  private LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "<yyyy-MM-dd>",
      converter = Converters.Day.class,
      description = "Last day of the period (included).")
  private LocalDate to;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "<file.html>",
      converter = Converters.FilePath.class,
      description = "The HTML file to write; its directory is created if missing.")
  private Path out;

  @Option(
      names = "--skm",
      paramLabel = "<file.csv>",
      converter = Converters.FilePath.class,
      description =
          "SKM survey answers of the service for the period, in the layout of the skm command;"
              + " shown as the SKM card.")
  private Path skm;

  @Option(
      names = "--skm-profile",
      defaultValue = "14-2017",
      paramLabel = "<id>",
      converter = SkmCommand.ProfileConverter.class,
      description = "Regulation of the --skm file: 14-2017 or 25-2004 (default: ${DEFAULT-VALUE}).")
  private SkmProfile skmProfile;

  @Option(
      names = "--skm-weight",
      defaultValue = "exact",
      paramLabel = "<policy>",
      converter = SkmCommand.WeightConverter.class,
      description = "Element weight of the SKM: exact, 0.111 or 0.11 (default: ${DEFAULT-VALUE}).")
  private WeightPolicy skmWeight;

  @Option(
      names = "--skm-blank-answers",
      defaultValue = "reject",
      paramLabel = "<rule>",
      converter = SkmCommand.BlankAnswersConverter.class,
      description =
          "A blank answer in the --skm file: reject (the file is refused) or per-element (the"
              + " questionnaire counts only for the elements it answered, as Permenpan RB 14/2017"
              + " counts) (default: ${DEFAULT-VALUE}).")
  private BlankAnswers skmBlankAnswers;

  @Override
  public Integer call() {
    if (to.isBefore(from)) {
      throw new UsageError(
          spec.commandLine(), CliText.of("report.toBeforeFrom", to.toString(), from.toString()));
    }
    CliFiles.checkWritableFile("--out", out, "report.html");
    Instant start = from.atStartOfDay(ZONE).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ZONE).toInstant();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    SkmResult survey = null;
    if (skm != null) {
      try {
        SkmSurvey answers = SkmCsv.read(skm, skmProfile, skmBlankAnswers);
        Optional<CliText> unanswered = SkmCommand.unanswered(skm, answers, language.locale());
        if (unanswered.isPresent()) {
          stderr.println("report: --skm: " + unanswered.get().in(language.locale()));
          stderr.flush();
          return 1;
        }
        survey = answers.result(skmWeight);
      } catch (InvalidSurveyFileException e) {
        stderr.println(
            "report: "
                + CliText.of("report.skm.problems", skm.toString(), e.problems().size())
                    .in(language.locale()));
        e.problems().forEach(problem -> stderr.println("  " + problem.toText(language.locale())));
        stderr.flush();
        return 1;
      } catch (SurveyFileException e) {
        stderr.println("report: --skm: " + SkmCommand.unreadable(skm, e).in(language.locale()));
        stderr.flush();
        return 1;
      } catch (InvalidSurveyException e) {
        stderr.println("report: --skm: " + e.getMessage());
        stderr.flush();
        return 1;
      }
    }
    try (Prima prima = ReadOnlyDatabase.open(jdbcUrl, user, password)) {
      ReadOnlyDatabase.checkService(prima, service);
      ServiceReport.Builder report =
          ServiceReport.builder(prima)
              .service(service)
              .period(start, end)
              .zone(ZONE)
              .locale(language.locale());
      if (survey != null) {
        report.survey(survey);
      }
      Path written = report.build().writeTo(out);
      stdout.println(
          language.texts().text("report.written", written.toAbsolutePath().normalize().toString()));
      stdout.flush();
      return 0;
    } catch (PrimaException e) {
      throw ReadOnlyDatabase.failure(jdbcUrl, user, password, e);
    } catch (UncheckedIOException e) {
      throw new CommandFailure(
          CliText.of("report.cannotWrite", out.toString(), CliFiles.reason(e.getCause())), e);
    }
  }
}
