package dev.prima.examples;

import dev.prima.internal.Messages;
import dev.prima.quality.BlankAnswers;
import dev.prima.quality.InvalidSurveyException;
import dev.prima.quality.InvalidSurveyFileException;
import dev.prima.quality.SkmCsv;
import dev.prima.quality.SkmProfile;
import dev.prima.quality.SkmResult;
import dev.prima.quality.SkmSurvey;
import dev.prima.quality.SurveyFileException;
import dev.prima.quality.WeightPolicy;
import dev.prima.report.ReportException;
import dev.prima.report.SkmReport;
import dev.prima.report.SkmReport.FollowUp;
import dev.prima.report.SkmReportFollowUpException;
import dev.prima.report.SkmReportIncompleteException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code prima-examples skm}: the community satisfaction index (IKM) of a survey file. */
@Command(
    name = "skm",
    mixinStandardHelpOptions = true,
    description = {
      "Computes the community satisfaction index (IKM) of a survey (SKM) file: NRR and weighted"
          + " NRR per element, the IKM with two decimals and its grade.",
      "The CSV file has a header row and one row per respondent: columns U1..U9 (U1..U14 for"
          + " 25-2004) with answers 1 to 4, optionally respondent, age, sex, education,"
          + " occupation, service, unit, date (yyyy-MM-dd); separator ';' or ','; UTF-8.",
      "Sample with the worked example of Permenpan RB 14/2017 (29 respondents, IKM 91.48):"
          + " examples/src/main/resources/dev/prima/examples/skm-sample.csv",
      "With --report FILE.html it also writes the printable SKM report in the outline of"
          + " Permenpan RB 14/2017 (respondents and their profile, NRR per element, IKM with its"
          + " conversion, the three weakest elements, the follow-up plan, the data annex), in the"
          + " language of --lang; open it in a browser and print it on A4.",
      "Exit codes: 0 scored, 1 bad input (unreadable file, bad rows on stderr with their line"
          + " numbers), 2 usage error."
    })
