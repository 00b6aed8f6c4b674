package dev.prima.examples;

import dev.prima.internal.Messages;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code prima-examples} command line: runnable programs that embed Prima.
 *
 * <p>Exit codes: 0 success; 1 when a database or file cannot be read or written (a path is checked
 * before anything starts where it can be); 2 usage error (unknown command or option, missing or
 * invalid value, no subcommand). Errors are one message on stderr naming the input, the problem and
 * the fix, never a stack trace.
 */
@Command(
    name = "prima-examples",
    mixinStandardHelpOptions = true,
    versionProvider = PrimaCli.Version.class,
    description = "Runnable examples of Prima, excellent public service on Camunda 7.",
    footer = {
      "",
      "Exit codes: 0 success, 1 a database or file cannot be read or written, 2 usage error."
    },
    subcommands = {
      DemoCommand.class,
      ValidateCommand.class,
      SkmCommand.class,
      ExportCommand.class,
      ReportCommand.class
    })
public final class PrimaCli implements Runnable {

  @Spec private CommandSpec spec;

  /** {@code --lang} before the command's name, for every command. */
  @Mixin private LanguageOption language;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with its error handling: what {@link #main} runs, and the tests too. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new PrimaCli());
    cli.setParameterExceptionHandler(PrimaCli::usageError);
    cli.setExecutionExceptionHandler(PrimaCli::failure);
    cli.setExecutionStrategy(
        parsed -> {
          speak(cli, LanguageOption.scan(parsed.originalArgs().toArray(String[]::new)));
          return new CommandLine.RunLast().execute(parsed);
        });
    return cli;
  }

  /** The usage help's bundle: Indonesian in {@code help_id}; English is in the annotations. */
  private static final String HELP = "dev.prima.examples.help";

  /**
   * Makes {@code cmd} and its subcommands write their usage help in {@code language}: the
   * Indonesian bundle over the annotations' English, or the annotations alone.
   */
  static void speak(CommandLine cmd, Locale language) {
    cmd.setResourceBundle(
        Messages.INDONESIAN.equals(language)
            ? ResourceBundle.getBundle(
                HELP,
                Messages.INDONESIAN,
                PrimaCli.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES))
            : null);
  }

  /** Without a subcommand there is nothing to do: a usage error, so picocli exits 2. */
  @Override
  public void run() {
    throw new UsageError(
        spec.commandLine(),
        CliText.of("usage.missingCommand", String.join(", ", spec.subcommands().keySet())));
  }

  /**
   * The message in the language of {@code --lang}; the usage when the command line itself is wrong
   * (unknown command or option, something missing), else a pointer to --help, so that a bad value
   * is one message.
   */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    Locale language = LanguageOption.scan(args);
    Messages texts = CliText.errors(language);
    err.println(UsageErrors.describe(e, args).in(texts));
    if (e instanceof UnmatchedArgumentException
        || e instanceof MissingParameterException
        || !cmd.getSubcommands().isEmpty()) {
      UsageErrors.suggestions(e).ifPresent(suggestion -> err.println(suggestion.in(texts)));
      speak(cmd, language);
      cmd.usage(err, cmd.getColorScheme());
    } else {
      err.println(CliText.of("usage.seeHelp", cmd.getCommandSpec().qualifiedName()).in(texts));
    }
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * A command that could not do its work: its message, exit code 1. Anything else is a bug, still
   * reported in one line.
   */
  private static int failure(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    Messages texts =
        CliText.errors(LanguageOption.scan(parsed.originalArgs().toArray(String[]::new)));
    CliText text =
        e instanceof CommandFailure failure
            ? failure.text()
            : CliText.of("failure.unexpected", e.getClass().getSimpleName(), e.getMessage());
    err.println(cmd.getCommandName() + ": " + text.in(texts));
    err.flush();
    return cmd.getCommandSpec().exitCodeOnExecutionException();
  }

  /** The version from the jar's manifest; "development" when run from classes. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = PrimaCli.class.getPackage().getImplementationVersion();
      return new String[] {
        "prima-examples " + (version != null ? version : "development"), "Java " + Runtime.version()
      };
    }
  }
}
