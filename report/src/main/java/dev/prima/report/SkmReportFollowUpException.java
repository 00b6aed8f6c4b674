package dev.prima.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A follow-up plan file for the SKM report has bad rows or a bad header; nothing of it was used.
 * The message lists every problem with its line number; {@link #problems()} gives them one by one.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class SkmReportFollowUpException extends ReportException {

  private static final long serialVersionUID = 1L;

  /**
   * One problem in the file.
   *
   * @param line the 1-based line number (the header is line 1); for a row with a quoted line break,
   *     the line it starts on
   * @param column the column name from the header, or empty when the problem is the whole row
   * @param message what is wrong and how to fix it
   */
  public record Problem(int line, String column, String message) {

    /**
     * @param line the 1-based line number; at least 1
     * @param column the column name from the header; {@code null} becomes empty
     * @param message what is wrong and how to fix it; not blank
     * @throws IllegalArgumentException if {@code line} is below 1 or {@code message} is blank
     */
    public Problem {
      if (line < 1) {
        throw new IllegalArgumentException("line must be at least 1, but was " + line);
      }
      column = column == null ? "" : column;
      if (message == null || message.isBlank()) {
        throw new IllegalArgumentException("message must not be blank");
      }
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
