package dev.prima.voice.spi;

import java.util.Objects;

/** A top-level process instance of a case, as the engine or the journal knows it. */
public record CaseInstance(
    String caseId,
    String processInstanceId,
    String processDefinitionKey,
    int processDefinitionVersion,
    String tenantId) {

  public CaseInstance {
    Objects.requireNonNull(caseId, "caseId must not be null");
    Objects.requireNonNull(processInstanceId, "processInstanceId must not be null");
    Objects.requireNonNull(processDefinitionKey, "processDefinitionKey must not be null");
  }
}
