package dev.prima.spring.boot.internal;

import dev.prima.Prima;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/** {@code /actuator/info}: Prima's version, its engine and what it was configured with. */
public final class PrimaInfoContributor implements InfoContributor {

  private final ObjectProvider<Prima> prima;

  public PrimaInfoContributor(ObjectProvider<Prima> prima) {
    this.prima = prima;
  }

  @Override
  public void contribute(Info.Builder info) {
    Prima joined = prima.getObject();
    Map<String, Object> details = new LinkedHashMap<>();
    String version = Prima.class.getPackage().getImplementationVersion();
    details.put("version", version == null ? "unknown" : version);
    details.put("engine", joined.name());
    details.put("calendarZone", joined.standards().calendar().zone().getId());
    details.put("journalSchemaVersion", joined.journalStatus().schemaVersion());
    info.withDetail("prima", details);
  }
}
