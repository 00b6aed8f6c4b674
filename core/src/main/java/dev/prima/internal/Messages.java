package dev.prima.internal;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The texts of one resource bundle in one of Prima's two languages, Bahasa Indonesia and English,
 * with the conventions of that language for figures and dates.
 *
 * <p>A bundle is {@code <base>.properties} (English, the root) and {@code <base>_id.properties}
 * (Bahasa Indonesia), both UTF-8. Any other locale reads English; the JVM's default locale is never
 * a silent fallback.
 */
public final class Messages {

  /** Bahasa Indonesia. */
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** The languages Prima speaks, Indonesian first. */
  public static final List<Locale> LANGUAGES = List.of(INDONESIAN, Locale.ENGLISH);

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String baseName;
  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(String baseName, Locale locale, ResourceBundle bundle) {
    this.baseName = baseName;
    this.locale = locale;
    this.bundle = bundle;
  }

  /**
   * The bundle {@code baseName} (e.g. {@code dev.prima.report.messages}) in the language of {@code
   * requested}, read with the class loader of {@code owner}.
   */
  public static Messages of(String baseName, Locale requested, Class<?> owner) {
    Locale locale = supported(requested);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            baseName,
            locale.equals(INDONESIAN) ? INDONESIAN : Locale.ROOT,
            owner.getClassLoader(),
            NO_FALLBACK);
    return new Messages(baseName, locale, bundle);
  }

  /**
   * The language Prima speaks for {@code requested}: Indonesian for {@code id} (and the old code
   * {@code in}), English for anything else; {@code null} means the JVM's default locale.
   */
  public static Locale supported(Locale requested) {
    Locale locale = requested == null ? Locale.getDefault() : requested;
    String language = locale.getLanguage();
    return language.equals("id") || language.equals("in") ? INDONESIAN : Locale.ENGLISH;
  }

  /** The language of these texts: {@link #INDONESIAN} or {@link Locale#ENGLISH}. */
  public Locale locale() {
    return locale;
  }

  /** Whether these texts are Indonesian. */
  public boolean indonesian() {
    return locale.equals(INDONESIAN);
  }

  /**
   * The text for {@code key}, with {@code arguments} placed by {@link MessageFormat} in this
   * language ({@code {0}}, {@code {1,number,#.##}}, ...).
   *
   * @throws MissingResourceException naming the bundle and the key when there is no such text
   */
  public String text(String key, Object... arguments) {
    Objects.requireNonNull(key, "key");
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new MissingResourceException(
          "No text '" + key + "' in " + baseName + " (" + locale + ")", baseName, key);
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** Whether the bundle has a text for {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * {@code value} with exactly {@code fractionDigits} decimals as this language writes figures:
   * {@code 82,71} in Indonesian, {@code 82.71} in English; no grouping.
   */
  public String decimal(Number value, int fractionDigits) {
    DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(locale));
    format.setMinimumFractionDigits(fractionDigits);
    format.setMaximumFractionDigits(fractionDigits);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /** A day in full: {@code Senin, 30 November 2026} / {@code Monday, 30 November 2026}. */
  public String day(LocalDate day) {
    return DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale).format(day);
  }

  /** A day short: {@code 30 Nov 2026} in both languages ({@code 30 Agu 2026} in Indonesian). */
  public String shortDay(LocalDate day) {
    return DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(day);
  }

  /**
   * A moment as a day and a 24-hour time: {@code 30 Nov 2026 09.15} / {@code 30 Nov 2026 09:15}.
   */
  public String moment(ZonedDateTime at) {
    return DateTimeFormatter.ofPattern(
            indonesian() ? "d MMM yyyy HH.mm" : "d MMM yyyy HH:mm", locale)
        .format(at);
  }
}
