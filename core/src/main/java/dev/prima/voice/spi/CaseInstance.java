package dev.prima.voice.spi;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A top-level process instance of a case, as the engine or the journal knows it.
 *
 * @param caseId the case
 * @param processInstanceId the top-level process instance
 * @param processDefinitionKey its process definition key
 * @param processDefinitionVersion its process definition version
 * @param tenantId its tenant, or {@code null}
 */
@API(status = INTERNAL, since = "0.1.0")
public record CaseInstance(
    String caseId,
    String processInstanceId,
    String processDefinitionKey,
    int processDefinitionVersion,
    String tenantId) {

  /**
   * Checks the required values.
   *
   * @param caseId the case
   * @param processInstanceId the top-level process instance
   * @param processDefinitionKey its process definition key
   * @param processDefinitionVersion its process definition version
   * @param tenantId its tenant, or {@code null}
   */
  public CaseInstance {
    Objects.requireNonNull(caseId, "caseId must not be null");
    Objects.requireNonNull(processInstanceId, "processInstanceId must not be null");
    Objects.requireNonNull(processDefinitionKey, "processDefinitionKey must not be null");
  }
}
