package dev.prima.examples;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code prima-examples} command line: runnable programs that embed Prima.
 *
 * <p>Exit codes: 0 success, 1 failure while running, 2 usage error (unknown command or option,
 * invalid value, no subcommand).
 */
@Command(
    name = "prima-examples",
    mixinStandardHelpOptions = true,
    versionProvider = PrimaCli.Version.class,
    description = "Runnable examples of Prima, excellent public service on Camunda 7.",
    subcommands = {
      DemoCommand.class,
      ValidateCommand.class,
      SkmCommand.class,
      ExportCommand.class,
      ReportCommand.class
    })
public final class PrimaCli implements Runnable {

  @Spec private CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new PrimaCli()).execute(args));
  }

  /** Without a subcommand there is nothing to do: a usage error, so picocli exits 2. */
  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: try demo, validate, skm, export or report");
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