final class SkmCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private LanguageOption language;

  @Parameters(
      converter = Converters.FilePath.class,
      index = "0",
      paramLabel = "FILE.csv",
      description = "The survey answers.")
  private Path file;

  @Option(
      names = "--profile",
      defaultValue = "14-2017",
      paramLabel = "<id>",
      converter = ProfileConverter.class,
      description =
          "Regulation: 14-2017 (Permenpan RB 14/2017, nine elements) or 25-2004 (Kepmenpan"
              + " 25/2004, fourteen elements) (default: ${DEFAULT-VALUE}).")
  private SkmProfile profile;

  @Option(
      names = "--weight",
      defaultValue = "exact",
      paramLabel = "<policy>",
      converter = WeightConverter.class,
      description =
          "Element weight: exact (1/n), 0.111 or 0.11 (1/n rounded to three or two decimals:"
              + " 0.071 or 0.07 for 25-2004) (default: ${DEFAULT-VALUE}).")
  private WeightPolicy weight;

  @Option(
      names = "--blank-answers",
      defaultValue = "reject",
      paramLabel = "<rule>",
      converter = BlankAnswersConverter.class,
      description =
          "A blank answer: reject (the file is refused) or per-element (the questionnaire counts"
              + " only for the elements it answered: NRR = total / questionnaires that answered,"
              + " as Permenpan RB 14/2017 counts) (default: ${DEFAULT-VALUE}).")
  private BlankAnswers blankAnswers;

  @Option(
      names = "--report",
      paramLabel = "FILE.html",
      converter = Converters.FilePath.class,
      description =
          "Also write the printable SKM report (laporan hasil SKM) to this file: one HTML file"
              + " that needs no network, with print styles for A4.")
  private Path report;

  @Option(
      names = "--unit",
      paramLabel = "<name>",
      description =
          "With --report: the service unit, such as \"Kecamatan Coblong\" (default: the unit"
              + " column, when every row names the same unit).")
  private String unit;

  @Option(
      names = "--period",
      paramLabel = "<text>",
      description =
          "With --report: the survey period as the agency names it, such as \"Semester II"
              + " 2025\" (default: the first and last date, when every row is dated).")
  private String period;

  @Option(
      names = "--follow-up",
      paramLabel = "FILE.csv",
      converter = Converters.FilePath.class,
      description =
          "With --report: the follow-up plan (rencana tindak lanjut), a CSV file with the header"
              + " unsur;masalah;program/kegiatan;waktu;penanggung jawab (masalah optional) and one"
              + " action a row, such as U3;Antrean panjang;Menambah loket;Triwulan I"
              + " 2026;Kepala Seksi Pelayanan. Without it the plan table is left to fill in by"
              + " hand.")
  private Path followUp;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Messages errors = CliText.errors(language.locale());
    if (report == null && (unit != null || period != null || followUp != null)) {
      throw new UsageError(spec.commandLine(), CliText.of("skm.reportOptionsWithoutReport"));
    }
    if (report != null) {
      CliFiles.checkWritableFile("--report", report, "laporan-skm.html");
      // the report's builder refuses a blank text in its own (English) words
      if (unit != null && unit.isBlank()) {
        err.println(CliText.of("skm.blankUnit").in(errors));
        err.flush();
        return 1;
      }
      if (period != null && period.isBlank()) {
        err.println(CliText.of("skm.blankPeriod").in(errors));
        err.flush();
        return 1;
      }
    }
    try {
      SkmSurvey survey = SkmCsv.read(file, profile, blankAnswers);
      Optional<CliText> unanswered = unanswered(file, survey, language.locale());
      if (unanswered.isPresent()) {
        err.println(unanswered.get().in(errors));
        err.flush();
        return 1;
      }
      SkmResult result = survey.result(weight);
      out.print(result.toTable(language.locale()));
      out.flush();
      if (report != null) {
        writeReport(survey, out);
      }
      return 0;
    } catch (SkmReportFollowUpException e) {
      err.println(
          CliText.of("skm.followUp.problems", followUp.toString(), e.problems().size()).in(errors));
      e.problems().forEach(problem -> err.println("  " + problem.toText(language.locale())));
    } catch (SkmReportIncompleteException e) {
      err.println(
          CliText.of(
                  e.missing() == SkmReportIncompleteException.Detail.UNIT
                      ? "skm.noUnit"
                      : "skm.noPeriod",
                  file.toString())
              .in(errors));
    } catch (ReportException e) {
      err.println(e.getMessage());
    } catch (IllegalStateException | IllegalArgumentException e) {
      err.println(CliText.of("skm.reportIncomplete", e.getMessage()).in(errors));
    } catch (InvalidSurveyFileException e) {
      err.println(CliText.of("skm.problems", file.toString(), e.problems().size()).in(errors));
      e.problems().forEach(problem -> err.println("  " + problem.toText(language.locale())));
    } catch (SurveyFileException e) {
      err.println(unreadable(file, e).in(errors));
    } catch (InvalidSurveyException e) {
      err.println(e.getMessage());
    }
    err.flush();
    return 1;
  }

  private void writeReport(SkmSurvey survey, PrintWriter out) {
    SkmReport.Builder builder =
        SkmReport.builder(survey).weightPolicy(weight).locale(language.locale());
    if (unit != null) {
      builder.unit(unit);
    }
    if (period != null) {
      builder.period(period);
    }
    if (followUp != null) {
      builder.followUp(readFollowUp(survey.profile()));
    }
    SkmReport built = builder.build();
    Path written;
    try {
      written = built.writeTo(report);
    } catch (ReportException e) {
      if (e.getCause() instanceof IOException io) {
        throw new CommandFailure(
            CliText.of("skm.cannotWriteReport", report.toString(), CliFiles.reason(io)), e);
      }
      throw e;
    }
    Messages messages = Messages.of(BUNDLE, language.locale(), SkmCommand.class);
    out.println(messages.text("skm.report.written", written.toString()));
    out.flush();
  }

  private static final String BUNDLE = "dev.prima.examples.skm-command";

  /**
   * The follow-up plan of --follow-up; a file that cannot be read is said in the language of
   * --lang, by the reason the report module gives as the cause.
   */
  private List<FollowUp> readFollowUp(SkmProfile profile) {
    try {
      return FollowUp.read(followUp, profile);
    } catch (SkmReportFollowUpException e) {
      throw e;
    } catch (ReportException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new CommandFailure(CliText.of("skm.followUp.notUtf8", followUp.toString()), e);
      }
      if (e.getCause() instanceof IOException io) {
        throw new CommandFailure(
            CliText.of("skm.followUp.cannotRead", followUp.toString(), CliFiles.reason(io)), e);
      }
      throw e;
    }
  }

  /**
   * The elements nobody answered (possible where blank answers count per element), which have no
   * NRR: the core refuses to score them in its own (English) words.
   */
  static Optional<CliText> unanswered(Path file, SkmSurvey survey, Locale language) {
    SkmProfile profile = survey.profile();
    List<String> names =
        profile.elements().stream()
            .filter(
                element ->
                    survey.responses().stream()
                        .noneMatch(response -> response.answered(element.code())))
            .map(element -> element.code() + " (" + profile.elementName(element, language) + ")")
            .toList();
    if (names.isEmpty() || survey.responses().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        CliText.of("skm.unanswered", file.toString(), String.join(", ", names), names.size()));
  }

  /**
   * Why a survey file cannot be read: not UTF-8 (with how to save it so from Excel), or the file
   * system's reason.
   */
  static CliText unreadable(Path file, SurveyFileException e) {
    if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
      return CliText.of("skm.notUtf8", file.toString());
    }
    if (e.getCause() instanceof java.io.IOException io) {
      return CliText.of("skm.cannotRead", file.toString(), CliFiles.reason(io));
    }
    return CliText.of("failure.library", e.getMessage());
  }

  /** {@code 14-2017} or {@code 25-2004}; anything else is a usage error. */
  static final class ProfileConverter implements ITypeConverter<SkmProfile> {
    @Override
    public SkmProfile convert(String id) {
      try {
        return SkmProfile.byId(id);
      } catch (IllegalArgumentException e) {
        throw new ConversionError("convert.profile", id);
      }
    }
  }

  /** {@code reject} or {@code per-element}; anything else is a usage error. */
  static final class BlankAnswersConverter implements ITypeConverter<BlankAnswers> {
    @Override
    public BlankAnswers convert(String rule) {
      return switch (rule.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "reject" -> BlankAnswers.REJECT;
        case "per-element", "count-per-element" -> BlankAnswers.COUNT_PER_ELEMENT;
        default -> throw new ConversionError("convert.blankAnswers", rule);
      };
    }
  }

  /** {@code exact}, {@code 0.111} or {@code 0.11}; anything else is a usage error. */
  static final class WeightConverter implements ITypeConverter<WeightPolicy> {
    @Override
    public WeightPolicy convert(String id) {
      try {
        return WeightPolicy.byId(id);
      } catch (IllegalArgumentException e) {
        throw new ConversionError("convert.weight", id);
      }
    }
  }
}
