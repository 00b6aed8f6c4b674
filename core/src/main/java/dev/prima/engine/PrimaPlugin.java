package dev.prima.engine;

import dev.prima.engine.internal.ClockSyncInterceptor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Prima's one Camunda plugin. Add it to a process engine configuration you build yourself (for
 * example as a bean in a Spring Boot application) to join Prima to that engine; {@link
 * dev.prima.Prima#builder()} adds it for you.
 *
 * <pre>{@code
 * ProcessEngineConfigurationImpl cfg = ...;
 * cfg.getProcessEnginePlugins().add(PrimaPlugin.ofDefaults());
 * Prima prima = Prima.join(cfg.buildProcessEngine());
 * }</pre>
 */
public final class PrimaPlugin implements ProcessEnginePlugin {

  private final Clock clock;

  private PrimaPlugin(Builder builder) {
    this.clock = builder.clock;
  }

  /** A plugin with the system clock. */
  public static PrimaPlugin ofDefaults() {
    return custom().build();
  }

  /** A builder for a plugin with custom settings. */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * The clock Prima stamps touchpoints with; Camunda's clock follows it when it is not the system
   * clock.
   */
  public Clock clock() {
    return clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!ClockSyncInterceptor.isSystemClock(clock)) {
      List<CommandInterceptor> interceptors =
          configuration.getCustomPreCommandInterceptorsTxRequired() == null
              ? new ArrayList<>()
              : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
      interceptors.add(0, new ClockSyncInterceptor(clock));
      configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {}

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {}

  @Override
  public String toString() {
    return "PrimaPlugin[clock=" + clock + "]";
  }

  /** Fail-fast builder for {@link PrimaPlugin}. */
  public static final class Builder {
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /** The clock for touchpoint times and for Camunda's own clock; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    public PrimaPlugin build() {
      return new PrimaPlugin(this);
    }
  }
}
