package dev.prima.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

  private final ExportFixture fixture = new ExportFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  private String export(ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExporter.of(options).export(fixture.prima.touchpoints(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesOneQuotedRowPerTouchpointGroupedByCase() {
    fixture.serveThreeCases();

    String csv = export(ExportOptions.ofDefaults());

    List<String> lines = List.of(csv.split("\r\n", -1));
    assertThat(lines.get(0))
        .isEqualTo(
            "case,touchpoint,process,version,element,moment,channel,lane,kind,user,role,start,end,"
                + "duration_ms,outcome,served");
    assertThat(lines).hasSize(1 + 11 + 1).last().isEqualTo("");
    assertThat(lines.subList(1, 12))
        .extracting(line -> line.substring(0, line.indexOf(',')))
        .containsExactly(
            "KK-1", "KK-1", "KTP-1", "KTP-1", "KTP-1", "KTP-1", "KTP-1", "KTP-2", "KTP-2", "KTP-2",
            "KTP-2");
    String verify = lines.get(4);
    assertThat(verify)
        .startsWith("KTP-1,verify:")
        .endsWith(
            ",ktp,1,verify,Documents checked at the counter,counter,FRONTSTAGE,contact,siti,"
                + "counter-officer,2026-11-30T03:26:00.000Z,2026-11-30T03:36:00.000Z,"
                + "600000,COMPLETED,2026-11-30T03:30:00.000Z");
    assertThat(lines.get(6))
        .contains(",collect,\"Card handed over & \"\"signed\"\" <here>\",counter,");
    assertThat(lines.get(11)).contains(",collect,").endsWith(",2026-11-30T04:43:00.000Z,,,ACTIVE,");
  }

  @Test
  @SuppressWarnings("removal") // the deprecated pageSize must still change nothing
  void filtersByService() {
    fixture.serveThreeCases();

    String csv = export(ExportOptions.custom().service("kk").pageSize(1).build());

    assertThat(csv.split("\r\n"))
        .hasSize(3)
        .satisfies(lines -> assertThat(lines[1]).startsWith("KK-1,"))
        .satisfies(lines -> assertThat(lines[2]).endsWith(",180000,CANCELLED,"));
  }
}
