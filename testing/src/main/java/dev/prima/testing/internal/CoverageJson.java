package dev.prima.testing.internal;

import dev.prima.testing.CoverageReport;
import dev.prima.testing.ProcessCoverage;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;

/** A coverage report as JSON; hand-written to keep prima-testing free of a JSON library. */
public final class CoverageJson {

  private CoverageJson() {}

  public static String of(CoverageReport report) {
    StringBuilder json = new StringBuilder();
    json.append("{\n");
    json.append("  \"name\": ").append(string(report.name())).append(",\n");
    json.append("  \"coverage\": ").append(number(report.ratio())).append(",\n");
    json.append("  \"processes\": [");
    Iterator<ProcessCoverage> processes = report.processes().values().iterator();
    while (processes.hasNext()) {
      ProcessCoverage process = processes.next();
      json.append("\n    {\n");
      json.append("      \"processKey\": ").append(string(process.processKey())).append(",\n");
      json.append("      \"coverage\": ").append(number(process.ratio())).append(",\n");
      json.append("      \"flowNodes\": ")
          .append(
              counts(
                  process.flowNodes().size(),
                  process.coveredFlowNodes().size(),
                  process.missedFlowNodes()))
          .append(",\n");
      json.append("      \"sequenceFlows\": ")
          .append(
              counts(
                  process.sequenceFlows().size(),
                  process.coveredSequenceFlows().size(),
                  process.missedSequenceFlows()))
          .append("\n    }");
      if (processes.hasNext()) {
        json.append(',');
      }
    }
    json.append(report.processes().isEmpty() ? "]\n" : "\n  ]\n");
    json.append("}\n");
    return json.toString();
  }

  private static String counts(int total, int covered, Collection<String> notCovered) {
    StringBuilder json = new StringBuilder();
    json.append("{\"total\": ")
        .append(total)
        .append(", \"covered\": ")
        .append(covered)
        .append(", \"notCovered\": [");
    Iterator<String> ids = notCovered.iterator();
    while (ids.hasNext()) {
      json.append(string(ids.next()));
      if (ids.hasNext()) {
        json.append(", ");
      }
    }
    return json.append("]}").toString();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  static String string(String value) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
