package dev.prima.touchpoint;

import dev.prima.PrimaException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A deployment declares touchpoints wrongly (unknown {@code prima.*} property, invalid channel,
 * lane, kind or duration). Nothing of that deployment was deployed. The message lists every problem
 * with its resource, element id, bad value and the valid choices.
 */
public class InvalidTouchpointDeclarationException extends PrimaException {

  private static final long serialVersionUID = 1L;

  /** One problem: where it is and what is wrong. */
  public record Finding(
      String resource, String elementId, String property, String value, String message) {
    @Override
    public String toString() {
      return resource + ", element '" + elementId + "', " + property + ": " + message;
    }
  }

  private final transient List<Finding> findings;

  public InvalidTouchpointDeclarationException(String deploymentName, List<Finding> findings) {
    super(
        "Deployment '"
            + deploymentName
            + "' rejected, nothing was deployed: "
            + findings.size()
            + (findings.size() == 1 ? " invalid Prima property" : " invalid Prima properties")
            + findings.stream().map(f -> "\n  - " + f).collect(Collectors.joining()));
    this.findings = List.copyOf(findings);
  }

  /** Every problem found, in document order. */
  public List<Finding> findings() {
    return findings;
  }
}
