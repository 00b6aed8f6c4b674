package dev.prima.touchpoint;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Whether the touchpoint journal can do its job: its tables at the version this Prima needs, and
 * writable by the engine's database user.
 *
 * @param schemaVersion the newest applied version of Prima's tables; 0 when none is applied
 * @param requiredVersion the version this Prima needs
 * @param writable whether the database user may insert into the journal
 * @param problem what is wrong, with the fix; empty when the journal is healthy
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record JournalStatus(
    int schemaVersion, int requiredVersion, boolean writable, String problem) {

  /**
   * Checks that the problem is given, empty when healthy.
   *
   * @param schemaVersion the newest applied version; 0 when none
   * @param requiredVersion the version this Prima needs
   * @param writable whether the database user may insert into the journal
   * @param problem what is wrong, with the fix; empty when healthy, never {@code null}
   */
  public JournalStatus {
    Objects.requireNonNull(problem, "problem must not be null (empty when healthy)");
  }

  /** {@return true when the tables are up to date and writable} */
  public boolean healthy() {
    return problem.isEmpty();
  }
}
