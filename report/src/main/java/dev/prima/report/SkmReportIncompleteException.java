package dev.prima.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An SKM report lacks a detail that was neither given to its builder nor found in every response:
 * the service unit or the survey period. {@link #missing()} says which, for a caller that asks for
 * it in words of its own (the command line names its option).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class SkmReportIncompleteException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** A detail the report cannot do without. */
  public enum Detail {
    /** The service unit, such as {@code Kecamatan Coblong}. */
    UNIT,
    /** The survey period, such as {@code Semester II 2025}. */
    PERIOD
  }

  /** Which detail the report lacks. */
  private final Detail missing;

  /**
   * Creates the exception.
   *
   * @param missing the detail the report lacks
   * @param message what is missing and how to give it
   */
  public SkmReportIncompleteException(Detail missing, String message) {
    super(message);
    this.missing = Objects.requireNonNull(missing, "missing must not be null");
  }

  /** {@return the detail the report lacks} */
  public Detail missing() {
    return missing;
  }
}
