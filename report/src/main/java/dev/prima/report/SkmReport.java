package dev.prima.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.internal.IoReasons;
import dev.prima.internal.Messages;
import dev.prima.quality.SkmElement;
import dev.prima.quality.SkmProfile;
import dev.prima.quality.SkmRespondent;
import dev.prima.quality.SkmResponse;
import dev.prima.quality.SkmResult;
import dev.prima.quality.SkmSurvey;
import dev.prima.quality.WeightPolicy;
import dev.prima.report.internal.SkmReportFollowUpCsv;
import dev.prima.report.internal.SkmReportPage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The printable report of a community satisfaction survey (laporan hasil SKM) in the outline of
 * Permenpan RB 14/2017: the respondents and their profile, the score of each element (total, NRR,
 * weighted NRR), the IKM with its conversion (nilai interval, nilai interval konversi, mutu
 * pelayanan, kinerja unit pelayanan), the three weakest elements, the follow-up plan (rencana
 * tindak lanjut) and a conclusion, with the answers of every respondent as an annex.
 *
 * <p>One self-contained HTML file (no network, no script) with print styles for A4; Bahasa
 * Indonesia by default, English on request. The figures are those of {@link
 * SkmResult#toTable(Locale)} to the last decimal.
 *
 * <pre>{@code
 * SkmReport.builder(SkmCsv.read(Path.of("skm-2025-s2.csv"), SkmProfile.PERMENPAN_14_2017))
 *     .unit("Kecamatan Coblong")
 *     .period("Semester II 2025")
 *     .followUp(Path.of("rtl-2025-s2.csv"))
 *     .build()
 *     .writeTo(Path.of("laporan-skm.html"));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class SkmReport {

  private final SkmResult result;
  private final SkmSurvey survey;
  private final String unit;
  private final String period;
  private final Locale locale;
  private final List<FollowUp> followUp;
  private final LocalDate date;

  private SkmReport(Builder builder, SkmResult result, String unit, String period) {
    this.result = result;
    this.survey = builder.survey;
    this.unit = unit;
    this.period = period;
    this.locale = builder.locale;
    this.followUp = builder.followUp;
    this.date = builder.date;
  }

  /**
   * Starts a report on all responses of {@code survey}: with their profile (sex, education,
   * occupation, service) and every respondent's answers as an annex, scored with exact weights
   * unless {@link Builder#weightPolicy(WeightPolicy)} says otherwise.
   *
   * @param survey the responses, at least one
   * @return a builder in Bahasa Indonesia
   */
  public static Builder builder(SkmSurvey survey) {
    Objects.requireNonNull(survey, "survey must not be null");
    return new Builder(survey, null);
  }

  /**
   * Starts a report on a result scored already, for example from an agency's tally of element
   * totals: without a respondent profile or annex, which only responses give.
   *
   * @param result the scored survey
   * @return a builder in Bahasa Indonesia
   */
  public static Builder builder(SkmResult result) {
    Objects.requireNonNull(result, "result must not be null");
    return new Builder(null, result);
  }

  /**
   * The scores the report shows.
   *
   * @return the result, scored once when the report was built
   */
  public SkmResult result() {
    return result;
  }

  /**
   * The service unit the report is about.
   *
   * @return the unit, such as {@code Kecamatan Coblong}
   */
  public String unit() {
    return unit;
  }

  /**
   * The survey period the report is about.
   *
   * @return the period, such as {@code Semester II 2025}
   */
  public String period() {
    return period;
  }

  /**
   * The language of the report.
   *
   * @return Bahasa Indonesia ({@code id}) or {@link Locale#ENGLISH}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The follow-up plan shown; empty when the table is left for the agency to fill in by hand.
   *
   * @return the planned actions in the order given
   */
  public List<FollowUp> followUp() {
    return followUp;
  }

  /**
   * Renders the whole page.
   *
   * @return the HTML document
   */
  public String render() {
    return SkmReportPage.render(
        new SkmReportPage.Input(result, survey, unit, period, locale, followUp, date));
  }

  /**
   * Renders the page and writes it to {@code file} in UTF-8, creating its parent directories.
   *
   * @param file where to write, replaced if it exists
   * @return {@code file}
   * @throws ReportException naming the file and the reason when it cannot be written
   */
  public Path writeTo(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    String html = render();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, html, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new ReportException(
          "Cannot write the SKM report to "
              + file
              + ": "
              + IoReasons.of(e)
              + ". Fix: choose a file in a directory you may write to.",
          e);
    }
  }

  /**
   * One planned action of the follow-up plan (rencana tindak lanjut): which element it improves,
   * the problem found, the programme or activity, when, and who is responsible.
   *
   * @param element the element improved (prioritas unsur)
   * @param problem the problem found, or empty
   * @param programme the programme or activity (program/kegiatan)
   * @param time when it is done (waktu), such as {@code Triwulan I 2026}
   * @param responsible who is responsible (penanggung jawab)
   */
  public record FollowUp(
      SkmElement element, String problem, String programme, String time, String responsible) {

    /**
     * @param element the element improved (prioritas unsur)
     * @param problem the problem found; {@code null} becomes empty
     * @param programme the programme or activity (program/kegiatan)
     * @param time when it is done (waktu), such as {@code Triwulan I 2026}
     * @param responsible who is responsible (penanggung jawab)
     * @throws IllegalArgumentException if a text other than {@code problem} is blank
     */
    public FollowUp {
      Objects.requireNonNull(element, "element must not be null");
      problem = problem == null ? "" : problem.strip();
      programme = required(programme, "programme", element);
      time = required(time, "time", element);
      responsible = required(responsible, "responsible", element);
    }

    /**
     * A planned action.
     *
     * @param element the element improved
     * @param problem the problem found, or empty or {@code null}
     * @param programme the programme or activity
     * @param time when it is done
     * @param responsible who is responsible
     * @return the action
     * @throws IllegalArgumentException if a text other than {@code problem} is blank
     */
    public static FollowUp of(
        SkmElement element, String problem, String programme, String time, String responsible) {
      return new FollowUp(element, problem, programme, time, responsible);
    }

    /**
     * Reads a follow-up plan: a CSV file in UTF-8 (a byte order mark is allowed) with a header row,
     * separated by {@code ;} or {@code ,} (whichever the header uses), one planned action a row:
     *
     * <pre>
     * unsur;masalah;program/kegiatan;waktu;penanggung jawab
     * U3;Antrean KTP-el panjang;Menambah loket pada hari Senin;Triwulan I 2026;Kepala Seksi Pelayanan
     * </pre>
     *
     * <p>The columns may stand in any order and may have their English names ({@code element},
     * {@code problem}, {@code programme}, {@code time}, {@code responsible}); {@code masalah} may
     * be left out or empty, other columns (such as {@code no}) are ignored. {@code unsur} holds an
     * element code of {@code profile}, optionally followed by its name ({@code U3 Waktu
     * penyelesaian}). Blank lines are skipped.
     *
     * @param file the plan
     * @param profile the regulation whose element codes the plan names
     * @return the planned actions in file order, at least one
     * @throws SkmReportFollowUpException listing every bad row with its line number; nothing is
     *     read then
     * @throws ReportException naming the file when it cannot be read or is not UTF-8
     */
    public static List<FollowUp> read(Path file, SkmProfile profile) {
      Objects.requireNonNull(file, "file must not be null");
      Objects.requireNonNull(profile, "profile must not be null");
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
      } catch (CharacterCodingException e) {
        throw new ReportException(
            "Cannot read the follow-up plan "
                + file
                + ": it is not UTF-8. Fix: save it as CSV UTF-8 (in a spreadsheet: Save as, CSV"
                + " UTF-8).",
            e);
      } catch (IOException e) {
        throw new ReportException(
            "Cannot read the follow-up plan "
                + file
                + ": "
                + IoReasons.of(e)
                + ". Fix: check the path.",
            e);
      }
      return SkmReportFollowUpCsv.read(text, file.toString(), profile);
    }

    private static String required(String text, String name, SkmElement element) {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException(
            "the follow-up for " + element + " needs a " + name + ", but it was blank");
      }
      return text.strip();
    }
  }

  /** Collects what the report shows; {@link #build()} checks it and scores the survey. */
  public static final class Builder {
    private final SkmSurvey survey;
    private final SkmResult result;
    private WeightPolicy weightPolicy;
    private String unit;
    private String period;
    private Locale locale = Messages.supported(null);
    private List<FollowUp> followUp = List.of();
    private Path followUpFile;
    private LocalDate date;

    private Builder(SkmSurvey survey, SkmResult result) {
      this.survey = survey;
      this.result = result;
    }

    /**
     * The service unit (unit pelayanan). Optional when every response names the same unit.
     *
     * @param unit such as {@code Kecamatan Coblong}
     * @return this builder
     * @throws IllegalArgumentException if {@code unit} is blank
     */
    public Builder unit(String unit) {
      this.unit = nonBlank(unit, "unit", "Kecamatan Coblong");
      return this;
    }

    /**
     * The survey period as the agency names it. Optional when every response is dated: the report
     * then gives the first and last day.
     *
     * @param period such as {@code Semester II 2025} or {@code Juli - Desember 2025}
     * @return this builder
     * @throws IllegalArgumentException if {@code period} is blank
     */
    public Builder period(String period) {
      this.period = nonBlank(period, "period", "Semester II 2025");
      return this;
    }

    /**
     * The language: Bahasa Indonesia or English. Default: the JVM's language (Indonesian where it
     * is Indonesian, English otherwise), as everywhere in Prima.
     *
     * @param locale {@code id} for Bahasa Indonesia, any other language for English
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Messages.supported(Objects.requireNonNull(locale, "locale must not be null"));
      return this;
    }

    /**
     * How elements are weighted; exact 1/n unless given. Only for a report on a survey: a result is
     * weighted already.
     *
     * @param weightPolicy the policy
     * @return this builder
     * @throws IllegalStateException if the report is built on a result
     */
    public Builder weightPolicy(WeightPolicy weightPolicy) {
      Objects.requireNonNull(weightPolicy, "weightPolicy must not be null");
      if (result != null) {
        throw new IllegalStateException(
            "the result was weighted already ("
                + result.weightPolicy().id()
                + "): start from the survey, SkmReport.builder(survey), to choose the weight");
      }
      this.weightPolicy = weightPolicy;
      return this;
    }

    /**
     * The follow-up plan. Without one the report has an empty plan table, headed by the three
     * weakest elements, to fill in by hand.
     *
     * @param followUp the planned actions, each on an element of the survey's profile
     * @return this builder
     */
    public Builder followUp(List<FollowUp> followUp) {
      this.followUp = List.copyOf(Objects.requireNonNull(followUp, "followUp must not be null"));
      this.followUpFile = null;
      return this;
    }

    /**
     * The follow-up plan from a file in the format of {@link FollowUp#read(Path, SkmProfile)}, read
     * by {@link #build()}.
     *
     * @param file the plan
     * @return this builder
     */
    public Builder followUp(Path file) {
      this.followUpFile = Objects.requireNonNull(file, "file must not be null");
      this.followUp = List.of();
      return this;
    }

    /**
     * The date the report is signed, printed above the signature; without it the line is left blank
     * to write by hand.
     *
     * @param date the day
     * @return this builder
     */
    public Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date must not be null");
      return this;
    }

    /**
     * Scores the survey, reads the follow-up file if one was given and checks that everything fits
     * together.
     *
     * @return the report
     * @throws dev.prima.quality.InvalidSurveyException if the survey has no responses
     * @throws SkmReportFollowUpException if the follow-up file has bad rows
     * @throws ReportException if the follow-up file cannot be read
     * @throws SkmReportIncompleteException if the unit or the period is neither given nor found in
     *     every response
     * @throws IllegalStateException if a follow-up names an element of another profile
     */
    public SkmReport build() {
      SkmResult scored =
          result != null
              ? result
              : survey.result(weightPolicy == null ? WeightPolicy.EXACT : weightPolicy);
      SkmProfile profile = scored.profile();
      if (followUpFile != null) {
        followUp = FollowUp.read(followUpFile, profile);
      }
      for (FollowUp action : followUp) {
        if (!profile.elements().contains(action.element())) {
          throw new IllegalStateException(
              "the follow-up for "
                  + action.element()
                  + " names no element of "
                  + profile
                  + ": use one of "
                  + profile.codes());
        }
      }
      String theUnit = unit != null ? unit : commonUnit().orElseThrow(this::noUnit);
      String thePeriod = period != null ? period : datedSpan().orElseThrow(this::noPeriod);
      return new SkmReport(this, scored, theUnit, thePeriod);
    }

    private Optional<String> commonUnit() {
      if (survey == null) {
        return Optional.empty();
      }
      Set<String> units =
          survey.responses().stream()
              .map(response -> response.respondent().unit())
              .collect(Collectors.toSet());
      return units.size() == 1 ? Optional.ofNullable(units.iterator().next()) : Optional.empty();
    }

    private Optional<String> datedSpan() {
      if (survey == null
          || survey.responses().stream().anyMatch(r -> r.respondent().date() == null)) {
        return Optional.empty();
      }
      List<LocalDate> dates =
          survey.responses().stream()
              .map(SkmResponse::respondent)
              .map(SkmRespondent::date)
              .sorted()
              .toList();
      DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
      LocalDate first = dates.get(0);
      LocalDate last = dates.get(dates.size() - 1);
      return Optional.of(
          first.equals(last) ? day.format(first) : day.format(first) + " – " + day.format(last));
    }

    private IllegalStateException noUnit() {
      return new SkmReportIncompleteException(
          SkmReportIncompleteException.Detail.UNIT,
          "the report needs the service unit: give it with unit(\"Kecamatan Coblong\")"
              + (survey == null
                  ? ""
                  : " (the responses do not all name the same unit, so none was taken from them)"));
    }

    private IllegalStateException noPeriod() {
      return new SkmReportIncompleteException(
          SkmReportIncompleteException.Detail.PERIOD,
          "the report needs the survey period: give it with period(\"Semester II 2025\")"
              + (survey == null
                  ? ""
                  : " (not every response is dated, so the period was not taken from them)"));
    }

    private static String nonBlank(String text, String name, String example) {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException(
            name
                + " must not be blank: give it as the agency writes it, such as '"
                + example
                + "'");
      }
      return text.strip();
    }
  }
}
