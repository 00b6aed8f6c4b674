package dev.prima.examples;

import dev.prima.internal.Messages;
import dev.prima.system.Finding;
import dev.prima.system.ModelValidator;
import dev.prima.system.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin private LanguageOption language = new LanguageOption();

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
    Locale locale = language.locale();
    Messages texts = Messages.of("dev.prima.examples.validate", locale, ValidateCommand.class);
    Set<String> declared = new LinkedHashSet<>(roles);
    ModelValidator validator = ModelValidator.custom().roles(declared).build();
    int filesWithErrors = 0;
    int errors = 0;
    int warnings = 0;
    for (Path file : files) {
      ValidationReport report = validator.validate(file);
      out.println(summary(texts, file, report));
      for (Finding finding : report.findings()) {
        out.println(
            "  "
                + texts.text(
                    "validate.finding",
                    texts.text("validate.severity." + finding.severity().name()),
                    finding.elementId() == null
                        ? ""
                        : texts.text("validate.element", finding.elementId()),
                    finding.message(locale)));
        out.println("      " + texts.text("validate.fix", finding.fix(locale)));
      }
      errors += report.errors().size();
      warnings += report.warnings().size();
      if (report.hasErrors()) {
        filesWithErrors++;
      }
    }
    out.println(
        texts.text(
            "validate.total",
            String.valueOf(files.size()),
            String.valueOf(filesWithErrors),
            String.valueOf(errors),
            String.valueOf(warnings)));
    out.flush();
    return filesWithErrors == 0 ? 0 : 1;
  }

  private static String summary(Messages texts, Path file, ValidationReport report) {
    if (report.findings().isEmpty()) {
      return texts.text("validate.file.ok", file.toString());
    }
    return texts.text(
        "validate.file.findings",
        file.toString(),
        String.valueOf(report.errors().size()),
        String.valueOf(report.warnings().size()));
  }
}
