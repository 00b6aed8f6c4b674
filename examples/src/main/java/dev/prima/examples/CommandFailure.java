package dev.prima.examples;

/**
 * A command could not do its work (a database or file refused): exit code 1, its text printed after
 * the command's name, in the language of {@code --lang}, without a stack trace. The text names the
 * input, the problem and the fix.
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient CliText text;

  CommandFailure(CliText text) {
    super(text.toString());
    this.text = text;
  }

  CommandFailure(CliText text, Throwable cause) {
    super(text.toString(), cause);
    this.text = text;
  }

  CommandFailure(String key, Object... arguments) {
    this(CliText.of(key, arguments));
  }

  CliText text() {
    return text;
  }
}
