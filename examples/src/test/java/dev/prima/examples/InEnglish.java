package dev.prima.examples;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test with English as the system's language and restores the language after: for tests
 * that read the commands' English texts, which follow the system's language without --lang, and for
 * tests that set the system's language themselves.
 */
final class InEnglish implements BeforeEachCallback, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(InEnglish.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(NAMESPACE).put(Locale.class, Locale.getDefault());
    Locale.setDefault(Locale.ENGLISH);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Locale.setDefault(context.getStore(NAMESPACE).get(Locale.class, Locale.class));
  }
}
