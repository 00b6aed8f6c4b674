package dev.prima.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.Prima;
import dev.prima.internal.Messages;
import dev.prima.quality.SkmResult;
import dev.prima.report.internal.ReportData;
import dev.prima.report.internal.ReportPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A self-contained HTML report of one service over a period: the BPMN diagram of the latest
 * deployed definition with touchpoint counts, median durations as a heatmap and breaches, the cycle
 * of service (the most common path and the slowest case against the standard's lead time), the SKM
 * result when given, voice and exit figures and staff accountability, each picture with a plain
 * table of its numbers beside it.
 *
 * <p>The page is in Bahasa Indonesia or English ({@link Builder#locale(Locale)}): every heading,
 * label and sentence, with that language's dates and figures ({@code 82,71} / {@code 82.71}). The
 * model's texts (moments, element names in the diagram, the standard's name, product and
 * requirements) are shown in that language where the model gives them ({@code prima.touchpoint.id},
 * {@code prima.name.en}, ...; see {@link dev.prima.system.ModelTexts}), else as modelled; staff
 * names as recorded.
 *
 * <p>The file needs no network: the bpmn-js viewer, its styles and all data are inlined. Data sits
 * in a {@code <script type="application/json">} block with {@code <} escaped, and every text in the
 * HTML is escaped. JavaScript errors are recorded in {@code document.body.dataset.jsErrors} and
 * listed in the element {@code #js-errors}.
 *
 * <pre>{@code
 * ServiceReport.builder(prima)
 *     .service("certificate-application")
 *     .period(from, to)
 *     .locale(Locale.forLanguageTag("id"))
 *     .build()
 *     .writeTo(Path.of("report.html"));
 * }</pre>
 *
 * <p>A case belongs to the period when its first touchpoint started in {@code [from, to)}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ServiceReport {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceReport.class);

  /** The zone times are shown in unless {@link Builder#zone(ZoneId)} says otherwise. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

  private final Prima prima;
  private final String serviceKey;
  private final Instant from;
  private final Instant to;
  private final ZoneId zone;
  private final SkmResult survey;
  private final Locale locale;

  private ServiceReport(Builder builder) {
    this.prima = builder.prima;
    this.serviceKey = builder.serviceKey;
    this.from = builder.from;
    this.to = builder.to;
    this.zone = builder.zone;
    this.survey = builder.survey;
    this.locale = builder.locale;
  }

  /**
   * Starts a report on the journal, standards and engine of {@code prima}.
   *
   * @param prima the running Prima whose journal, standards and engine the report reads
   * @return a builder; {@link Builder#service(String)} and {@link Builder#period(Instant, Instant)}
   *     are required
   */
  public static Builder builder(Prima prima) {
    return new Builder(prima);
  }

  /**
   * Reads the journal and the engine and renders the whole page.
   *
   * @return the whole HTML page, self-contained (scripts and styles inline)
   * @throws ReportException when no definition of the service is deployed
   */
  public String render() {
    ReportData data = ReportData.collect(prima, serviceKey, from, to, zone, survey, locale);
    long began = System.nanoTime();
    String html = ReportPage.render(data, locale);
    LOG.debug(
        "Report of {} rendered in {} ms ({} characters)",
        serviceKey,
        (System.nanoTime() - began) / 1_000_000,
        html.length());
    return html;
  }

  /**
   * Renders the page and writes it to {@code file} in UTF-8, creating its parent directories.
   *
   * @param file the file to write; an existing file is replaced
   * @return the file written, as given
   * @throws ReportException when no definition of the service is deployed
   * @throws UncheckedIOException when the file cannot be written
   */
  public Path writeTo(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    String html = render();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the service report to " + file, e);
    }
  }

  @Override
  public String toString() {
    return "ServiceReport["
        + serviceKey
        + ", "
        + from
        + " to "
        + to
        + ", "
        + zone
        + ", "
        + locale.getLanguage()
        + "]";
  }

  /** Fail-fast settings of a {@link ServiceReport}; service and period are required. */
  public static final class Builder {

    private final Prima prima;
    private String serviceKey;
    private Instant from;
    private Instant to;
    private ZoneId zone = DEFAULT_ZONE;
    private SkmResult survey;
    private Locale locale = Messages.supported(null);

    private Builder(Prima prima) {
      this.prima = Objects.requireNonNull(prima, "prima must not be null");
    }

    /**
     * The process definition key of the service, such as {@code certificate-application}.
     *
     * @param serviceKey the process definition key; not blank
     * @return this builder
     */
    public Builder service(String serviceKey) {
      if (serviceKey == null || serviceKey.isBlank()) {
        throw new IllegalArgumentException(
            "serviceKey must not be blank, but was "
                + (serviceKey == null ? "null" : "'" + serviceKey + "'"));
      }
      this.serviceKey = serviceKey;
      return this;
    }

    /**
     * The period {@code [from, to)}; cases whose first touchpoint started in it are reported.
     *
     * @param from the start of the period, inclusive
     * @param to the end of the period, exclusive; after {@code from}
     * @return this builder
     */
    public Builder period(Instant from, Instant to) {
      Objects.requireNonNull(from, "from must not be null");
      Objects.requireNonNull(to, "to must not be null");
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException("from must be before to, but was " + from + " >= " + to);
      }
      this.from = from;
      this.to = to;
      return this;
    }

    /**
     * The zone times are shown in; {@link #DEFAULT_ZONE} (Asia/Jakarta) by default.
     *
     * @param zone the zone; not null
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone must not be null");
      return this;
    }

    /**
     * The SKM survey result of the service for the period, shown as a card; none by default.
     *
     * @param survey the survey result; not null
     * @return this builder
     */
    public Builder survey(SkmResult survey) {
      this.survey = Objects.requireNonNull(survey, "survey must not be null");
      return this;
    }

    /**
     * The language of the page: Bahasa Indonesia for {@code id} (or the old code {@code in}),
     * English for any other locale. By default the JVM's default locale decides, in the same way.
     *
     * @param locale the reader's locale, such as {@code Locale.forLanguageTag("id")}
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Messages.supported(Objects.requireNonNull(locale, "locale must not be null"));
      return this;
    }

    /**
     * @return the report, ready to {@link ServiceReport#render()}
     * @throws IllegalStateException when the service or the period is missing
     */
    public ServiceReport build() {
      if (serviceKey == null) {
        throw new IllegalStateException("service(key) is required, but was not set");
      }
      if (from == null) {
        throw new IllegalStateException("period(from, to) is required, but was not set");
      }
      return new ServiceReport(this);
    }
  }
}
