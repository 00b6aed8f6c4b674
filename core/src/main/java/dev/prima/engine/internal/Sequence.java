package dev.prima.engine.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Orders journal rows recorded in the same millisecond: microseconds since the epoch, strictly
 * increasing within one JVM and roughly time-ordered across nodes.
 */
final class Sequence {
  private static final AtomicLong LAST = new AtomicLong();

  private Sequence() {}

  static long next() {
    long now = System.currentTimeMillis() * 1000;
    return LAST.updateAndGet(previous -> Math.max(previous + 1, now));
  }
}
