package dev.prima.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.prima.touchpoint.Touchpoint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class XesExporterTest {

  private final ExportFixture fixture = new ExportFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  private byte[] export(ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XesExporter.of(options).export(fixture.prima.touchpoints(), out);
    return out.toByteArray();
  }

  @Test
  void writesAValidLogWithOneTracePerCaseAndStartAndEndEventsInTimeOrder() throws Exception {
    // given
    fixture.serveThreeCases();

    // when
    byte[] xes = export(ExportOptions.ofDefaults());

    // then
    XesLog.validate(xes);
    XesLog log = XesLog.read(xes);
    assertThat(log.xesVersion).isEqualTo("1849.2016");
    assertThat(log.extensions)
        .extracting(XesLog.Extension::prefix, XesLog.Extension::uri)
        .containsExactly(
            tuple("concept", "http://www.xes-standard.org/concept.xesext"),
            tuple("time", "http://www.xes-standard.org/time.xesext"),
            tuple("lifecycle", "http://www.xes-standard.org/lifecycle.xesext"),
            tuple("org", "http://www.xes-standard.org/org.xesext"),
            tuple("prima", "https://prima.dev/xes/prima.xesext"));
    assertThat(log.traces).extracting(XesLog.Trace::name).containsExactly("KK-1", "KTP-1", "KTP-2");
    assertThat(log.traces.get(1).events())
        .extracting(
            e -> e.get("concept:name"),
            e -> e.get("lifecycle:transition"),
            e -> e.get("time:timestamp"),
            e -> e.get("org:resource"))
        .containsExactly(
            tuple("Application submitted online", "start", "2026-11-30T03:26:00.000Z", null),
            tuple("Application submitted online", "complete", "2026-11-30T03:26:00.000Z", null),
            // siti called the citizen at 03:30: waiting from 03:26, served from 03:30
            tuple(
                "Documents checked at the counter", "schedule", "2026-11-30T03:26:00.000Z", "siti"),
            tuple("Documents checked at the counter", "assign", "2026-11-30T03:30:00.000Z", "siti"),
            tuple("Documents checked at the counter", "start", "2026-11-30T03:30:00.000Z", "siti"),
            tuple(
                "Documents checked at the counter", "complete", "2026-11-30T03:36:00.000Z", "siti"),
            tuple("Data recorded", "start", "2026-11-30T03:36:00.000Z", null),
            tuple("Data recorded", "complete", "2026-11-30T03:36:00.000Z", null),
            tuple(
                "Card handed over & \"signed\" <here>",
                "start",
                "2026-11-30T03:36:00.000Z",
                "budi"),
            tuple(
                "Card handed over & \"signed\" <here>",
                "complete",
                "2026-11-30T03:41:00.000Z",
                "budi"),
            // the end event ran in budi's command
            tuple("Card issued", "start", "2026-11-30T03:41:00.000Z", "budi"),
            tuple("Card issued", "complete", "2026-11-30T03:41:00.000Z", "budi"));
    XesLog.Event verified = log.traces.get(1).events().get(5);
    assertThat(verified.attributes())
        .containsEntry("org:role", "counter-officer")
        .containsEntry("prima:process", "ktp")
        .containsEntry("prima:version", "1")
        .containsEntry("prima:element", "verify")
        .containsEntry("prima:channel", "counter")
        .containsEntry("prima:lane", "FRONTSTAGE")
        .containsEntry("prima:kind", "contact")
        .containsEntry("prima:outcome", "COMPLETED")
        .containsEntry("prima:duration_ms", "600000");
  }

  @Test
  void endsACancelledTouchpointWithPiAbortAndLeavesAnActiveOneWithoutAnEnd() throws Exception {
    fixture.serveThreeCases();

    XesLog log = XesLog.read(export(ExportOptions.ofDefaults()));

    assertThat(log.traces.get(0).events())
        .extracting(
            e -> e.get("prima:element"),
            e -> e.get("lifecycle:transition"),
            e -> e.get("prima:outcome"))
        .containsExactly(
            tuple("start", "start", "COMPLETED"),
            tuple("start", "complete", "COMPLETED"),
            tuple("serve", "start", "CANCELLED"),
            tuple("serve", "pi_abort", "CANCELLED"));
    assertThat(log.traces.get(2).events())
        .extracting(e -> e.get("prima:element"), e -> e.get("lifecycle:transition"))
        .endsWith(tuple("record", "complete"), tuple("collect", "start"));
  }

  @Test
  void roundTripFindsEveryJournalTouchpointWithItsStartAndEndInstants() throws Exception {
    fixture.serveThreeCases();
    List<Touchpoint> journal = fixture.prima.touchpoints().query().list();

    XesLog log = XesLog.read(export(ExportOptions.ofDefaults()));

    long endedInJournal = journal.stream().filter(t -> t.end() != null).count();
    long servedInJournal = journal.stream().filter(t -> t.served() != null).count();
    assertThat(servedInJournal).isEqualTo(1);
    assertThat(log.traces.stream().mapToLong(t -> t.events().size()).sum())
        .isEqualTo(journal.size() + endedInJournal + 2 * servedInJournal);
    for (Touchpoint touchpoint : journal) {
      List<XesLog.Event> ofTouchpoint =
          log.traces.stream()
              .filter(t -> t.name().equals(touchpoint.caseId()))
              .flatMap(t -> t.events().stream())
              .filter(e -> touchpoint.id().equals(e.get("concept:instance")))
              .toList();
      assertThat(ofTouchpoint)
          .as("events of %s", touchpoint)
          .hasSize((touchpoint.end() == null ? 1 : 2) + (touchpoint.served() == null ? 0 : 2));
      assertThat(OffsetDateTime.parse(ofTouchpoint.get(0).get("time:timestamp")).toInstant())
          .isEqualTo(touchpoint.start());
      if (touchpoint.served() != null) {
        assertThat(ofTouchpoint.subList(1, 3))
            .extracting(e -> e.get("lifecycle:transition"), e -> instant(e))
            .containsExactly(
                tuple("assign", touchpoint.served()), tuple("start", touchpoint.served()));
      }
      if (touchpoint.end() != null) {
        assertThat(instant(ofTouchpoint.get(ofTouchpoint.size() - 1))).isEqualTo(touchpoint.end());
      }
      assertThat(ofTouchpoint.get(0).get("concept:name")).isEqualTo(touchpoint.moment());
    }
    assertThat(log.traces.get(0).events().get(0).get("time:timestamp"))
        .isEqualTo("2026-11-30T05:43:00.000Z");
  }

  @Test
  void filtersByServiceAndTimeWindow() throws Exception {
    fixture.serveThreeCases();

    XesLog ktp = XesLog.read(export(ExportOptions.custom().service("ktp").build()));
    XesLog window =
        XesLog.read(
            export(
                ExportOptions.custom()
                    .between(
                        ExportFixture.T0.plus(Duration.ofMinutes(30)),
                        ExportFixture.T0.plus(Duration.ofHours(2)))
                    .build()));

    assertThat(ktp.traces).extracting(XesLog.Trace::name).containsExactly("KTP-1", "KTP-2");
    assertThat(window.traces).extracting(XesLog.Trace::name).containsExactly("KTP-2");
  }

  @Test
  @SuppressWarnings("removal") // the deprecated pageSize must still change nothing
  void smallPagesWriteTheSameLogAsOnePage() {
    fixture.serveThreeCases();

    byte[] onePage = export(ExportOptions.ofDefaults());
    byte[] pagesOfTwo = export(ExportOptions.custom().pageSize(2).build());

    assertThat(new String(pagesOfTwo, StandardCharsets.UTF_8))
        .isEqualTo(new String(onePage, StandardCharsets.UTF_8));
    assertThat(new String(onePage, StandardCharsets.UTF_8).split("<trace>", -1)).hasSize(4);
  }

  @Test
  void anEmptyJournalIsAValidLogWithoutTraces() throws Exception {
    byte[] xes = export(ExportOptions.ofDefaults());

    XesLog.validate(xes);
    assertThat(XesLog.read(xes).traces).isEmpty();
  }

  @Test
  void writesTheOfficesOffsetWhenAskedForAZone() throws Exception {
    fixture.serveThreeCases();

    byte[] xes = export(ExportOptions.custom().zone(ZoneId.of("Asia/Jakarta")).build());

    XesLog.validate(xes);
    assertThat(XesLog.read(xes).traces.get(1).events())
        .extracting(e -> e.get("time:timestamp"))
        .startsWith("2026-11-30T10:26:00.000+07:00", "2026-11-30T10:26:00.000+07:00");
  }

  @Test
  void thePublishedSchemaRejectsAVersionThatIsNotADecimalAndADateThatIsNotADate() {
    String dashedVersion = "<log xes.version=\"1849-2016\"><trace/></log>";
    String badDate =
        "<log xes.version=\"1849.2016\"><trace><date key=\"time:timestamp\" value=\"today\"/>"
            + "</trace></log>";

    assertThatThrownBy(() -> XesLog.validate(dashedVersion.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SAXException.class)
        .hasMessageContaining("1849-2016")
        .hasMessageContaining("decimal");
    assertThatThrownBy(() -> XesLog.validate(badDate.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SAXException.class)
        .hasMessageContaining("today");
  }

  private static java.time.Instant instant(XesLog.Event event) {
    return OffsetDateTime.parse(event.get("time:timestamp")).toInstant();
  }
}
