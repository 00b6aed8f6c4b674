package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.internal.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A survey file has bad rows or a bad header. Nothing of that file was imported. The message lists
 * every problem with its line number, column and value; {@link #problems()} gives them one by one.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class InvalidSurveyFileException extends InvalidSurveyException {

  private static final long serialVersionUID = 1L;

  /** The texts of the problems, with the SKM result's. */
  private static final String BUNDLE = "dev.prima.quality.messages";

  /**
   * One problem in the file.
   *
   * <p>{@link #message()} is English; {@link #message(Locale)} and {@link #toText(Locale)} give it
   * in Bahasa Indonesia too, for the problems Prima's reader finds (those with a {@link #key()}).
   * Two problems are equal when line, column, value and English message are.
   *
   * @param line the 1-based line number in the file (the header is line 1); for a record with a
   *     quoted line break, the line it starts on
   * @param column the column name from the header, or empty when the problem is the whole row
   * @param value the value found, or empty when there is none
   * @param message what is wrong and what is expected, in English
   * @param key the text's key in the bundle {@code dev.prima.quality.messages}, or {@code null} for
   *     a problem given as English text only
   * @param arguments the values placed in that text, in order; empty without a key
   */
  public record Problem(
      int line, String column, String value, String message, String key, List<String> arguments) {

    /**
     * Checks the problem and copies its arguments.
     *
     * @param line the 1-based line number; at least 1
     * @param column the column name; {@code null} becomes empty
     * @param value the value found; {@code null} becomes empty
     * @param message what is wrong and what is expected, in English; not blank
     * @param key the bundle key, or {@code null}
     * @param arguments the values for the text; {@code null} or empty without a key
     * @throws IllegalArgumentException if {@code line} is below 1, {@code message} is blank or
     *     arguments are given without a key
     */
    public Problem {
      if (line < 1) {
        throw new IllegalArgumentException("line must be at least 1, but was " + line);
      }
      column = column == null ? "" : column;
      value = value == null ? "" : value;
      if (message == null || message.isBlank()) {
        throw new IllegalArgumentException("message must not be blank");
      }
      arguments = arguments == null ? List.of() : List.copyOf(arguments);
      if (key == null && !arguments.isEmpty()) {
        throw new IllegalArgumentException(
            "arguments need a key, but key was null and arguments " + arguments);
      }
    }

    /**
     * A problem given as English text, shown as given in every language.
     *
     * @param line the 1-based line number; at least 1
     * @param column the column name; {@code null} becomes empty
     * @param value the value found; {@code null} becomes empty
     * @param message what is wrong and what is expected; not blank
     */
    public Problem(int line, String column, String value, String message) {
      this(line, column, value, message, null, List.of());
    }

    /**
     * A problem whose text comes from the bundle {@code dev.prima.quality.messages}, in English for
     * {@link #message()}.
     *
     * @param line the 1-based line number; at least 1
     * @param column the column name; {@code null} becomes empty
     * @param value the value found; {@code null} becomes empty
     * @param key the text's key, which must exist
     * @param arguments the values placed in the text; {@code null} is written as {@code null}
     * @return the problem
     * @throws java.util.MissingResourceException naming the key when the bundle lacks it
     */
    public static Problem of(
        int line, String column, String value, String key, Object... arguments) {
      Objects.requireNonNull(key, "key must not be null");
      List<String> values = Arrays.stream(arguments).map(String::valueOf).toList();
      return new Problem(
          line, column, value, texts(Locale.ENGLISH).text(key, values.toArray()), key, values);
    }

    /**
     * What is wrong, in {@code locale}'s language (Bahasa Indonesia for {@code id}, English
     * otherwise); a problem without a key gives its {@link #message()}.
     *
     * @param locale the reader's language
     * @return the text
     */
    public String message(Locale locale) {
      return key == null ? message : texts(locale).text(key, arguments.toArray());
    }

    /**
     * The problem on one line in {@code locale}'s language: {@code baris 7, kolom U3: ...}; in
     * English the same as {@link #toString()}.
     *
     * @param locale the reader's language
     * @return the line
     */
    public String toText(Locale locale) {
      Messages texts = texts(locale);
      return column.isEmpty()
          ? texts.text("survey.problem.line", line, message(locale))
          : texts.text("survey.problem.lineAtColumn", line, column, message(locale));
    }

    private static Messages texts(Locale locale) {
      return Messages.of(BUNDLE, locale, Problem.class);
    }

    /** Line, column, value and English message, as {@link #equals(Object)} compares them. */
    @Override
    public int hashCode() {
      return Objects.hash(line, column, value, message);
    }

    /** Whether {@code other} is a problem with the same line, column, value and message. */
    @Override
    public boolean equals(Object other) {
      return other instanceof Problem that
          && line == that.line
          && column.equals(that.column)
          && value.equals(that.value)
          && message.equals(that.message);
    }

    /** {@code line 7, column U3: '5' is out of range, expected 1 to 4}. */
    @Override
    public String toString() {
      return "line " + line + (column.isEmpty() ? "" : ", column " + column) + ": " + message;
    }
  }

  private final transient List<Problem> problems;

  /**
   * Creates the exception; the message lists every problem.
   *
   * @param source the file name or other source, as shown in the message
   * @param problems every problem found, in file order
   */
  public InvalidSurveyFileException(String source, List<Problem> problems) {
    super(
        "Survey file "
            + source
            + " rejected, nothing was imported: "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected survey file needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, in file order} */
  public List<Problem> problems() {
    return problems;
  }
}
