package dev.prima.testing.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.prima.internal.JsonLayout;
import dev.prima.testing.CoverageReport;
import dev.prima.testing.ProcessCoverage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Locale;

/** A coverage report as JSON (jackson-core's generator): one member a line down to a process. */
public final class CoverageJson {

  private CoverageJson() {}

  public static String of(CoverageReport report) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JsonLayout.generator(out, 3, false)) {
      json.writeStartObject();
      json.writeStringField("name", report.name());
      json.writeFieldName("coverage");
      json.writeNumber(ratio(report.ratio()));
      json.writeArrayFieldStart("processes");
      for (ProcessCoverage process : report.processes().values()) {
        json.writeStartObject();
        json.writeStringField("processKey", process.processKey());
        json.writeFieldName("coverage");
        json.writeNumber(ratio(process.ratio()));
        counts(
            json,
            "flowNodes",
            process.flowNodes().size(),
            process.coveredFlowNodes().size(),
            process.missedFlowNodes());
        counts(
            json,
            "sequenceFlows",
            process.sequenceFlows().size(),
            process.coveredSequenceFlows().size(),
            process.missedSequenceFlows());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      // a StringWriter does not fail
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void counts(
      JsonGenerator json, String name, int total, int covered, Collection<String> notCovered)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("total", total);
    json.writeNumberField("covered", covered);
    json.writeArrayFieldStart("notCovered");
    for (String id : notCovered) {
      json.writeString(id);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** Four decimals, as a JSON number. */
  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
