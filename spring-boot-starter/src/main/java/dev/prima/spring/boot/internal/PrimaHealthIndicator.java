package dev.prima.spring.boot.internal;

import dev.prima.Prima;
import dev.prima.touchpoint.JournalStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** {@code /actuator/health}: the journal's schema version and whether it is writable. */
public final class PrimaHealthIndicator extends AbstractHealthIndicator {

  private final ObjectProvider<Prima> prima;

  public PrimaHealthIndicator(ObjectProvider<Prima> prima) {
    super("Prima's journal health check failed");
    this.prima = prima;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    JournalStatus status = prima.getObject().journalStatus();
    health
        .withDetail("journalSchemaVersion", status.schemaVersion())
        .withDetail("journalSchemaVersionRequired", status.requiredVersion())
        .withDetail("journalWritable", status.writable());
    if (status.healthy()) {
      health.up();
    } else {
      health.down().withDetail("problem", status.problem());
    }
  }
}
