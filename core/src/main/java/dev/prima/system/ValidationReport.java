package dev.prima.system;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Every finding of one validation, errors first, each group in document order.
 *
 * @param findings every finding, errors first
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ValidationReport(List<Finding> findings) {

  /**
   * Sorts the findings, errors first.
   *
   * @param findings the findings; not null
   */
  public ValidationReport {
    findings =
        findings.stream()
            .sorted((a, b) -> Boolean.compare(b.isError(), a.isError()))
            .collect(Collectors.toUnmodifiableList());
  }

  /** {@return whether any finding is an error, so the deployment is rejected} */
  public boolean hasErrors() {
    return findings.stream().anyMatch(Finding::isError);
  }

  /** {@return the errors, in document order} */
  public List<Finding> errors() {
    return findings.stream().filter(Finding::isError).toList();
  }

  /** {@return the warnings, in document order} */
  public List<Finding> warnings() {
    return findings.stream().filter(f -> !f.isError()).toList();
  }

  /** {@return one finding per line; {@code no findings} when clean} */
  public String toText() {
    return findings.isEmpty()
        ? "no findings"
        : findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }

  /**
   * One finding per line in {@code locale}'s language, Bahasa Indonesia ({@code id}) or English
   * (any other); {@code tidak ada temuan} / {@code no findings} when clean. In English the same as
   * {@link #toText()}.
   *
   * @param locale the reader's language
   * @return the findings as text
   */
  public String toText(Locale locale) {
    return findings.isEmpty()
        ? Finding.texts(locale).text("report.none")
        : findings.stream().map(f -> f.toText(locale)).collect(Collectors.joining("\n"));
  }
}
