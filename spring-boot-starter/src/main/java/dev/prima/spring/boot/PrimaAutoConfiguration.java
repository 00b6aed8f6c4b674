package dev.prima.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.Prima;
import dev.prima.engine.PrimaPlugin;
import dev.prima.people.FrontlineRole;
import dev.prima.people.FrontlineRoles;
import dev.prima.people.StaffDirectory;
import dev.prima.spring.boot.internal.PrimaHealthIndicator;
import dev.prima.spring.boot.internal.PrimaInfoContributor;
import dev.prima.spring.boot.internal.PrimaMetrics;
import dev.prima.strategy.BreachListener;
import dev.prima.strategy.ServiceStandard;
import dev.prima.strategy.WorkingCalendar;
import dev.prima.touchpoint.TouchpointListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Prima on the process engine of Camunda's Spring Boot starter: registers {@link PrimaPlugin} as a
 * {@code ProcessEnginePlugin} bean (the starter applies every such bean), built from {@link
 * PrimaProperties} and from the application's beans of {@link TouchpointListener}, {@link
 * BreachListener}, {@link ServiceStandard}, {@link FrontlineRole} (or {@link FrontlineRoles}),
 * {@link StaffDirectory} and {@link WorkingCalendar}; exposes {@link Prima} joined to the starter's
 * engine. Each bean backs off when the application declares its own. With the actuator: a health
 * indicator and an info contribution; with Micrometer: touchpoint, breach and case metrics.
 *
 * <p>Listener beans are needed while the engine is built, so they must not depend on the engine
 * themselves (inject an {@code ObjectProvider} instead).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@AutoConfiguration(after = CamundaBpmAutoConfiguration.class)
@ConditionalOnClass({ProcessEngine.class, Prima.class, CamundaBpmAutoConfiguration.class})
@ConditionalOnProperty(prefix = "prima", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(PrimaProperties.class)
public class PrimaAutoConfiguration {

  /**
   * Prima's plugin, from {@code prima.*} and the application's beans.
   *
   * @param properties the {@code prima.*} settings
   * @param touchpointListeners the application's touchpoint listener beans, called in their
   *     {@code @Order}
   * @param breachListeners the application's breach listener beans, called in their {@code @Order}
   * @param standards the application's service standard beans, added to the plugin's standards
   * @param roles single frontline role beans
   * @param roleSets frontline role set beans; their roles join the single ones
   * @param staff the staff directory bean for competency routing, if any
   * @param calendar the working calendar bean; without one, {@code prima.calendar.*} builds it
   * @return the plugin the Camunda starter applies to its engine
   */
  @Bean
  @ConditionalOnMissingBean
  public PrimaPlugin primaPlugin(
      PrimaProperties properties,
      ObjectProvider<TouchpointListener> touchpointListeners,
      ObjectProvider<BreachListener> breachListeners,
      ObjectProvider<ServiceStandard> standards,
      ObjectProvider<FrontlineRole> roles,
      ObjectProvider<FrontlineRoles> roleSets,
      ObjectProvider<StaffDirectory> staff,
      ObjectProvider<WorkingCalendar> calendar) {
    PrimaPlugin.Builder plugin =
        PrimaPlugin.custom()
            .touchpointLog(properties.touchpointLog().enabled())
            .discoverListeners(properties.listeners().discover())
            .noQualifiedStaff(properties.people().noQualifiedStaff())
            .complaintOfficerRoles(properties.complaints().officerRoles().toArray(String[]::new))
            .complaintPolicy(properties.complaints().toComplaintPolicy())
            .calendar(calendar.getIfAvailable(() -> properties.calendar().toWorkingCalendar()));
    touchpointListeners.orderedStream().forEach(plugin::listener);
    breachListeners.orderedStream().forEach(plugin::breachListener);
    standards.orderedStream().forEach(plugin::standard);
    List<FrontlineRole> declared = new ArrayList<>(roles.orderedStream().toList());
    roleSets.orderedStream().forEach(set -> declared.addAll(set.all()));
    if (!declared.isEmpty()) {
      plugin.roles(FrontlineRoles.of(declared));
    }
    staff.ifAvailable(plugin::staff);
    return plugin.build();
  }

  /**
   * Prima joined to the starter's engine; closing it leaves the engine to Spring.
   *
   * @param processEngine the engine the Camunda starter built with the Prima plugin
   * @return Prima joined to that engine
   */
  @Bean
  @ConditionalOnBean(ProcessEngine.class)
  @ConditionalOnMissingBean
  public Prima prima(ProcessEngine processEngine) {
    return Prima.join(processEngine);
  }

  /** Actuator: {@code /actuator/health} and {@code /actuator/info}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  static class Actuator {

    @Bean
    @ConditionalOnMissingBean(name = "primaHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("prima")
    HealthIndicator primaHealthIndicator(ObjectProvider<Prima> prima) {
      return new PrimaHealthIndicator(prima);
    }

    @Bean
    @ConditionalOnMissingBean(name = "primaInfoContributor")
    @ConditionalOnEnabledInfoContributor("prima")
    InfoContributor primaInfoContributor(ObjectProvider<Prima> prima) {
      return new PrimaInfoContributor(prima);
    }
  }

  /** Micrometer: touchpoints ended, their durations, breaches, active cases. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class Metrics {

    @Bean
    @ConditionalOnMissingBean
    PrimaMetrics primaMetrics(ObjectProvider<MeterRegistry> registry) {
      return new PrimaMetrics(registry);
    }

    @Bean
    @ConditionalOnMissingBean(name = "primaActiveCases")
    MeterBinder primaActiveCases(ObjectProvider<ProcessEngine> processEngine) {
      return PrimaMetrics.activeCases(processEngine);
    }
  }
}
