package dev.prima.examples;

import dev.prima.Prima;
import dev.prima.internal.Messages;
import dev.prima.journey.Durations;
import dev.prima.models.CertificateApplication;
import dev.prima.people.StaffAccountability;
import dev.prima.strategy.Breach;
import dev.prima.strategy.BreachKind;
import dev.prima.strategy.ServiceStandard;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Prints the service standard, the breaches Prima noticed and the staff accountability view. */
final class TriangleReport {

  private final Prima prima;
  private final ZoneId zone;
  private final Messages texts;
  private final DateTimeFormatter when;

  TriangleReport(Prima prima, ZoneId zone, Messages texts) {
    this.prima = prima;
    this.zone = zone;
    this.texts = texts;
    this.when = DateTimeFormatter.ofPattern(texts.text("triangle.when"), texts.locale());
  }

  void print(PrintWriter out, List<Breach> breaches, Instant from, Instant to) {
    ServiceStandard standard =
        prima.standards().of(CertificateApplication.PROCESS_KEY, texts.locale()).orElseThrow();
    out.println();
    out.println(
        texts.text(
            "triangle.standard",
            standard.name(),
            standard.leadTime().toText(texts.locale()),
            standard.fee().map(fee -> fee.toText(texts.locale())).orElse("-"),
            standard.product().orElse("-")));
    out.println(texts.text("triangle.requirements", String.join("; ", standard.requirements())));
    out.println();
    out.println(texts.text("triangle.breaches", breaches.size()));
    int kindWidth = 1;
    for (Breach breach : breaches) {
      kindWidth = Math.max(kindWidth, kindText(breach.kind()).length());
    }
    for (Breach breach : breaches) {
      String what =
          (breach.moment() == null
                  ? texts.text("triangle.breach.case")
                  : "'" + momentOf(breach) + "'")
              + (breach.elementId() == null ? "" : " (" + breach.elementId() + ")");
      out.printf(
          "  %s  %-" + kindWidth + "s %s%n",
          breach.caseId(),
          kindText(breach.kind()),
          texts.text(
              "triangle.breach.line",
              what,
              breach.limit(),
              when.format(breach.due().atZone(zone)),
              when.format(breach.detected().atZone(zone))));
    }
    out.println();
    out.println(texts.text("triangle.staff"));
    out.printf(
        "  %-15s %-16s %6s %8s %12s%n",
        texts.text("triangle.staff.id"),
        texts.text("triangle.staff.name"),
        texts.text("triangle.staff.served"),
        texts.text("triangle.staff.median"),
        texts.text("triangle.staff.targetsMet"));
    for (StaffAccountability staff : prima.people().accountability(from, to.plusSeconds(1))) {
      out.printf(
          "  %-15s %-16s %6d %8s %12s%n",
          staff.staffId(),
          staff.name() == null ? "-" : staff.name(),
          staff.served(),
          staff.medianHandlingTime() == null
              ? "-"
              : Durations.format(staff.medianHandlingTime(), texts.locale()),
          staff.withTarget() == 0 ? "-" : staff.targetsMet() + "/" + staff.withTarget());
    }
  }

  private String kindText(BreachKind kind) {
    return texts.text("breach." + kind.name());
  }

  /** The breached moment as the latest model names it in the reader's language. */
  private String momentOf(Breach breach) {
    if (breach.elementId() == null) {
      return breach.moment();
    }
    return prima
        .processEngine()
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .processDefinitionKey(breach.processDefinitionKey())
        .latestVersion()
        .list()
        .stream()
        .findFirst()
        .flatMap(
            definition ->
                prima.modelTexts().momentOf(definition.getId(), breach.elementId(), texts.locale()))
        .orElse(breach.moment());
  }
}
