package dev.prima.testing.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Sequence flows taken per process definition id, since the last {@link #drain(String)}. */
public final class TakenFlows {

  private final Map<String, Set<String>> byDefinition = new ConcurrentHashMap<>();

  void taken(String processDefinitionId, String sequenceFlowId) {
    byDefinition
        .computeIfAbsent(processDefinitionId, id -> ConcurrentHashMap.newKeySet())
        .add(sequenceFlowId);
  }

  /** The flows taken in one definition so far, forgetting them. */
  public Set<String> drain(String processDefinitionId) {
    Set<String> taken = byDefinition.remove(processDefinitionId);
    return taken == null ? Set.of() : Set.copyOf(taken);
  }

  /** The flows taken in one definition so far. */
  public Set<String> peek(String processDefinitionId) {
    Set<String> taken = byDefinition.get(processDefinitionId);
    return taken == null ? Set.of() : Set.copyOf(taken);
  }
}
