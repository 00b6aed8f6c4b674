package dev.prima;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand; {@link #onMove} can wake a job executor when time passes. */
public final class MutableClock extends Clock {

  private volatile Instant now;
  private volatile Runnable onMove = () -> {};

  public MutableClock(Instant start) {
    this.now = start;
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
    onMove.run();
  }

  /** Runs {@code action} after each {@link #advance}. */
  public void onMove(Runnable action) {
    this.onMove = action;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
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
