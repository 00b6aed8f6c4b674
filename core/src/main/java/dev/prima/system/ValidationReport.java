package dev.prima.system;

import java.util.List;
import java.util.stream.Collectors;

/** Every finding of one validation, errors first, each group in document order. */
public record ValidationReport(List<Finding> findings) {

  public ValidationReport {
    findings =
        findings.stream()
            .sorted((a, b) -> Boolean.compare(b.isError(), a.isError()))
            .collect(Collectors.toUnmodifiableList());
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  public List<Finding> errors() {
    return findings.stream().filter(Finding::isError).toList();
  }

  public List<Finding> warnings() {
    return findings.stream().filter(f -> !f.isError()).toList();
  }

  /** One finding per line; {@code no findings} when clean. */
  public String toText() {
    return findings.isEmpty()
        ? "no findings"
        : findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }
}
