package dev.prima.spring.boot.internal;

import dev.prima.PrimaConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Turns a Prima configuration error (a bad {@code prima.*} value, an unknown role, a missing
 * holiday file, ...) into Spring Boot's start-up failure report: Prima's message, which names the
 * property or setting, the value and the valid form, instead of a stack trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class PrimaFailureAnalyzer
    extends AbstractFailureAnalyzer<PrimaConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, PrimaConfigurationException cause) {
    String message = cause.getMessage();
    int fix = message.indexOf("Fix:");
    String description = fix < 0 ? message : message.substring(0, fix).trim();
    String action =
        fix < 0
            ? "Correct the setting named above (see the prima.* properties in Prima's README)."
            : message.substring(fix + "Fix:".length()).trim();
    return new FailureAnalysis(description, action, cause);
  }
}
