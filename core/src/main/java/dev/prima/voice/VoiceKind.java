package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a citizen voiced. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum VoiceKind {
  /** Something went wrong and must be answered within the standard's complaint deadline. */
  COMPLAINT,
  /** An idea to improve the service; answered like a complaint, without a handling process. */
  SUGGESTION
}
