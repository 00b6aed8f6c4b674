package dev.prima.engine.internal;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Sets Camunda's clock from the configured {@link Clock} before every command. */
public final class ClockSyncInterceptor extends CommandInterceptor {

  private final Clock clock;

  public ClockSyncInterceptor(Clock clock) {
    this.clock = clock;
  }

  @Override
  public <T> T execute(Command<T> command) {
    ClockUtil.setCurrentTime(Date.from(clock.instant()));
    return next.execute(command);
  }

  /** True when the clock is the system clock, so Camunda's own clock needs no syncing. */
  public static boolean isSystemClock(Clock clock) {
    return clock.withZone(java.time.ZoneOffset.UTC).equals(Clock.systemUTC());
  }

  /** Puts Camunda's JVM-wide clock back on system time, undoing any syncing. */
  public static void resetEngineClock() {
    ClockUtil.reset();
  }
}
