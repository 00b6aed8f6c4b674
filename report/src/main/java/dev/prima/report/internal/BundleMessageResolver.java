package dev.prima.report.internal;

import dev.prima.internal.Messages;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.unbescape.html.HtmlEscape;

/**
 * Resolves the template's {@code #{key(args)}} from one Prima bundle in the context's language. A
 * key ending in {@code .html} is markup (for {@code th:utext}): its text arguments are escaped
 * before they are placed. A missing key fails the rendering instead of printing a placeholder.
 */
final class BundleMessageResolver implements IMessageResolver {

  private final String baseName;
  private final Map<Locale, Messages> bundles = new ConcurrentHashMap<>();

  BundleMessageResolver(String baseName) {
    this.baseName = baseName;
  }

  @Override
  public String getName() {
    return "prima:" + baseName;
  }

  @Override
  public Integer getOrder() {
    return 0;
  }

  @Override
  public String resolveMessage(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    Messages messages =
        bundles.computeIfAbsent(
            Messages.supported(context.getLocale()),
            locale -> Messages.of(baseName, locale, BundleMessageResolver.class));
    Object[] arguments = messageParameters == null ? new Object[0] : messageParameters.clone();
    if (key.endsWith(".html")) {
      for (int i = 0; i < arguments.length; i++) {
        if (arguments[i] instanceof CharSequence text) {
          arguments[i] = HtmlEscape.escapeHtml4Xml(text.toString());
        }
      }
    }
    return messages.text(key, arguments);
  }

  @Override
  public String createAbsentMessageRepresentation(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    throw new IllegalStateException("No text '" + key + "' in " + baseName);
  }
}
