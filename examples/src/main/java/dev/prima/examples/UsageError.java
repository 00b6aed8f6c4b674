package dev.prima.examples;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The command line is wrong in a way only the command can tell (a value out of range, two options
 * that do not fit together): exit code 2, its text printed in the language of {@code --lang}.
 */
final class UsageError extends ParameterException {

  private static final long serialVersionUID = 1L;

  private final transient CliText text;

  UsageError(CommandLine commandLine, CliText text) {
    super(commandLine, text.toString());
    this.text = text;
  }

  CliText text() {
    return text;
  }
}
