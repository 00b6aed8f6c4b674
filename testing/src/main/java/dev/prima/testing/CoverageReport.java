package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Process coverage of a test class or of a whole test run: per process key, which flow nodes and
 * sequence flows the tests reached. {@code PrimaExtension} collects it from Camunda's history (flow
 * nodes) and from a listener on every sequence flow, and writes it as JSON under {@code
 * target/prima-coverage/}.
 *
 * <pre>{@code
 * @AfterAll
 * static void everyPathIsTested(CoverageReport coverage) {
 *   PrimaAssertions.assertThat(coverage).isAtLeast(0.9);
 * }
 * }</pre>
 *
 * @param name what was covered: a test class name, or {@code run} for the whole run
 * @param processes coverage per process key, sorted by key
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CoverageReport(String name, Map<String, ProcessCoverage> processes) {

  /**
   * Checks that each process is under its own key and sorts them.
   *
   * @param name what was covered; not null
   * @param processes coverage per process key; not null
   * @throws IllegalArgumentException if a coverage is under another process's key
   */
  public CoverageReport {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(processes, "processes must not be null");
    processes.forEach(
        (key, coverage) -> {
          if (!key.equals(coverage.processKey())) {
            throw new IllegalArgumentException(
                "processes must be keyed by their process key, but "
                    + coverage.processKey()
                    + " is under "
                    + key);
          }
        });
    processes = Collections.unmodifiableMap(new TreeMap<>(processes));
  }

  /**
   * {@return a report without processes}
   *
   * @param name what is covered, such as the test class name
   */
  public static CoverageReport empty(String name) {
    return new CoverageReport(name, Map.of());
  }

  /**
   * {@return the coverage of one process, if it was deployed in the tests}
   *
   * @param processKey the process definition key
   */
  public Optional<ProcessCoverage> process(String processKey) {
    return Optional.ofNullable(processes.get(processKey));
  }

  /**
   * Covered elements over all elements of all processes, from 0 to 1; 0 without processes.
   *
   * @return the share of covered elements
   */
  public double ratio() {
    int elements = processes.values().stream().mapToInt(ProcessCoverage::elements).sum();
    int covered = processes.values().stream().mapToInt(ProcessCoverage::coveredElements).sum();
    return ProcessCoverage.ratio(covered, elements);
  }

  /**
   * This report with the coverage of {@code other} added, under this report's name.
   *
   * @param other another report, such as another test class's
   * @return a new report; both are left unchanged
   */
  public CoverageReport merge(CoverageReport other) {
    Objects.requireNonNull(other, "other must not be null");
    Map<String, ProcessCoverage> merged = new TreeMap<>(processes);
    other.processes.forEach((key, coverage) -> merged.merge(key, coverage, ProcessCoverage::merge));
    return new CoverageReport(name, merged);
  }

  /**
   * This report with one process's coverage added.
   *
   * @param coverage the coverage of one process, merged with any of the same process
   * @return a new report; this one is left unchanged
   */
  public CoverageReport with(ProcessCoverage coverage) {
    Objects.requireNonNull(coverage, "coverage must not be null");
    return merge(new CoverageReport(name, Map.of(coverage.processKey(), coverage)));
  }

  /** One line per process after a summary line. */
  @Override
  public String toString() {
    return "coverage of "
        + name
        + ": "
        + ProcessCoverage.percent(ratio())
        + processes.values().stream()
            .map(coverage -> "\n  " + coverage)
            .collect(Collectors.joining());
  }
}
