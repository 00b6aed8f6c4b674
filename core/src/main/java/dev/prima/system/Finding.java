package dev.prima.system;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem in a BPMN model, measured against the service triangle.
 *
 * <p>{@link #message()} and {@link #fix()} are English; {@link #message(Locale)}, {@link
 * #fix(Locale)} and {@link #toText(Locale)} give them in Bahasa Indonesia too, for the findings of
 * {@link ModelValidator} (those with a {@link #key()}).
 *
 * @param severity whether it blocks a deployment
 * @param resource the file or deployment resource
 * @param elementId the BPMN element, or {@code null} when the problem concerns the whole file
 * @param message what is wrong, in English
 * @param fix how to fix it, in the words of Camunda Modeler where possible, in English
 * @param key the texts' key in the bundle {@code dev.prima.system.messages} ({@code <key>.message},
 *     {@code <key>.fix}), or {@code null} for a finding given as English text only
 * @param arguments the values placed in those texts, in order; empty without a key
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Finding(
    Severity severity,
    String resource,
    String elementId,
    String message,
    String fix,
    String key,
    List<String> arguments) {

  /** The validator's texts. */
  static final String BUNDLE = "dev.prima.system.messages";

  /**
   * Checks the finding and copies its arguments.
   *
   * @param severity whether it blocks a deployment; not null
   * @param resource the file or deployment resource; not null
   * @param elementId the BPMN element, or {@code null}
   * @param message what is wrong, in English; not null
   * @param fix how to fix it, in English; not null
   * @param key the bundle key, or {@code null}
   * @param arguments the values for the texts; {@code null} or empty without a key
   * @throws IllegalArgumentException when arguments are given without a key
   */
  public Finding {
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(resource, "resource must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(fix, "fix must not be null");
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
    if (key == null && !arguments.isEmpty()) {
      throw new IllegalArgumentException(
          "arguments need a key, but key was null and arguments " + arguments);
    }
  }

  /**
   * A finding given as English text, shown as given in every language.
   *
   * @param severity whether it blocks a deployment
   * @param resource the file or deployment resource
   * @param elementId the BPMN element, or {@code null} for the whole file
   * @param message what is wrong
   * @param fix how to fix it
   */
  public Finding(Severity severity, String resource, String elementId, String message, String fix) {
    this(severity, resource, elementId, message, fix, null, List.of());
  }

  /**
   * A finding whose texts come from the validator's bundle, in English for {@link #message()} and
   * {@link #fix()}.
   *
   * @param severity whether it blocks a deployment
   * @param resource the file or deployment resource
   * @param elementId the BPMN element, or {@code null} for the whole file
   * @param key the texts' key ({@code <key>.message} and {@code <key>.fix} must exist)
   * @param arguments the values placed in the texts; {@code null} is written as {@code null}
   * @return the finding
   * @throws java.util.MissingResourceException naming the key when the bundle lacks its texts
   */
  public static Finding of(
      Severity severity, String resource, String elementId, String key, Object... arguments) {
    Objects.requireNonNull(key, "key must not be null");
    List<String> values = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    Messages english = Messages.of(BUNDLE, Locale.ENGLISH, Finding.class);
    Object[] placed = values.toArray();
    return new Finding(
        severity,
        resource,
        elementId,
        english.text(key + ".message", placed),
        english.text(key + ".fix", placed),
        key,
        values);
  }

  /** {@return whether the finding is an {@link Severity#ERROR}, which blocks a deployment} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * What is wrong, in {@code locale}'s language (Bahasa Indonesia for {@code id}, English
   * otherwise); a finding without a key gives its {@link #message()}.
   *
   * @param locale the reader's language
   * @return the text
   */
  public String message(Locale locale) {
    return key == null ? message : texts(locale).text(key + ".message", arguments.toArray());
  }

  /**
   * How to fix it, in {@code locale}'s language; a finding without a key gives its {@link #fix()}.
   *
   * @param locale the reader's language
   * @return the text
   */
  public String fix(Locale locale) {
    return key == null ? fix : texts(locale).text(key + ".fix", arguments.toArray());
  }

  /**
   * The finding on one line in {@code locale}'s language: {@code KESALAHAN akta.bpmn, elemen
   * 'verify': ... Perbaikan: ...}; in English the same as {@link #toString()}.
   *
   * @param locale the reader's language
   * @return the line
   */
  public String toText(Locale locale) {
    Messages texts = texts(locale);
    String severityText = texts.text("severity." + severity.name());
    return elementId == null
        ? texts.text("finding.line", severityText, resource, message(locale), fix(locale))
        : texts.text(
            "finding.lineAtElement",
            severityText,
            resource,
            elementId,
            message(locale),
            fix(locale));
  }

  static Messages texts(Locale locale) {
    return Messages.of(BUNDLE, locale, Finding.class);
  }

  /** {@code ERROR akta.bpmn, element 'verify': message. Fix: fix} */
  @Override
  public String toString() {
    return severity
        + " "
        + resource
        + (elementId == null ? "" : ", element '" + elementId + "'")
        + ": "
        + message
        + ". Fix: "
        + fix;
  }
}
