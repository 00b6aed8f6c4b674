package dev.prima.agency;

import dev.prima.Prima;
import dev.prima.report.ServiceReport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API: a citizen's view of a case, and the service report. */
@RestController
public class CaseApi {

  private final CitizenCases cases;
  private final Prima prima;
  private final SkmResponses skm;

  public CaseApi(CitizenCases cases, Prima prima, SkmResponses skm) {
    this.cases = cases;
    this.prima = prima;
    this.skm = skm;
  }

  /** The citizen's view of one case; 404 with the reason when there is no such case. */
  @GetMapping("/api/cases/{caseKey}/cycle")
  public ResponseEntity<?> cycle(@PathVariable("caseKey") String caseKey) {
    return cases
        .find(caseKey)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(
            () ->
                ResponseEntity.status(404)
                    .body(
                        Map.of(
                            "error",
                            "There is no case '" + caseKey + "'.",
                            "fix",
                            "Check the case key on the receipt, such as P-7KQ2M9XW3A.")));
  }

  /**
   * The HTML service report of a service for the days {@code from} to {@code to} (inclusive, office
   * time zone).
   */
  @GetMapping(value = "/laporan/{service}", produces = MediaType.TEXT_HTML_VALUE)
  public String report(
      @PathVariable("service") String service,
      @RequestParam("from") LocalDate from,
      @RequestParam("to") LocalDate to,
      Locale locale) {
    if (AgencyApplication.SERVICES.stream().noneMatch(s -> s.key().equals(service))) {
      throw new UnknownServiceException(service);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "to must not be before from, but was from " + from + " to " + to);
    }
    ZoneId zone = prima.standards().calendar().zone();
    ServiceReport.Builder report =
        ServiceReport.builder(prima)
            .service(service)
            .period(
                from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant())
            .zone(zone)
            .locale(locale);
    skm.result(service).ifPresent(report::survey);
    return report.build().render();
  }
}
