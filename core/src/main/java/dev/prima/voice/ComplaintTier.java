package dev.prima.voice;

/**
 * How heavy a complaint is, passed to the handling process as variable {@code tier}. Agencies tier
 * resolution (often light 2 working days, normative 5, serious 14, 60 when supervision is needed);
 * the handling process, not Prima, decides the durations, as they are agency policy.
 */
public enum ComplaintTier {
  LIGHT,
  NORMATIVE,
  SERIOUS,
  SUPERVISION
}
