package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How long a test engine lives, and which test classes share it. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Scope {
  /** A fresh in-memory engine per test class, closed after it (the default). */
  PER_CLASS,
  /**
   * One in-memory engine for every test class that asks for it in the run (with the same history
   * level and clock start), closed when the run ends: faster, and still clean between tests.
   */
  SHARED
}
