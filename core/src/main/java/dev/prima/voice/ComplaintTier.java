package dev.prima.voice;

/**
 * How heavy a complaint is, passed to the handling process as variable {@code tier}. Agencies tier
 * resolution (typically light 2 working days, normative 5, serious 14, 60 when supervision is
 * needed); each tier's limit is agency policy, held by {@link ComplaintPolicy}, which the
 * ready-made handling process reads.
 */
public enum ComplaintTier {
  LIGHT,
  NORMATIVE,
  SERIOUS,
  SUPERVISION
}
