package dev.prima.testing;

/** How long a test engine lives, and which test classes share it. */
public enum Scope {
  /** A fresh in-memory engine per test class, closed after it (the default). */
  PER_CLASS,
  /**
   * One in-memory engine for every test class that asks for it in the run (with the same history
   * level and clock start), closed when the run ends: faster, and still clean between tests.
   */
  SHARED
}
