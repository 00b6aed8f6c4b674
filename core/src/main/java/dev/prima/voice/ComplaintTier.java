package dev.prima.voice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How heavy a complaint is, passed to the handling process as variable {@code tier}. Agencies tier
 * resolution (typically light 2 working days, normative 5, serious 14, 60 when supervision is
 * needed); each tier's limit is agency policy, held by {@link ComplaintPolicy}, which the
 * ready-made handling process reads.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ComplaintTier {
  /** A light complaint, typically resolved within 2 working days. */
  LIGHT,
  /** A normative complaint, typically resolved within 5 working days. */
  NORMATIVE,
  /** A serious complaint, typically resolved within 14 working days. */
  SERIOUS,
  /** A complaint that needs supervision, typically resolved within 60 working days. */
  SUPERVISION
}
