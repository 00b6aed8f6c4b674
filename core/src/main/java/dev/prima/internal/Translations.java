package dev.prima.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Texts a model gives in a second language: a property {@code <name>.<language>} beside {@code
 * <name>}, the language an ISO 639-1 code Prima speaks ({@code id}, {@code en}). The property
 * without a suffix is the model's own text: what the journal records and what every reader sees
 * when the model has no text in their language.
 */
public final class Translations {

  /** The language suffixes a model may use, in the order of {@link Messages#LANGUAGES}. */
  public static final List<String> LANGUAGES =
      Messages.LANGUAGES.stream().map(Locale::getLanguage).toList();

  private Translations() {}

  /** {@code name.id} and {@code name.en} for each name, in that order. */
  public static List<String> of(List<String> names) {
    List<String> all = new ArrayList<>();
    for (String name : names) {
      for (String language : LANGUAGES) {
        all.add(name + "." + language);
      }
    }
    return List.copyOf(all);
  }

  /** The language code Prima reads {@code locale} in: {@code id} or {@code en}. */
  public static String language(Locale locale) {
    return Messages.supported(locale).getLanguage();
  }

  /**
   * The text of {@code name} in {@code language} when the properties give one that is not blank (a
   * blank field of Camunda Modeler's form means "not given").
   */
  public static Optional<String> text(
      Map<String, String> properties, String name, String language) {
    String value = properties.get(name + "." + language);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /**
   * The properties as a reader in {@code locale} sees them: each of {@code translatable} replaced
   * by its text in that language where the model gives one, the translations themselves left out.
   */
  public static Map<String, String> in(
      Locale locale, Map<String, String> properties, List<String> translatable) {
    String language = language(locale);
    Map<String, String> read = new LinkedHashMap<>(properties);
    for (String name : translatable) {
      text(properties, name, language).ifPresent(text -> read.put(name, text));
      for (String other : LANGUAGES) {
        read.remove(name + "." + other);
      }
    }
    return read;
  }
}
