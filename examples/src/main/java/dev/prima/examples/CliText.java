package dev.prima.examples;

import dev.prima.internal.Messages;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A text of the command line's error bundle ({@code dev.prima.examples.errors}) not yet put into a
 * language: its key and its arguments. Errors carry one, and the handler that prints them chooses
 * the language, so that a value that fails while picocli parses speaks the language of {@code
 * --lang} even when {@code --lang} comes after it. An argument may itself be a {@code CliText}; a
 * {@link YearMonth} is written as the language names months.
 */
final class CliText {

  static final String ERRORS = "dev.prima.examples.errors";

  private final String key;
  private final Object[] arguments;

  private CliText(String key, Object[] arguments) {
    this.key = Objects.requireNonNull(key, "key");
    this.arguments = arguments.clone();
  }

  static CliText of(String key, Object... arguments) {
    return new CliText(key, arguments);
  }

  String key() {
    return key;
  }

  /** This text in the language of {@code texts}, a bundle of {@link #ERRORS}. */
  String in(Messages texts) {
    Object[] written =
        Arrays.stream(arguments)
            .map(
                argument -> {
                  if (argument instanceof CliText text) {
                    return text.in(texts);
                  }
                  if (argument instanceof YearMonth month) {
                    return DateTimeFormatter.ofPattern("MMMM yyyy", texts.locale()).format(month);
                  }
                  return argument;
                })
            .toArray();
    return texts.text(key, written);
  }

  /** This text in {@code language}. */
  String in(Locale language) {
    return in(errors(language));
  }

  /** The error bundle in {@code language} (Indonesian or English). */
  static Messages errors(Locale language) {
    return Messages.of(ERRORS, language, CliText.class);
  }

  /** English, for exception messages that a developer reads in a log or a debugger. */
  @Override
  public String toString() {
    return in(Locale.ENGLISH);
  }
}
