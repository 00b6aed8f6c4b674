package dev.prima.voice;

/** What a citizen voiced. */
public enum VoiceKind {
  /** Something went wrong and must be answered within the standard's complaint deadline. */
  COMPLAINT,
  /** An idea to improve the service; answered like a complaint, without a handling process. */
  SUGGESTION
}
