package dev.prima.report.internal;

import dev.prima.report.ReportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The files inlined into every report, read once from the classpath. */
final class Assets {

  static final String VIEWER = "bpmn-viewer.production.min.js";
  static final String BPMN_JS_CSS = "bpmn-js.css";
  static final String DIAGRAM_JS_CSS = "diagram-js.css";
  static final String REPORT_CSS = "report.css";
  static final String REPORT_JS = "report.js";
  static final String ERRORS_JS = "errors.js";

  private static final String FOLDER = "/dev/prima/report/";
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Assets() {}

  /** The text of a script, checked so that it cannot end its {@code <script>} element early. */
  static String script(String name) {
    String text = text(name);
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("</script") || lower.contains("<script")) {
      throw new ReportException(
          "The script "
              + FOLDER
              + name
              + " contains '<script' or '</script' and cannot be inlined into a report."
              + " Fix: pin a bpmn-js version in report/package.json whose bundle has neither.");
    }
    return text;
  }

  /** The text of a style sheet, checked so that it cannot end its {@code <style>} element early. */
  static String style(String name) {
    String text = text(name);
    if (text.toLowerCase(Locale.ROOT).contains("</style")) {
      throw new ReportException(
          "The style sheet " + FOLDER + name + " contains '</style' and cannot be inlined.");
    }
    return text;
  }

  private static String text(String name) {
    return CACHE.computeIfAbsent(name, Assets::read);
  }

  private static String read(String name) {
    try (InputStream in = Assets.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new ReportException(
            "The report asset "
                + FOLDER
                + name
                + " is not on the classpath. Fix: build prima-report with Maven, which runs"
                + " 'npm ci' in report/ and copies the bpmn-js viewer into the jar.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportException("Cannot read the report asset " + FOLDER + name, e);
    }
  }
}
