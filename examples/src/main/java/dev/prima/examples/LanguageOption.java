package dev.prima.examples;

import dev.prima.internal.Messages;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --lang id|en}: the language of what a command writes for people to read. Without it, the
 * JVM's locale decides (Indonesian for {@code id}, English otherwise). Used as a picocli mixin, by
 * each command and by {@code prima-examples} itself, so that {@code prima-examples --lang id demo}
 * and {@code prima-examples demo --lang id} mean the same; the command's own wins.
 */
final class LanguageOption {

  private static final String NAME = "--lang";

  @Option(
      names = "--lang",
      paramLabel = "id|en",
      converter = LanguageConverter.class,
      description =
          "Language of the output: id (Bahasa Indonesia) or en (English). Default: the system's"
              + " language (Indonesian where it is Indonesian, English otherwise).")
  private Locale language;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  /**
   * The language chosen on the command, else on {@code prima-examples} before it, else the JVM's:
   * Indonesian or English.
   */
  Locale locale() {
    return Messages.supported(language != null ? language : parents());
  }

  /** The {@code --lang} given to a command above this one, or null. */
  private Locale parents() {
    for (CommandSpec parent = command == null ? null : command.parent();
        parent != null;
        parent = parent.parent()) {
      OptionSpec option = parent.findOption(NAME);
      if (option != null && option.getValue() != null) {
        return option.getValue();
      }
    }
    return null;
  }

  /** The command line's texts (bundle {@code dev.prima.examples.messages}) in that language. */
  Messages texts() {
    return Messages.of("dev.prima.examples.messages", locale(), LanguageOption.class);
  }

  /**
   * The language the arguments ask for, read before picocli parses them, so that a usage error
   * (even one before {@code --lang}) and the usage help speak it: the value of the first {@code
   * --lang X} or {@code --lang=X} before {@code --}, else, or when that value is no language Prima
   * speaks, the JVM's (Indonesian or English).
   */
  static Locale scan(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        break;
      }
      String value = null;
      if (arg.equals(NAME) && i + 1 < args.length) {
        value = args[i + 1];
      } else if (arg.startsWith(NAME + "=")) {
        value = arg.substring(NAME.length() + 1);
      }
      if (value != null) {
        return Messages.supported(language(value));
      }
    }
    return Messages.supported(null);
  }

  /** Indonesian for {@code id} (or the old {@code in}), English for {@code en}, else null. */
  private static Locale language(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "id", "in" -> Messages.INDONESIAN;
      case "en" -> Locale.ENGLISH;
      default -> null;
    };
  }

  /** {@code id} or {@code en}, in any case. */
  static final class LanguageConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      Locale language = language(value);
      if (language == null) {
        throw new ConversionError("convert.language", value);
      }
      return language;
    }
  }
}
