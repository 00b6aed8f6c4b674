package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A survey file has bad rows or a bad header. Nothing of that file was imported. The message lists
 * every problem with its line number, column and value; {@link #problems()} gives them one by one.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class InvalidSurveyFileException extends InvalidSurveyException {

  private static final long serialVersionUID = 1L;

  /**
   * One problem in the file.
   *
   * @param line the 1-based line number in the file (the header is line 1); for a record with a
   *     quoted line break, the line it starts on
   * @param column the column name from the header, or empty when the problem is the whole row
   * @param value the value found, or empty when there is none
   * @param message what is wrong and what is expected
   */
  public record Problem(int line, String column, String value, String message) {

    /**
     * Checks the problem.
     *
     * @param line the 1-based line number; at least 1
     * @param column the column name; {@code null} becomes empty
     * @param value the value found; {@code null} becomes empty
     * @param message what is wrong and what is expected; not blank
     * @throws IllegalArgumentException if {@code line} is below 1 or {@code message} is blank
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
