package dev.prima.examples;

import dev.prima.internal.Messages;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --lang id|en}: the language of what a command writes for people to read. Without it, the
 * JVM's locale decides (Indonesian for {@code id}, English otherwise). Used as a picocli mixin.
 */
final class LanguageOption {

  @Option(
      names = "--lang",
      paramLabel = "id|en",
      converter = LanguageConverter.class,
      description =
          "Language of the output: id (Bahasa Indonesia) or en (English). Default: the system's"
              + " language (Indonesian where it is Indonesian, English otherwise).")
  private Locale language;

  /** The language chosen, or the JVM's where none was given: Indonesian or English. */
  Locale locale() {
    return Messages.supported(language);
  }

  /** The command line's texts (bundle {@code dev.prima.examples.messages}) in that language. */
  Messages texts() {
    return Messages.of("dev.prima.examples.messages", locale(), LanguageOption.class);
  }

  /** {@code id} or {@code en}, in any case. */
  static final class LanguageConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "id", "in" -> Messages.INDONESIAN;
        case "en" -> Locale.ENGLISH;
        default ->
            throw new TypeConversionException(
                "'"
                    + value
                    + "' is not a language Prima speaks. Fix: write id (Bahasa Indonesia) or en"
                    + " (English).");
      };
    }
  }
}
