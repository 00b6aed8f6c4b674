package dev.prima.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaConfigurationException;
import dev.prima.engine.internal.EngineBootstrap;
import dev.prima.engine.internal.EngineWiring;
import dev.prima.engine.internal.Triangle;
import dev.prima.people.FrontlineRoles;
import dev.prima.people.NoQualifiedStaffPolicy;
import dev.prima.people.StaffDirectory;
import dev.prima.strategy.BreachListener;
import dev.prima.strategy.ServiceStandard;
import dev.prima.strategy.WorkingCalendar;
import dev.prima.touchpoint.TouchpointListener;
import dev.prima.touchpoint.TouchpointLog;
import dev.prima.voice.ComplaintPolicy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.apiguardian.api.API;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;

/**
 * Prima's one Camunda plugin: touchpoint parse listener, journal writer, schema and listeners. Add
 * it to a process engine configuration you build yourself (for example as a bean in a Spring Boot
 * application) to join Prima to that engine; {@link dev.prima.Prima#builder()} adds it for you.
 *
 * <pre>{@code
 * ProcessEngineConfigurationImpl cfg = ...;
 * cfg.getProcessEnginePlugins().add(PrimaPlugin.ofDefaults());
 * Prima prima = Prima.join(cfg.buildProcessEngine());
 * }</pre>
 *
 * <p>Prima's tables follow the configuration's {@code databaseSchemaUpdate}: created or upgraded
 * with {@code true}, checked with {@code false}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class PrimaPlugin implements ProcessEnginePlugin {

  /** The roles that see who lodged a complaint unless others are named. */
  public static final Set<String> DEFAULT_COMPLAINT_OFFICER_ROLES = Set.of("complaint-officer");

  private final Clock clock;
  private final List<TouchpointListener> listeners;
  private final Triangle triangle;
  private final List<ProcessEnginePlugin> plugins;
  private final Set<String> complaintOfficerRoles;
  private final ComplaintPolicy complaintPolicy;

  private PrimaPlugin(Builder builder) {
    this.clock = builder.clock;
    this.complaintOfficerRoles = builder.complaintOfficerRoles;
    this.complaintPolicy = builder.complaintPolicy;
    this.plugins = List.copyOf(builder.plugins);
    List<TouchpointListener> all = new ArrayList<>();
    if (builder.touchpointLog) {
      all.add(new TouchpointLog());
    }
    all.addAll(builder.listeners);
    if (builder.discoverListeners) {
      ServiceLoader.load(TouchpointListener.class).forEach(all::add);
    }
    this.listeners = List.copyOf(all);
    this.triangle =
        new Triangle(
            clock,
            listeners,
            builder.breachListeners,
            builder.calendar,
            builder.standards,
            builder.roles,
            builder.staff,
            builder.policy);
  }

  /**
   * {@return a plugin with the system clock and listeners discovered with {@link ServiceLoader}}
   */
  public static PrimaPlugin ofDefaults() {
    return custom().build();
  }

  /** {@return a builder for a plugin with custom settings} */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * {@return the Prima plugin of a running engine, if it has one: for code that runs inside the
   * engine (a delegate or listener of a model, through {@code execution.getProcessEngine()}) and
   * needs the instance's working calendar or complaint policy} It finds the plugin where {@link
   * dev.prima.Prima#join} does, Camunda's Spring Boot composite plugin included.
   *
   * @param processEngine a running engine
   */
  public static Optional<PrimaPlugin> of(ProcessEngine processEngine) {
    Objects.requireNonNull(processEngine, "processEngine must not be null");
    return EngineBootstrap.pluginOf(processEngine);
  }

  /**
   * {@return the clock touchpoints are stamped with; Camunda's clock follows it when it is not the
   * system clock}
   */
  public Clock clock() {
    return clock;
  }

  /**
   * {@return the touchpoint listeners in call order: the touchpoint log first, unless it is off}
   */
  public List<TouchpointListener> listeners() {
    return listeners;
  }

  /** {@return the working calendar that working-time limits are counted on} */
  public WorkingCalendar calendar() {
    return triangle.calendar();
  }

  /** {@return the frontline roles of the service triangle; empty when none were declared} */
  public FrontlineRoles roles() {
    return triangle.roles();
  }

  /** {@return the staff directory used for competency routing, if one was given} */
  public Optional<StaffDirectory> staff() {
    return Optional.ofNullable(triangle.staff());
  }

  /** {@return the service standards given in Java, by process definition key} */
  public Map<String, ServiceStandard> standards() {
    return triangle.standards();
  }

  /**
   * {@return the roles allowed to see who lodged a complaint; default {@code complaint-officer}}
   */
  public Set<String> complaintOfficerRoles() {
    return complaintOfficerRoles;
  }

  /**
   * {@return how soon complaints are acknowledged and resolved; default {@link
   * ComplaintPolicy#ofDefaults()}}
   */
  public ComplaintPolicy complaintPolicy() {
    return complaintPolicy;
  }

  /** {@return the other Camunda plugins applied with this one, in the order they were added} */
  public List<ProcessEnginePlugin> plugins() {
    return plugins;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineWiring.preInit(configuration, triangle);
    plugins.forEach(plugin -> plugin.preInit(configuration));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    EngineWiring.postInit(configuration);
    plugins.forEach(plugin -> plugin.postInit(configuration));
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    plugins.forEach(plugin -> plugin.postProcessEngineBuild(processEngine));
  }

  @Override
  public String toString() {
    return "PrimaPlugin[clock="
        + clock
        + ", listeners="
        + listeners.size()
        + ", plugins="
        + plugins.size()
        + "]";
  }

  /** Fail-fast builder for {@link PrimaPlugin}. */
  public static final class Builder {
    private Clock clock = Clock.systemDefaultZone();
    private final List<TouchpointListener> listeners = new ArrayList<>();
    private final List<ProcessEnginePlugin> plugins = new ArrayList<>();
    private boolean discoverListeners = true;
    private boolean touchpointLog = true;
    private final List<BreachListener> breachListeners = new ArrayList<>();
    private WorkingCalendar calendar = WorkingCalendar.ofDefaults();
    private final Map<String, ServiceStandard> standards = new LinkedHashMap<>();
    private FrontlineRoles roles = FrontlineRoles.of();
    private StaffDirectory staff;
    private NoQualifiedStaffPolicy policy = NoQualifiedStaffPolicy.LEAVE_TO_GROUP;
    private Set<String> complaintOfficerRoles = DEFAULT_COMPLAINT_OFFICER_ROLES;
    private ComplaintPolicy complaintPolicy = ComplaintPolicy.ofDefaults();

    private Builder() {}

    /**
     * How soon complaints are acknowledged and resolved, which the complaint-handling model reads;
     * default {@link ComplaintPolicy#ofDefaults()}, the longest the rules allow.
     *
     * @param policy the policy; not null
     * @return this builder
     */
    public Builder complaintPolicy(ComplaintPolicy policy) {
      this.complaintPolicy = Objects.requireNonNull(policy, "policy must not be null");
      return this;
    }

    /**
     * The roles allowed to see who lodged a complaint (name and contact); other viewers get {@link
     * dev.prima.voice.Complainant#HIDDEN}. Default {@code complaint-officer}.
     *
     * @param roles role ids (candidate groups); at least one, none blank
     * @return this builder
     * @throws PrimaConfigurationException when no role or a blank one is given
     */
    public Builder complaintOfficerRoles(String... roles) {
      Objects.requireNonNull(roles, "roles must not be null");
      if (roles.length == 0) {
        throw new PrimaConfigurationException(
            "complaintOfficerRoles needs at least one role, but none was given; without one"
                + " nobody could see a complainant");
      }
      Set<String> given = new LinkedHashSet<>();
      for (String role : roles) {
        if (role == null || role.isBlank()) {
          throw new PrimaConfigurationException(
              "complaint officer role must not be blank, but was '" + role + "'");
        }
        given.add(role);
      }
      this.complaintOfficerRoles = Collections.unmodifiableSet(given);
      return this;
    }

    /**
     * The frontline roles (candidate groups) of the service triangle. Once given, a user task
     * offered to an undeclared group fails validation at deployment.
     *
     * @param roles the roles
     * @return this builder
     */
    public Builder roles(FrontlineRoles roles) {
      this.roles = Objects.requireNonNull(roles, "roles must not be null");
      return this;
    }

    /**
     * The staff directory; with it, a task for a declared role is offered to exactly the staff who
     * meet the role's competency requirements.
     *
     * @param staff the directory of staff members and their competency profiles
     * @return this builder
     */
    public Builder staff(StaffDirectory staff) {
      this.staff = Objects.requireNonNull(staff, "staff must not be null");
      return this;
    }

    /**
     * What to do when nobody in a role qualifies; default {@code LEAVE_TO_GROUP}.
     *
     * @param policy the policy; not null
     * @return this builder
     */
    public Builder noQualifiedStaff(NoQualifiedStaffPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy must not be null");
      return this;
    }

    /**
     * Adds a service standard declared in Java; a standard in the BPMN process itself takes
     * precedence for that process.
     *
     * @param standard the standard of one process
     * @return this builder
     * @throws PrimaConfigurationException when a standard for the same service was already added
     */
    public Builder standard(ServiceStandard standard) {
      Objects.requireNonNull(standard, "standard must not be null");
      if (standards.putIfAbsent(standard.serviceKey(), standard) != null) {
        throw new PrimaConfigurationException(
            "standard for service '"
                + standard.serviceKey()
                + "' was already given; give one per service");
      }
      return this;
    }

    /**
     * The working calendar for working-day limits; default {@link WorkingCalendar#ofDefaults()}.
     *
     * @param calendar the calendar; not null
     * @return this builder
     */
    public Builder calendar(WorkingCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
      return this;
    }

    /**
     * Adds a breach listener, called after the breach is recorded.
     *
     * @param listener the listener; not null
     * @return this builder
     */
    public Builder breachListener(BreachListener listener) {
      breachListeners.add(Objects.requireNonNull(listener, "listener must not be null"));
      return this;
    }

    /**
     * The clock for touchpoint times and for Camunda's own clock; default the system clock.
     *
     * @param clock the clock; a fixed or offset clock in tests
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * Adds a listener, called after commit in registration order.
     *
     * @param listener the listener; not null
     * @return this builder
     */
    public Builder listener(TouchpointListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
      return this;
    }

    /**
     * Whether the touchpoint log (logger {@code dev.prima.touchpoint}, one line per touchpoint) is
     * written; default true.
     *
     * @param enabled {@code false} to write no touchpoint log
     * @return this builder
     */
    public Builder touchpointLog(boolean enabled) {
      this.touchpointLog = enabled;
      return this;
    }

    /**
     * Whether to add listeners found with {@link ServiceLoader}; default true.
     *
     * @param discover {@code false} to add only the listeners given here
     * @return this builder
     */
    public Builder discoverListeners(boolean discover) {
      this.discoverListeners = discover;
      return this;
    }

    /**
     * Adds another Camunda plugin to apply with Prima's, for engines built by {@link
     * dev.prima.Prima#builder()}: each of its callbacks runs right after Prima's own, in the order
     * the plugins were added, so its parse listeners come after Prima's touchpoint listener.
     *
     * @param plugin another Camunda plugin; not a {@code PrimaPlugin}
     * @return this builder
     * @throws IllegalArgumentException when {@code plugin} is a {@code PrimaPlugin}
     */
    public Builder plugin(ProcessEnginePlugin plugin) {
      Objects.requireNonNull(plugin, "plugin must not be null");
      if (plugin instanceof PrimaPlugin) {
        throw new IllegalArgumentException(
            "plugin must be another Camunda plugin, but was a PrimaPlugin: an engine has one");
      }
      plugins.add(plugin);
      return this;
    }

    /**
     * Builds the plugin, to add to an engine configuration's process engine plugins.
     *
     * @return the plugin
     */
    public PrimaPlugin build() {
      return new PrimaPlugin(this);
    }
  }
}
