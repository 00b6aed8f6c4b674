package dev.prima.report.internal;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Thymeleaf engine of a report page: HTML templates under {@code dev/prima/report/} on the
 * class path (cached), texts {@code #{key}} from one Prima bundle in the context's language.
 */
final class Templates {

  private Templates() {}

  /** An engine whose templates read their texts from the bundle {@code bundleBaseName}. */
  static TemplateEngine engine(String bundleBaseName) {
    ClassLoaderTemplateResolver templates =
        new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
    templates.setPrefix("dev/prima/report/");
    templates.setSuffix(".html");
    templates.setTemplateMode(TemplateMode.HTML);
    templates.setCharacterEncoding("UTF-8");
    templates.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(templates);
    engine.setMessageResolver(new BundleMessageResolver(bundleBaseName));
    return engine;
  }
}
