package dev.prima.spring.boot.internal;

import dev.prima.strategy.Breach;
import dev.prima.strategy.BreachListener;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Prima's Micrometer meters, recorded after commit (a rolled-back command records nothing), with
 * tag values bounded by the deployed models: process key, moment, channel, outcome, breach kind.
 */
public final class PrimaMetrics implements TouchpointListener, BreachListener {

  /** Touchpoints ended; Prometheus: {@code prima_touchpoints_ended_total}. */
  public static final String TOUCHPOINTS_ENDED = "prima.touchpoints.ended";

  /** Time in each touchpoint; Prometheus: {@code prima_touchpoint_duration_seconds}. */
  public static final String TOUCHPOINT_DURATION = "prima.touchpoint.duration";

  /** Breaches of the service standard; Prometheus: {@code prima_breaches_total}. */
  public static final String BREACHES = "prima.breaches";

  /** Cases (top-level process instances) running now; Prometheus: {@code prima_cases_active}. */
  public static final String ACTIVE_CASES = "prima.cases.active";

  private final ObjectProvider<MeterRegistry> registry;

  public PrimaMetrics(ObjectProvider<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public void onTouchpoint(Touchpoint touchpoint) {
    MeterRegistry meters = registry.getIfAvailable();
    if (meters == null || touchpoint.outcome() == Outcome.ACTIVE || touchpoint.end() == null) {
      return;
    }
    String channel = touchpoint.channel() == null ? "none" : touchpoint.channel().id();
    Counter.builder(TOUCHPOINTS_ENDED)
        .description("Moments of truth that ended, after their transaction committed")
        .tag("process", touchpoint.processDefinitionKey())
        .tag("moment", touchpoint.moment())
        .tag("channel", channel)
        .tag("outcome", touchpoint.outcome().name())
        .register(meters)
        .increment();
    if (touchpoint.start() != null) {
      Timer.builder(TOUCHPOINT_DURATION)
          .description("Time from a moment of truth's start to its end")
          .tag("process", touchpoint.processDefinitionKey())
          .tag("moment", touchpoint.moment())
          .register(meters)
          .record(Duration.between(touchpoint.start(), touchpoint.end()));
    }
  }

  @Override
  public void onBreach(Breach breach) {
    MeterRegistry meters = registry.getIfAvailable();
    if (meters == null) {
      return;
    }
    Counter.builder(BREACHES)
        .description("Breaches of the service standard, when they were noticed")
        .tag("process", breach.processDefinitionKey())
        .tag("kind", breach.kind().name())
        .register(meters)
        .increment();
  }

  /** A gauge of the cases running now, read from the engine when the registry is scraped. */
  public static MeterBinder activeCases(ObjectProvider<ProcessEngine> processEngine) {
    return meters ->
        Gauge.builder(
                ACTIVE_CASES,
                processEngine,
                engine ->
                    engine
                        .getObject()
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .rootProcessInstances()
                        .count())
            .description("Cases (top-level process instances) running now")
            .register(meters);
  }
}
