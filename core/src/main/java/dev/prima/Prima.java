package dev.prima;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.engine.PrimaPlugin;
import dev.prima.engine.internal.ClockSyncInterceptor;
import dev.prima.engine.internal.EngineBootstrap;
import dev.prima.engine.internal.EngineSpec;
import dev.prima.engine.internal.VoiceCommands;
import dev.prima.internal.EmbeddedH2;
import dev.prima.journey.Journeys;
import dev.prima.journey.internal.CaseSummaries;
import dev.prima.journey.internal.JournalJourneys;
import dev.prima.people.FrontlineRole;
import dev.prima.people.FrontlineRoles;
import dev.prima.people.NoQualifiedStaffPolicy;
import dev.prima.people.People;
import dev.prima.people.StaffDirectory;
import dev.prima.people.internal.JournalPeople;
import dev.prima.strategy.BreachListener;
import dev.prima.strategy.ServiceStandard;
import dev.prima.strategy.ServiceStandards;
import dev.prima.strategy.WorkingCalendar;
import dev.prima.system.ModelTexts;
import dev.prima.system.internal.DeployedStandards;
import dev.prima.system.internal.DeployedTexts;
import dev.prima.touchpoint.JournalStatus;
import dev.prima.touchpoint.TouchpointJournal;
import dev.prima.touchpoint.TouchpointListener;
import dev.prima.touchpoint.TouchpointLog;
import dev.prima.touchpoint.internal.JdbcTouchpointJournal;
import dev.prima.upkeep.JournalUpkeep;
import dev.prima.upkeep.internal.JdbcJournalUpkeep;
import dev.prima.voice.Exits;
import dev.prima.voice.Ratings;
import dev.prima.voice.Voice;
import dev.prima.voice.internal.EngineExits;
import dev.prima.voice.internal.EngineRatings;
import dev.prima.voice.internal.EngineVoice;
import dev.prima.voice.internal.VoiceStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Entry point: a Camunda 7 process engine with Prima wired in.
 *
 * <pre>{@code
 * try (Prima prima = Prima.inMemory()) {              // H2 in memory
 *   prima.processEngine().getRepositoryService()...
 * }
 * Prima onPostgres = Prima.builder()
 *     .jdbc("jdbc:postgresql://127.0.0.1:5432/prima", "prima", secret)
 *     .history(History.NONE)
 *     .build();
 * }</pre>
 *
 * <p>An engine built elsewhere (Spring Boot, a container) joins with {@link #join(ProcessEngine)}
 * once its configuration carries {@link PrimaPlugin}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Prima implements AutoCloseable {

  private final ProcessEngine processEngine;
  private final PrimaPlugin plugin;
  private final boolean owned;
  private final TouchpointJournal journal;
  private final Journeys journeys;
  private final ModelTexts modelTexts;
  private final ServiceStandards standards;
  private final People people;
  private final Exits exits;
  private final Voice voice;
  private final Ratings ratings;
  private final JournalUpkeep upkeep;

  private Prima(ProcessEngine processEngine, PrimaPlugin plugin, boolean owned) {
    this.processEngine = processEngine;
    this.plugin = plugin;
    this.owned = owned;
    this.upkeep =
        new JdbcJournalUpkeep(
            EngineBootstrap.dataSourceOf(processEngine),
            this::touchpoints,
            this::runningInstances,
            plugin.clock());
    JdbcTouchpointJournal jdbcJournal =
        new JdbcTouchpointJournal(
            EngineBootstrap.dataSourceOf(processEngine),
            EngineBootstrap.onPostgres(processEngine),
            cutoff -> upkeep.purge(cutoff).touchpoints());
    this.journal = jdbcJournal;
    this.modelTexts = new DeployedTexts(processEngine.getRepositoryService());
    this.journeys =
        new JournalJourneys(
            journal,
            this::runningInstances,
            this::runningCases,
            new CaseSummaries(EngineBootstrap.dataSourceOf(processEngine)),
            plugin.clock(),
            modelTexts::momentOf);
    this.standards =
        new DeployedStandards(
            processEngine,
            plugin.standards(),
            plugin.calendar(),
            EngineBootstrap.dataSourceOf(processEngine));
    this.people =
        new JournalPeople(
            EngineBootstrap.dataSourceOf(processEngine),
            EngineBootstrap.onPostgres(processEngine),
            plugin.roles(),
            plugin.staff().orElse(null));
    VoiceCommands commands = VoiceCommands.of(processEngine);
    VoiceStore voiceStore = new VoiceStore(EngineBootstrap.dataSourceOf(processEngine));
    this.exits = new EngineExits(commands, voiceStore, journal, plugin.clock());
    this.voice =
        new EngineVoice(
            commands,
            voiceStore,
            journal,
            standards,
            plugin.clock(),
            plugin.complaintOfficerRoles(),
            plugin.complaintPolicy());
    this.ratings = new EngineRatings(commands, voiceStore, plugin.clock());
  }

  /**
   * {@return an engine on a fresh private H2 in-memory database, with every default}
   *
   * @throws PrimaConfigurationException when H2 ({@code com.h2database:h2}, an optional dependency
   *     of prima-core) is not on the class path
   */
  public static Prima inMemory() {
    return builder().build();
  }

  /** {@return a builder; without a database setting it builds on a fresh H2 in-memory database} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Joins an engine the caller built, whose configuration carries {@link PrimaPlugin}.
   *
   * @param processEngine the engine, built with {@link PrimaPlugin} among its plugins
   * @return Prima on that engine; closing it leaves the engine running
   * @throws PrimaConfigurationException when the engine has no Prima plugin
   */
  public static Prima join(ProcessEngine processEngine) {
    Objects.requireNonNull(processEngine, "processEngine must not be null");
    PrimaPlugin plugin =
        EngineBootstrap.pluginOf(processEngine)
            .orElseThrow(
                () ->
                    new PrimaConfigurationException(
                        "The process engine '"
                            + processEngine.getName()
                            + "' has no PrimaPlugin ("
                            + EngineBootstrap.describePlugins(processEngine)
                            + "). Fix: add PrimaPlugin.ofDefaults() to its configuration's process"
                            + " engine plugins before building it (in Spring Boot, declare it as a"
                            + " ProcessEnginePlugin bean)."));
    return new Prima(processEngine, plugin, false);
  }

  /** {@return the Camunda engine, for its services (repository, runtime, task, ...)} */
  public ProcessEngine processEngine() {
    return processEngine;
  }

  /** {@return the engine's name} */
  public String name() {
    return processEngine.getName();
  }

  /** {@return the clock Prima stamps its records with} */
  public Clock clock() {
    return plugin.clock();
  }

  /** {@return the touchpoint journal: every recorded moment of truth, queryable} */
  public TouchpointJournal touchpoints() {
    return journal;
  }

  /**
   * {@return service standards (Java- and BPMN-declared), the working calendar and recorded
   * breaches}
   */
  public ServiceStandards standards() {
    return standards;
  }

  /** {@return frontline roles, staff and the per-staff accountability view} */
  public People people() {
    return people;
  }

  /**
   * Exit: withdrawal, channel switch and abandonment of cases.
   *
   * @return the exit API: withdrawals, channel switches and abandoned cases
   */
  public Exits exits() {
    return exits;
  }

  /**
   * Voice: complaints and suggestions, their deadlines and answers, and participation.
   *
   * @return the voice API: complaints and suggestions, their deadlines and answers, and
   *     participation
   */
  public Voice voice() {
    return voice;
  }

  /** {@return ratings of single moments of truth} */
  public Ratings ratings() {
    return ratings;
  }

  /**
   * {@return whether the journal's tables are at the version this Prima needs and writable; for
   * health checks} Never throws: an unreachable database is a status with a problem.
   */
  public JournalStatus journalStatus() {
    return EngineBootstrap.journalStatus(processEngine);
  }

  /**
   * {@return journal upkeep: purging, or archiving and purging, the whole cases of a period that is
   * over, in short batches that do not lock the engine out}
   */
  public JournalUpkeep upkeep() {
    return upkeep;
  }

  /** {@return cycles of service rebuilt from the journal, per case and per service} */
  public Journeys journeys() {
    return journeys;
  }

  /**
   * {@return the texts of the deployed models in a reader's language: moment names, element names
   * and the BPMN diagram, as the models give them in {@code id} and {@code en}}
   */
  public ModelTexts modelTexts() {
    return modelTexts;
  }

  private Set<String> runningInstances(Set<String> processInstanceIds) {
    Set<String> running = new HashSet<>();
    List<String> ids = new ArrayList<>(processInstanceIds);
    for (int i = 0; i < ids.size(); i += 500) {
      processEngine
          .getRuntimeService()
          .createProcessInstanceQuery()
          .processInstanceIds(new HashSet<>(ids.subList(i, Math.min(ids.size(), i + 500))))
          .list()
          .forEach(instance -> running.add(instance.getId()));
    }
    return running;
  }

  /** The keys of the cases with a top-level process instance running now. */
  private Set<String> runningCases() {
    Set<String> cases = new HashSet<>();
    processEngine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .rootProcessInstances()
        .list()
        .forEach(i -> cases.add(i.getBusinessKey() != null ? i.getBusinessKey() : i.getId()));
    return cases;
  }

  /**
   * Closes the engine if Prima built it (a joined engine is left to its owner) and writes the
   * touchpoint log lines still pending.
   */
  @Override
  public void close() {
    if (owned) {
      EngineBootstrap.dropSchemaIfCreateDrop(processEngine);
      processEngine.close();
      ClockSyncInterceptor.resetEngineClock();
    }
    TouchpointLog.flush();
  }

  @Override
  public String toString() {
    return "Prima[engine=" + name() + ", owned=" + owned + "]";
  }

  /** Fail-fast builder: every setter checks its argument. */
  public static final class Builder {
    private String jdbcUrl;
    private String user = "sa";
    private String password = "";
    private DataSource dataSource;
    private History history = History.AUDIT;
    private boolean jobExecutor;
    private SchemaUpdate schemaUpdate;
    private String engineName = "prima";

    /** The plugin settings (clock, listeners, triangle) go straight to the plugin's builder. */
    private final PrimaPlugin.Builder plugin = PrimaPlugin.custom();

    private Builder() {}

    /**
     * The roles allowed to see who lodged a complaint (name and contact); other viewers get {@link
     * dev.prima.voice.Complainant#HIDDEN}. Default {@code complaint-officer}.
     *
     * @param roles role ids (candidate groups); at least one
     * @return this builder
     */
    public Builder complaintOfficerRoles(String... roles) {
      plugin.complaintOfficerRoles(roles);
      return this;
    }

    /**
     * How soon complaints are acknowledged and resolved; default {@link
     * dev.prima.voice.ComplaintPolicy#ofDefaults()}. The complaint-handling model reads it, and a
     * complaint about a service without a standard is due within its acknowledgement.
     *
     * @param policy the policy; not null
     * @return this builder
     */
    public Builder complaintPolicy(dev.prima.voice.ComplaintPolicy policy) {
      plugin.complaintPolicy(policy);
      return this;
    }

    /**
     * The frontline roles (Camunda candidate groups) of the service triangle. Once given, a user
     * task offered to an undeclared group fails validation when deployed.
     *
     * @param roles the roles, each with a distinct id
     * @return this builder
     */
    public Builder roles(FrontlineRole... roles) {
      plugin.roles(FrontlineRoles.of(roles));
      return this;
    }

    /**
     * The staff directory; with it, a task for a declared role with competency requirements is
     * offered to exactly the staff who meet them.
     *
     * @param staff the directory of staff members and their competency profiles
     * @return this builder
     */
    public Builder staff(StaffDirectory staff) {
      plugin.staff(staff);
      return this;
    }

    /**
     * What happens when nobody in a role qualifies; default {@code LEAVE_TO_GROUP}.
     *
     * @param policy the policy; not null
     * @return this builder
     */
    public Builder noQualifiedStaff(NoQualifiedStaffPolicy policy) {
      plugin.noQualifiedStaff(policy);
      return this;
    }

    /**
     * Adds a service standard declared in Java; a standard declared in the BPMN process itself
     * takes precedence for that process.
     *
     * @param standard the standard of one process
     * @return this builder
     */
    public Builder standard(ServiceStandard standard) {
      plugin.standard(standard);
      return this;
    }

    /**
     * The working calendar that working-day limits are counted on; default Asia/Jakarta, Monday to
     * Friday 08:00-16:00, no holidays.
     *
     * @param calendar the calendar; not null
     * @return this builder
     */
    public Builder calendar(WorkingCalendar calendar) {
      plugin.calendar(calendar);
      return this;
    }

    /**
     * Adds a breach listener, told after commit when a case passes its lead time or a touchpoint
     * its target; see {@link BreachListener}.
     *
     * @param listener the listener; not null
     * @return this builder
     */
    public Builder breachListener(BreachListener listener) {
      plugin.breachListener(listener);
      return this;
    }

    /**
     * Adds a touchpoint listener, told of each touchpoint after its transaction commits; see {@link
     * TouchpointListener} for the guarantees.
     *
     * @param listener the listener; not null
     * @return this builder
     */
    public Builder listener(TouchpointListener listener) {
      plugin.listener(listener);
      return this;
    }

    /**
     * Whether listeners listed in {@code META-INF/services} are added; default true.
     *
     * @param discover {@code false} to add only the listeners given here
     * @return this builder
     */
    public Builder discoverListeners(boolean discover) {
      plugin.discoverListeners(discover);
      return this;
    }

    /**
     * Added to the H2 URLs Prima builds. H2 keeps 8 parsed statements per session by default;
     * Camunda uses more than that in one command, so H2 re-parsed nearly every statement: with 64
     * the bare engine ran the benchmark process 1.5 times as fast. A URL given to {@link #jdbc} is
     * used as given.
     */
    static final String H2_SETTINGS = ";QUERY_CACHE_SIZE=64";

    /**
     * No compaction of the file when the database closes: H2 2.3.232's compaction on close can fail
     * its own assertion ({@code RandomAccessStore.moveChunkInside}, seen with {@code -ea} on a busy
     * machine) and leave a trace file; the file is not shrunk when it closes.
     */
    static final String H2_FILE_SETTINGS = ";MAX_COMPACT_TIME=0";

    /**
     * H2 in memory, private to this engine (the default). Its schema is dropped on close. H2 is an
     * optional dependency of prima-core: add {@code com.h2database:h2} to use it.
     *
     * @return this builder
     */
    public Builder h2InMemory() {
      this.jdbcUrl = null;
      this.dataSource = null;
      return this;
    }

    /**
     * H2 in a file at {@code path} (H2 adds {@code .mv.db}); survives restarts. H2 is an optional
     * dependency of prima-core: add {@code com.h2database:h2} to use it.
     *
     * @param path the file path without H2's {@code .mv.db} suffix
     * @return this builder
     */
    public Builder h2File(Path path) {
      Objects.requireNonNull(path, "path must not be null");
      this.jdbcUrl =
          "jdbc:h2:file:" + path.toAbsolutePath().normalize() + H2_SETTINGS + H2_FILE_SETTINGS;
      this.user = "sa";
      this.password = "";
      this.dataSource = null;
      return this;
    }

    /**
     * Any database Camunda supports, by JDBC URL and credentials; its driver must be on the
     * classpath.
     *
     * @param jdbcUrl the JDBC URL, such as {@code jdbc:postgresql://127.0.0.1:5432/prima}
     * @param user the database user
     * @param password the password; never shown in messages
     * @return this builder
     */
    public Builder jdbc(String jdbcUrl, String user, String password) {
      if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
        throw new PrimaConfigurationException(
            "jdbcUrl must start with 'jdbc:', but was '"
                + dev.prima.internal.JdbcProbe.maskUrl(jdbcUrl)
                + "'. Example: jdbc:postgresql://127.0.0.1:5432/prima");
      }
      this.jdbcUrl = jdbcUrl;
      this.user = user;
      this.password = password;
      this.dataSource = null;
      return this;
    }

    /**
     * A database by {@link DataSource} (pooled by the caller).
     *
     * @param dataSource the data source; the caller closes it
     * @return this builder
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
      this.jdbcUrl = null;
      return this;
    }

    /**
     * Camunda's history level; default {@link History#AUDIT}.
     *
     * @param history the history level
     * @return this builder
     */
    public Builder history(History history) {
      this.history = Objects.requireNonNull(history, "history must not be null");
      return this;
    }

    /**
     * Whether the job executor runs timers and async continuations; default off.
     *
     * @param active {@code true} to run timers and async continuations in the background
     * @return this builder
     */
    public Builder jobExecutor(boolean active) {
      this.jobExecutor = active;
      return this;
    }

    /**
     * Schema handling on start; default {@link SchemaUpdate#CREATE_DROP} in memory and {@link
     * SchemaUpdate#UPDATE} elsewhere.
     *
     * @param schemaUpdate the schema handling
     * @return this builder
     */
    public Builder schemaUpdate(SchemaUpdate schemaUpdate) {
      this.schemaUpdate = Objects.requireNonNull(schemaUpdate, "schemaUpdate must not be null");
      return this;
    }

    /**
     * The engine's name in Camunda's registry; default {@code prima}.
     *
     * @param engineName the name, unique among the engines of this JVM
     * @return this builder
     */
    public Builder engineName(String engineName) {
      if (engineName == null || engineName.isBlank()) {
        throw new PrimaConfigurationException(
            "engineName must not be blank, but was '" + engineName + "'");
      }
      this.engineName = engineName;
      return this;
    }

    /**
     * The clock for Prima's records; Camunda's own clock follows it (a JVM-wide setting in Camunda)
     * when it is not the system clock. Use it in tests to move time.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      plugin.clock(clock);
      return this;
    }

    /**
     * Adjusts the {@link PrimaPlugin} this builder wires in, at once; later builder calls may still
     * change the same settings. Use it to apply another Camunda plugin alongside Prima's:
     *
     * <pre>{@code
     * Prima prima = Prima.builder().configurePlugin(plugin -> plugin.plugin(myPlugin)).build();
     * }</pre>
     *
     * @param customizer called once, at once, with the plugin builder
     * @return this builder
     */
    public Builder configurePlugin(Consumer<PrimaPlugin.Builder> customizer) {
      Objects.requireNonNull(customizer, "customizer must not be null").accept(plugin);
      return this;
    }

    /**
     * Builds and starts the engine.
     *
     * @return the running engine with Prima; close it to stop the engine
     * @throws DatabaseConnectionException when the database cannot be reached or refuses the
     *     credentials
     * @throws PrimaConfigurationException when the database is H2 and H2 is not on the class path
     */
    public Prima build() {
      boolean inMemory = jdbcUrl == null && dataSource == null;
      String url =
          inMemory
              ? "jdbc:h2:mem:prima-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + H2_SETTINGS
              : jdbcUrl;
      if (EmbeddedH2.isH2(url)) {
        EmbeddedH2.require(Prima.class.getClassLoader());
      }
      SchemaUpdate schema =
          schemaUpdate != null
              ? schemaUpdate
              : inMemory ? SchemaUpdate.CREATE_DROP : SchemaUpdate.UPDATE;
      PrimaPlugin built = plugin.build();
      EngineSpec spec =
          new EngineSpec(
              url,
              inMemory ? "sa" : user,
              inMemory ? "" : password,
              dataSource,
              history.camundaName(),
              jobExecutor,
              schema.camundaName(),
              engineName,
              built);
      return new Prima(EngineBootstrap.build(spec), built, true);
    }
  }
}
