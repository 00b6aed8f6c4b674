package dev.prima.agency;

/** A task that is not open: done by someone else, or no such task. */
public class UnknownTaskException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownTaskException(String taskId) {
    super("There is no open task '" + taskId + "'; someone else may have completed it.");
  }
}
