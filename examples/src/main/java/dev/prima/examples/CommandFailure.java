package dev.prima.examples;

/**
 * A command could not do its work (a database or file refused): exit code 1, its message printed as
 * it is, after the command's name, without a stack trace. The message names the input, the problem
 * and the fix.
 */
final class CommandFailure extends RuntimeException {

  CommandFailure(String message) {
    super(message);
  }

  CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
