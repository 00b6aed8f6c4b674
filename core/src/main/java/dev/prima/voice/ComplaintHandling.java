package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The contract with the complaint-handling process: when a process with this key is deployed,
 * lodging a complaint starts its latest version with these variables and its business key set to
 * the complaint id. The model in {@code prima-bpmn-models} follows it.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ComplaintHandling {

  /** Process key of the complaint-handling process. */
  public static final String PROCESS_KEY = "complaint-handling";

  /** {@code String}: the complaint's id in {@code PRIMA_VOICE}. */
  public static final String VAR_COMPLAINT_ID = "complaintId";

  /** {@code String}: the case complained about, or {@code null} for a service in general. */
  public static final String VAR_CASE_ID = "caseId";

  /** {@code String}: a {@link ComplaintTier} name, {@code LIGHT} by default. */
  public static final String VAR_TIER = "tier";

  private ComplaintHandling() {}
}
