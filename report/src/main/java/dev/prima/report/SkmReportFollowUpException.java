package dev.prima.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.internal.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A follow-up plan file for the SKM report has bad rows or a bad header; nothing of it was used.
 * The message lists every problem with its line number; {@link #problems()} gives them one by one.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class SkmReportFollowUpException extends ReportException {

  private static final long serialVersionUID = 1L;

  /** The texts of the problems, with the SKM report's. */
  private static final String BUNDLE = "dev.prima.report.skm-report";

  /**
   * One problem in the file.
   *
   * <p>{@link #message()} is English; {@link #message(Locale)} and {@link #toText(Locale)} give it
   * in Bahasa Indonesia too, for the problems Prima's reader finds (those with a {@link #key()}),
   * as {@link dev.prima.quality.InvalidSurveyFileException.Problem} does for a survey file. Two
   * problems are equal when line, column and English message are.
   *
   * @param line the 1-based line number (the header is line 1); for a row with a quoted line break,
   *     the line it starts on
   * @param column the column name from the header, or empty when the problem is the whole row
   * @param message what is wrong and how to fix it, in English
   * @param key the text's key in the bundle {@code dev.prima.report.skm-report}, or {@code null}
   *     for a problem given as English text only
   * @param arguments the values placed in that text, in order; empty without a key
   */
  public record Problem(
      int line, String column, String message, String key, List<String> arguments) {

    /**
     * @param line the 1-based line number; at least 1
     * @param column the column name from the header; {@code null} becomes empty
     * @param message what is wrong and how to fix it, in English; not blank
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
     * @param column the column name from the header; {@code null} becomes empty
     * @param message what is wrong and how to fix it; not blank
     */
    public Problem(int line, String column, String message) {
      this(line, column, message, null, List.of());
    }

    /**
     * A problem whose text comes from the bundle {@code dev.prima.report.skm-report}, in English
     * for {@link #message()}.
     *
     * @param line the 1-based line number; at least 1
     * @param column the column name from the header; {@code null} becomes empty
     * @param key the text's key, which must exist
     * @param arguments the values placed in the text; {@code null} is written as {@code null}
     * @return the problem
     * @throws java.util.MissingResourceException naming the key when the bundle lacks it
     */
    public static Problem of(int line, String column, String key, Object... arguments) {
      Objects.requireNonNull(key, "key must not be null");
      List<String> values = Arrays.stream(arguments).map(String::valueOf).toList();
      return new Problem(
          line, column, texts(Locale.ENGLISH).text(key, values.toArray()), key, values);
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
     * The problem on one line in {@code locale}'s language: {@code baris 4, kolom unsur: ...}; in
     * English the same as {@link #toString()}.
     *
     * @param locale the reader's language
     * @return the line
     */
    public String toText(Locale locale) {
      Messages texts = texts(locale);
      return column.isEmpty()
          ? texts.text("followUp.problem.line", line, message(locale))
          : texts.text("followUp.problem.lineAtColumn", line, column, message(locale));
    }

    private static Messages texts(Locale locale) {
      return Messages.of(BUNDLE, locale, Problem.class);
    }

    /** Line, column and English message, as {@link #equals(Object)} compares them. */
    @Override
    public int hashCode() {
      return Objects.hash(line, column, message);
    }

    /** Whether {@code other} is a problem with the same line, column and message. */
    @Override
    public boolean equals(Object other) {
      return other instanceof Problem that
          && line == that.line
          && column.equals(that.column)
          && message.equals(that.message);
    }

    /** {@code line 4, column unsur: 'U12' is not an element of ...}. */
    @Override
    public String toString() {
      return "line " + line + (column.isEmpty() ? "" : ", column " + column) + ": " + message;
    }
  }

  private final transient List<Problem> problems;

  /**
   * A rejection of the file {@code source} for the given problems.
   *
   * @param source the file's name or path, as the user gave it
   * @param problems at least one problem, in file order
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public SkmReportFollowUpException(String source, List<Problem> problems) {
    super(
        "Follow-up plan "
            + source
            + " rejected, nothing of it was used: "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a rejected follow-up plan needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in file order.
   *
   * @return the problems, at least one
   */
  public List<Problem> problems() {
    return problems;
  }
}
