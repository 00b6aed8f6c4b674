package dev.prima.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The demo's office clock: a working day that moves only when the demo says time passes. */
final class DemoClock extends Clock {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private volatile Instant now;

  DemoClock(Instant start) {
    this.now = start;
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return JAKARTA;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
