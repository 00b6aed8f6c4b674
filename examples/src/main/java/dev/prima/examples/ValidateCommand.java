package dev.prima.examples;

import dev.prima.system.Finding;
import dev.prima.system.ModelValidator;
import dev.prima.system.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code prima-examples validate FILE...}: checks BPMN files against the service triangle. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks BPMN files against the service triangle without deploying them: well-formed BPMN,"
          + " an executable process, elements Camunda 7 runs, Prima's properties, roles,"
          + " touchpoint channels and lanes, the service standard and its targets.",
      "Exit code 0 when no file has errors (warnings allowed), 1 when any has, 2 on usage errors."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      converter = Converters.FilePath.class,
      arity = "1..*",
      paramLabel = "FILE",
      description = "BPMN files to check.")
  private List<Path> files;

  @Option(
      names = "--role",
      split = ",",
      paramLabel = "<role>",
      description =
          "Frontline roles (candidate groups) the triangle declares; with them, a user task for"
              + " any other group is an error. Repeat or separate with commas.")
  private List<String> roles = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Set<String> declared = new LinkedHashSet<>(roles);
    ModelValidator validator = ModelValidator.custom().roles(declared).build();
    int filesWithErrors = 0;
    int errors = 0;
    int warnings = 0;
    for (Path file : files) {
      ValidationReport report = validator.validate(file);
      out.println(file + ": " + summary(report));
      for (Finding finding : report.findings()) {
        out.println(
            "  "
                + finding.severity()
                + (finding.elementId() == null ? "" : " [" + finding.elementId() + "]")
                + " "
                + finding.message()
                + "\n      fix: "
                + finding.fix());
      }
      errors += report.errors().size();
      warnings += report.warnings().size();
      if (report.hasErrors()) {
        filesWithErrors++;
      }
    }
    out.printf(
        "%d file(s) checked: %d with errors; %d error(s), %d warning(s)%n",
        files.size(), filesWithErrors, errors, warnings);
    out.flush();
    return filesWithErrors == 0 ? 0 : 1;
  }

  private static String summary(ValidationReport report) {
    if (report.findings().isEmpty()) {
      return "OK";
    }
    return report.errors().size() + " error(s), " + report.warnings().size() + " warning(s)";
  }
}
