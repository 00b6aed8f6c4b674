package dev.prima;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** A clock tests move by hand; {@link #wakeJobExecutorOf} runs due timers as time passes. */
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

  /** Wakes {@code prima}'s job executor after each {@link #advance}, so due timers run at once. */
  public void wakeJobExecutorOf(Prima prima) {
    var configuration =
        (ProcessEngineConfigurationImpl) prima.processEngine().getProcessEngineConfiguration();
    onMove(() -> configuration.getJobExecutor().jobWasAdded());
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
