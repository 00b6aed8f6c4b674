package dev.prima.examples;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Picocli's usage errors in the command line's own words, so that they follow {@code --lang}:
 * picocli writes its messages in English only, but its exceptions say which option, value or
 * argument was wrong, and that is enough to say it again in either language.
 */
final class UsageErrors {

  /** Picocli's message when an option's value looks like another option (no list to read). */
  private static final Pattern UNKNOWN_OPTION = Pattern.compile("Unknown option: '([^']*)'");

  private UsageErrors() {}

  /** What is wrong with the command line, naming the input, the problem and the fix. */
  static CliText describe(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String command = cmd.getCommandSpec().qualifiedName();
    if (e instanceof UsageError usage) {
      return usage.text();
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      return unmatched(unmatched, command);
    }
    if (e instanceof MissingParameterException missing) {
      return missing(missing, args, command);
    }
    if (e instanceof OverwrittenOptionException twice) {
      return CliText.of("usage.givenTwice", argument(twice.getOverwritten()));
    }
    ArgSpec spec = e.getArgSpec();
    if (spec != null && e.getCause() != null) {
      if (e.getCause() instanceof ConversionError conversion) {
        return CliText.of("usage.invalidValue", argument(spec), conversion.text());
      }
      Class<?> type = spec.type();
      boolean whole =
          type == int.class || type == Integer.class || type == long.class || type == Long.class;
      return CliText.of(
          "usage.invalidValue",
          argument(spec),
          whole
              ? CliText.of("convert.wholeNumber", e.getValue())
              : CliText.of("convert.other", e.getValue(), command));
    }
    return CliText.of("usage.other", e.getMessage(), command);
  }

  /** Picocli's "did you mean" for an unknown option or command, if it has one. */
  static Optional<CliText> suggestions(ParameterException e) {
    if (!(e instanceof UnmatchedArgumentException unmatched)) {
      return Optional.empty();
    }
    List<String> suggestions = unmatched.getSuggestions();
    if (suggestions.isEmpty()) {
      return Optional.empty();
    }
    if (unmatched.isUnknownOption()) {
      return Optional.of(CliText.of("usage.suggestOptions", String.join(", ", suggestions)));
    }
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    return Optional.of(
        CliText.of(
            "usage.suggestCommands",
            String.join(", ", suggestions.stream().map(s -> command + " " + s).toList())));
  }

  private static CliText unmatched(UnmatchedArgumentException e, String command) {
    List<String> unmatched = e.getUnmatched();
    if (unmatched.isEmpty()) {
      Matcher option = UNKNOWN_OPTION.matcher(String.valueOf(e.getMessage()));
      return option.find()
          ? CliText.of("usage.unknownOption", quoted(List.of(option.group(1))), 1, command)
          : CliText.of("usage.other", e.getMessage(), command);
    }
    if (e.isUnknownOption()) {
      return CliText.of("usage.unknownOption", quoted(unmatched), unmatched.size(), command);
    }
    var subcommands = e.getCommandLine().getSubcommands();
    if (!subcommands.isEmpty()) {
      return CliText.of(
          "usage.unknownCommand",
          quoted(unmatched.subList(0, 1)),
          String.join(", ", subcommands.keySet()),
          command);
    }
    return CliText.of("usage.unexpectedArgument", quoted(unmatched), unmatched.size(), command);
  }

  private static CliText missing(MissingParameterException e, String[] args, String command) {
    List<ArgSpec> missing = e.getMissing();
    if (missing.size() == 1 && missing.get(0) instanceof OptionSpec option && given(option, args)) {
      return CliText.of("usage.missingValue", option.longestName(), option.paramLabel());
    }
    String written =
        String.join(", ", missing.stream().map(arg -> "'" + synopsis(arg) + "'").toList());
    boolean options = !missing.isEmpty() && missing.get(0).isOption();
    return CliText.of(
        options ? "usage.missingOption" : "usage.missingParameter",
        written,
        missing.size(),
        command);
  }

  /** Whether the option was on the command line (so its value is what is missing). */
  private static boolean given(OptionSpec option, String[] args) {
    return Arrays.stream(args)
        .anyMatch(
            arg ->
                Arrays.stream(option.names())
                    .anyMatch(name -> arg.equals(name) || arg.startsWith(name + "=")));
  }

  /** {@code --out=<file>} for an option, {@code FILE.csv} for a positional parameter. */
  private static String synopsis(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return option.arity().max == 0
          ? option.longestName()
          : option.longestName() + "=" + option.paramLabel();
    }
    return arg.paramLabel();
  }

  /** "option '--from'" or "parameter 'FILE.csv'", in the language of the message. */
  private static CliText argument(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return CliText.of("usage.option", option.longestName());
    }
    return CliText.of("usage.parameter", ((PositionalParamSpec) arg).paramLabel());
  }

  private static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(value -> "'" + value + "'").toList());
  }
}
