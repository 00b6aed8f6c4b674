package dev.prima.system;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaException;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A deployment's models have errors against the service triangle; nothing of that deployment was
 * deployed. The message lists every finding with its resource, element id and fix.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class ModelValidationException extends PrimaException {

  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /**
   * Creates the exception; the message lists every finding.
   *
   * @param deploymentName the name of the rejected deployment
   * @param report the findings, at least one of them an error
   */
  public ModelValidationException(String deploymentName, ValidationReport report) {
    super(
        "Deployment '"
            + deploymentName
            + "' rejected, nothing was deployed: "
            + report.errors().size()
            + (report.errors().size() == 1 ? " error" : " errors")
            + (report.warnings().isEmpty() ? "" : ", " + report.warnings().size() + " warnings")
            + report.findings().stream().map(f -> "\n  - " + f).collect(Collectors.joining()));
    this.report = report;
  }

  /** {@return all findings, errors first} */
  public ValidationReport report() {
    return report;
  }
}
