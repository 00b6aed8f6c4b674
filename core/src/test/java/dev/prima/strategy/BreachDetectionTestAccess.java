package dev.prima.strategy;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** Shares the breach test's model helpers with tests in other packages. */
public final class BreachDetectionTestAccess {
  private BreachDetectionTestAccess() {}

  public static void property(BpmnModelInstance model, String id, String name, String value) {
    BreachDetectionTest.property(model, id, name, value);
  }

  /** A clock tests move by hand. */
  public static final class Clock extends java.time.Clock {
    private final BreachDetectionTest.OfficeClock delegate;

    public Clock(Instant start) {
      this.delegate = new BreachDetectionTest.OfficeClock(start);
    }

    public void advance(Duration duration) {
      delegate.advance(duration);
    }

    @Override
    public java.time.ZoneId getZone() {
      return delegate.getZone();
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return delegate.instant();
    }
  }
}
