package dev.prima.examples;

import picocli.CommandLine.TypeConversionException;

/**
 * A value that a converter cannot read: picocli names the option, the handler prints this text in
 * the language of {@code --lang}. The text names the value, what was expected and the fix.
 */
final class ConversionError extends TypeConversionException {

  private static final long serialVersionUID = 1L;

  private final transient CliText text;

  ConversionError(String key, Object... arguments) {
    this(CliText.of(key, arguments));
  }

  ConversionError(CliText text) {
    super(text.toString());
    this.text = text;
  }

  CliText text() {
    return text;
  }
}
