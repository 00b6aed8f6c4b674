package dev.prima.examples;

import dev.prima.Prima;
import dev.prima.journey.Durations;
import dev.prima.models.CertificateApplication;
import dev.prima.people.StaffAccountability;
import dev.prima.strategy.Breach;
import dev.prima.strategy.ServiceStandard;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Prints the service standard, the breaches Prima noticed and the staff accountability view. */
final class TriangleReport {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

  private final Prima prima;
  private final ZoneId zone;

  TriangleReport(Prima prima, ZoneId zone) {
    this.prima = prima;
    this.zone = zone;
  }

  void print(PrintWriter out, List<Breach> breaches, Instant from, Instant to) {
    ServiceStandard standard =
        prima.standards().of(CertificateApplication.PROCESS_KEY).orElseThrow();
    out.printf(
        "%nService standard: %s, lead time %s, fee %s, product %s%n",
        standard.name(),
        standard.leadTime(),
        standard.fee().map(Object::toString).orElse("-"),
        standard.product().orElse("-"));
    out.printf("Requirements: %s%n", String.join("; ", standard.requirements()));
    out.printf("%nBreaches noticed by Prima's timers (%d):%n", breaches.size());
    for (Breach breach : breaches) {
      out.printf(
          "  %s  %-17s %s%s: limit %s, due %s, noticed %s%n",
          breach.caseId(),
          breach.kind(),
          breach.moment() == null ? "case" : "'" + breach.moment() + "'",
          breach.elementId() == null ? "" : " (" + breach.elementId() + ")",
          breach.limit(),
          WHEN.format(breach.due().atZone(zone)),
          WHEN.format(breach.detected().atZone(zone)));
    }
    out.printf("%nStaff accountability (touchpoints served, median handling time, targets met):%n");
    out.printf("  %-15s %-16s %6s %8s %12s%n", "staff", "name", "served", "median", "targets met");
    for (StaffAccountability staff : prima.people().accountability(from, to.plusSeconds(1))) {
      out.printf(
          "  %-15s %-16s %6d %8s %12s%n",
          staff.staffId(),
          staff.name() == null ? "-" : staff.name(),
          staff.served(),
          staff.medianHandlingTime() == null ? "-" : Durations.format(staff.medianHandlingTime()),
          staff.withTarget() == 0 ? "-" : staff.targetsMet() + "/" + staff.withTarget());
    }
  }
}
