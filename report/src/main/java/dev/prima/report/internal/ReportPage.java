package dev.prima.report.internal;

import dev.prima.internal.Messages;
import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a {@link ReportData} as one HTML page with every script and style inlined: the template
 * {@code dev/prima/report/service-report.html}, texts from the bundle {@code
 * dev.prima.report.messages}.
 */
public final class ReportPage {

  /** The page's bundle. */
  static final String BUNDLE = "dev.prima.report.messages";

  private static final TemplateEngine ENGINE = Templates.engine(BUNDLE);

  private ReportPage() {}

  /** The whole page in {@code locale}'s language (Indonesian or English). */
  public static String render(ReportData data, Locale locale) {
    Messages messages = Messages.of(BUNDLE, locale, ReportPage.class);
    Formats formats = new Formats(messages, data.zone());
    Context context = new Context(messages.locale());
    context.setVariable("v", new ReportView(data, formats));
    context.setVariable("data", DataBlock.write(data, formats));
    context.setVariable("errorsJs", Assets.script(Assets.ERRORS_JS));
    context.setVariable(
        "styles",
        java.util.List.of(
            Assets.style(Assets.DIAGRAM_JS_CSS),
            Assets.style(Assets.BPMN_JS_CSS),
            Assets.style(Assets.REPORT_CSS)));
    context.setVariable("viewerJs", Assets.script(Assets.VIEWER));
    context.setVariable("reportJs", Assets.script(Assets.REPORT_JS));
    return ENGINE.process("service-report", context);
  }
}
