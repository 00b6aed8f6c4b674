package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.History;
import dev.prima.Prima;
import dev.prima.journey.Journeys;
import dev.prima.testing.internal.BpmAssertEngine;
import dev.prima.testing.internal.CoverageCollector;
import dev.prima.testing.internal.CoverageRegistry;
import dev.prima.testing.internal.FlowCoveragePlugin;
import dev.prima.testing.internal.JournalReset;
import dev.prima.testing.internal.TakenFlows;
import dev.prima.touchpoint.TouchpointJournal;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension for testing service processes on Prima.
 *
 * <ul>
 *   <li>An in-memory Prima engine on a {@link TestClock}, fresh per test class or {@linkplain
 *       Scope#SHARED shared} by the run; the job executor is off, so time passes only when the test
 *       says so.
 *   <li>Before each test: the clock goes back to its start and the {@link Deploy} resources (of the
 *       class and the method) and those given to {@link Builder#deploy(String...)} are deployed.
 *   <li>After each test: every deployment made during the test is deleted with its process
 *       instances and history, the touchpoint journal is emptied and the authentication cleared;
 *       the coverage reached is kept first.
 *   <li>Fields (of the class and its superclasses, static ones before {@code @BeforeAll}) and
 *       parameters of types {@link Prima}, {@link ProcessEngine}, {@link RuntimeService}, {@link
 *       TaskService}, {@link RepositoryService}, {@link HistoryService}, {@link ManagementService},
 *       {@link IdentityService}, {@link TouchpointJournal}, {@link Journeys}, {@link TestClock} and
 *       {@link ServiceScenario} are injected; fields only when still {@code null}. A {@link
 *       CoverageReport} parameter gets the class's coverage so far (in {@code @AfterAll}: all of
 *       it).
 *   <li>After the class: its coverage (its {@code @Nested} classes included) is written as JSON to
 *       {@code target/prima-coverage/} (with a run-wide {@code prima-coverage.json}) and checked
 *       against the minimum, if one is set.
 *   <li>With camunda-bpm-assert on the test class path (an optional dependency of prima-testing),
 *       its {@code BpmnAwareTests} use the class's engine: before the class and before each test
 *       the extension calls {@code AbstractAssertions.init(engine)}, after the class {@code
 *       reset()}, so no call of {@code init} is needed and no later class sees a closed engine.
 * </ul>
 *
 * <pre>{@code
 * @PrimaTest                                      // or: @RegisterExtension static PrimaExtension
 * @Deploy("certificate-application.bpmn")        //       prima = PrimaExtension.builder()...build();
 * class CertificateApplicationTest {
 *   ServiceScenario scenario;
 *   Prima prima;
 * }
 * }</pre>
 *
 * <p>Camunda's clock is one per JVM: run test classes of different engines one at a time.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class PrimaExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        TestInstancePostProcessor,
        ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PrimaExtension.class);
  private static final String ENGINE = "engine";
  private static final String CLASS_STATE = "class";
  private static final String TEST_BASELINE = "baseline";
  private static final AtomicInteger ENGINES = new AtomicInteger();

  private static final Map<Class<?>, Function<TestEngine, Object>> INJECTABLE =
      Map.ofEntries(
          Map.entry(Prima.class, engine -> engine.prima),
          Map.entry(ProcessEngine.class, engine -> engine.processEngine()),
          Map.entry(RuntimeService.class, engine -> engine.processEngine().getRuntimeService()),
          Map.entry(TaskService.class, engine -> engine.processEngine().getTaskService()),
          Map.entry(
              RepositoryService.class, engine -> engine.processEngine().getRepositoryService()),
          Map.entry(HistoryService.class, engine -> engine.processEngine().getHistoryService()),
          Map.entry(
              ManagementService.class, engine -> engine.processEngine().getManagementService()),
          Map.entry(IdentityService.class, engine -> engine.processEngine().getIdentityService()),
          Map.entry(TouchpointJournal.class, engine -> engine.prima.touchpoints()),
          Map.entry(Journeys.class, engine -> engine.prima.journeys()),
          Map.entry(TestClock.class, engine -> engine.clock),
          Map.entry(ServiceScenario.class, engine -> ServiceScenario.of(engine.prima)));

  private final Settings settings;
  private volatile ClassState current;

  /** The extension with {@link PrimaTest}'s settings, or its defaults; for {@code @ExtendWith}. */
  public PrimaExtension() {
    this(null);
  }

  private PrimaExtension(Settings settings) {
    this.settings = settings;
  }

  /** {@return a builder, for {@code @RegisterExtension static PrimaExtension prima = ...}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the engine of the running test class} */
  public Prima prima() {
    return state().engine.prima;
  }

  /** {@return the test clock of the running test class} */
  public TestClock clock() {
    return state().engine.clock;
  }

  /** {@return a scenario on the running test class's engine} */
  public ServiceScenario scenario() {
    return ServiceScenario.of(prima());
  }

  /** {@return the coverage of the running test class so far, including the running test} */
  public CoverageReport coverage() {
    return state().coverageSoFar();
  }

  /** {@return the coverage of every test class finished so far in this JVM} */
  public static CoverageReport runCoverage() {
    return CoverageRegistry.run();
  }

  private ClassState state() {
    ClassState state = current;
    if (state == null) {
      throw new IllegalStateException(
          "No test class runs with this PrimaExtension yet; register it on a static field");
    }
    return state;
  }

  // ---- lifecycle

  @Override
  public void beforeAll(ExtensionContext context) {
    ClassState state = classState(context);
    BpmAssertEngine.use(state.engine.processEngine());
    injectFields(context.getRequiredTestClass(), null, state.engine);
  }

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
    ClassState state = classState(context);
    injectFields(testInstance.getClass(), testInstance, state.engine);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ClassState state = classState(context);
    TestEngine engine = state.engine;
    engine.clock.reset();
    BpmAssertEngine.use(engine.processEngine()); // per thread: a test may run on another
    context.getStore(NAMESPACE).put(TEST_BASELINE, deploymentIds(engine.processEngine()));
    Set<String> resources = new LinkedHashSet<>(settings(context).deployments);
    resources.addAll(deployResources(context.getRequiredTestClass()));
    context
        .getTestMethod()
        .flatMap(method -> AnnotationSupport.findAnnotation(method, Deploy.class))
        .ifPresent(deploy -> resources.addAll(List.of(deploy.value())));
    if (!resources.isEmpty()) {
      deploy(engine.processEngine(), context, resources);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClassState state = classState(context);
    TestEngine engine = state.engine;
    state.add(CoverageCollector.collect(engine.processEngine(), engine.flows, state.name, true));
    @SuppressWarnings("unchecked")
    Set<String> baseline = context.getStore(NAMESPACE).remove(TEST_BASELINE, Set.class);
    engine.cleanUp(baseline == null ? Set.of() : baseline);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ClassState state = context.getStore(NAMESPACE).get(CLASS_STATE, ClassState.class);
    if (state == null || !state.name.equals(context.getRequiredTestClass().getName())) {
      return; // a nested class: its tests count towards the enclosing class
    }
    BpmAssertEngine.forget();
    state.engine.cleanUp(state.baseline);
    CoverageReport coverage = state.coverage();
    if (!coverage.processes().isEmpty()) {
      CoverageRegistry.record(coverage);
    }
    double minimum = settings(context).minimumCoverage;
    if (minimum > 0) {
      PrimaAssertions.assertThat(coverage).isAtLeast(minimum);
    }
  }

  // ---- parameters

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return INJECTABLE.containsKey(type) || type == CoverageReport.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ClassState state = classState(context);
    Class<?> type = parameter.getParameter().getType();
    return type == CoverageReport.class
        ? state.coverageSoFar()
        : INJECTABLE.get(type).apply(state.engine);
  }

  // ---- engine and class state

  private ClassState classState(ExtensionContext context) {
    ExtensionContext classContext = classContextOf(context);
    settings(classContext); // fails fast on a conflicting configuration
    ClassState state =
        classContext
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                CLASS_STATE, key -> newClassState(classContext), ClassState.class);
    current = state;
    return state;
  }

  private ClassState newClassState(ExtensionContext classContext) {
    TestEngine engine = engine(classContext);
    return new ClassState(
        classContext.getRequiredTestClass().getName(),
        engine,
        deploymentIds(engine.processEngine()));
  }

  private TestEngine engine(ExtensionContext classContext) {
    Settings settings = settings(classContext);
    if (settings.scope == Scope.SHARED) {
      return classContext
          .getRoot()
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent(
              ENGINE + ":shared:" + settings.history + ":" + settings.clockStart,
              key -> new TestEngine(settings, "prima-test-shared-" + ENGINES.incrementAndGet()),
              TestEngine.class);
    }
    ExtensionContext.Store store = classContext.getStore(NAMESPACE);
    TestEngine existing = store.get(ENGINE, TestEngine.class); // an enclosing class's engine
    if (existing != null) {
      return existing;
    }
    TestEngine engine =
        new TestEngine(
            settings,
            "prima-test-"
                + classContext.getRequiredTestClass().getSimpleName()
                + "-"
                + ENGINES.incrementAndGet());
    store.put(ENGINE, engine);
    return engine;
  }

  private static ExtensionContext classContextOf(ExtensionContext context) {
    ExtensionContext at = context;
    while (at.getTestMethod().isPresent() && at.getParent().isPresent()) {
      at = at.getParent().get();
    }
    return at;
  }

  private Settings settings(ExtensionContext context) {
    Optional<PrimaTest> annotation = findPrimaTest(context.getTestClass().orElse(null));
    if (settings != null) {
      if (annotation.isPresent()) {
        throw new ExtensionConfigurationException(
            context.getRequiredTestClass().getName()
                + " has both @PrimaTest and a PrimaExtension from the builder. Fix: keep one;"
                + " move @PrimaTest's settings to the builder");
      }
      return settings;
    }
    return annotation.map(Settings::of).orElseGet(() -> builder().settings());
  }

  private static Optional<PrimaTest> findPrimaTest(Class<?> testClass) {
    for (Class<?> at = testClass; at != null; at = enclosingOfNested(at)) {
      Optional<PrimaTest> found = AnnotationSupport.findAnnotation(at, PrimaTest.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The enclosing class of an inner ({@code @Nested}) class; null for a static or top class. */
  private static Class<?> enclosingOfNested(Class<?> type) {
    return Modifier.isStatic(type.getModifiers()) ? null : type.getEnclosingClass();
  }

  // ---- deployment

  private static Set<String> deployResources(Class<?> testClass) {
    List<Class<?>> classes = new ArrayList<>();
    for (Class<?> enclosing = testClass; enclosing != null; ) {
      for (Class<?> type = enclosing; type != null && type != Object.class; ) {
        classes.add(0, type);
        type = type.getSuperclass();
      }
      enclosing = enclosingOfNested(enclosing);
    }
    Set<String> resources = new LinkedHashSet<>();
    for (Class<?> type : classes) {
      Deploy deploy = type.getDeclaredAnnotation(Deploy.class);
      if (deploy != null) {
        resources.addAll(List.of(deploy.value()));
      }
    }
    return resources;
  }

  private static void deploy(
      ProcessEngine engine, ExtensionContext context, Set<String> resources) {
    Class<?> testClass = context.getRequiredTestClass();
    DeploymentBuilder deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name(
                testClass.getSimpleName()
                    + context.getTestMethod().map(m -> "." + m.getName()).orElse(""));
    ClassLoader loader = testClass.getClassLoader();
    List<InputStream> opened = new ArrayList<>();
    try {
      for (String resource : resources) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        InputStream stream = loader.getResourceAsStream(path);
        if (stream == null) {
          throw new ExtensionConfigurationException(
              "@Deploy resource '"
                  + resource
                  + "' of "
                  + testClass.getName()
                  + " is not on the test classpath. Fix: put it under src/test/resources/"
                  + path
                  + " or correct the path");
        }
        opened.add(stream);
        deployment.addInputStream(path, stream);
      }
      deployment.deploy();
    } finally {
      for (InputStream stream : opened) {
        try {
          stream.close();
        } catch (IOException ignored) {
          // a classpath stream; nothing to do
        }
      }
    }
  }

  private static Set<String> deploymentIds(ProcessEngine engine) {
    Set<String> ids = new HashSet<>();
    for (Deployment deployment : engine.getRepositoryService().createDeploymentQuery().list()) {
      ids.add(deployment.getId());
    }
    return Set.copyOf(ids);
  }

  // ---- field injection

  private static void injectFields(Class<?> type, Object instance, TestEngine engine) {
    for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
      for (Field field : at.getDeclaredFields()) {
        boolean isStatic = Modifier.isStatic(field.getModifiers());
        Function<TestEngine, Object> value = INJECTABLE.get(field.getType());
        if (value == null
            || Modifier.isFinal(field.getModifiers())
            || isStatic != (instance == null)) {
          continue;
        }
        try {
          field.setAccessible(true);
          if (field.get(instance) == null) {
            field.set(instance, value.apply(engine));
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new ExtensionConfigurationException(
              "Cannot inject "
                  + field.getType().getSimpleName()
                  + " into field "
                  + at.getName()
                  + "."
                  + field.getName()
                  + ": "
                  + e.getMessage(),
              e);
        }
      }
    }
  }

  // ---- types

  /** Fail-fast builder for {@link PrimaExtension}. */
  public static final class Builder {
    private Scope scope = Scope.PER_CLASS;
    private History history = History.FULL;
    private Instant clockStart = TestClock.DEFAULT_START;
    private final List<String> deployments = new ArrayList<>();
    private double minimumCoverage;
    private final List<Consumer<Prima.Builder>> customizers = new ArrayList<>();

    private Builder() {}

    /**
     * Engine per class (default) or one shared by the run.
     *
     * @param scope {@link Scope#PER_CLASS} or {@link Scope#SHARED}
     * @return this builder
     */
    public Builder engine(Scope scope) {
      this.scope = Objects.requireNonNull(scope, "scope must not be null");
      return this;
    }

    /**
     * Camunda's history level; default {@link History#FULL}.
     *
     * @param history at least {@link History#ACTIVITY}
     * @return this builder
     * @throws IllegalArgumentException for {@link History#NONE}: coverage reads the history
     */
    public Builder history(History history) {
      Objects.requireNonNull(history, "history must not be null");
      if (history == History.NONE) {
        throw new IllegalArgumentException(
            "history must be at least ACTIVITY, but was NONE: process coverage reads the flow"
                + " nodes reached from Camunda's history");
      }
      this.history = history;
      return this;
    }

    /**
     * Where the test clock starts, and goes back to before each test.
     *
     * @param start the instant the clock starts at
     * @return this builder
     */
    public Builder clockStart(Instant start) {
      this.clockStart = Objects.requireNonNull(start, "start must not be null");
      return this;
    }

    /**
     * Classpath resources to deploy before every test, besides those of {@link Deploy}.
     *
     * @param resources classpath resource paths
     * @return this builder
     */
    public Builder deploy(String... resources) {
      for (String resource : resources) {
        if (resource == null || resource.isBlank()) {
          throw new IllegalArgumentException("resources must not be blank");
        }
        deployments.add(resource);
      }
      return this;
    }

    /**
     * The least share of flow nodes and sequence flows the class's tests must reach, from 0 to 1; 0
     * (the default) for no check.
     *
     * @param ratio the least share, from 0 to 1
     * @return this builder
     */
    public Builder minimumCoverage(double ratio) {
      if (!(ratio >= 0 && ratio <= 1)) {
        throw new IllegalArgumentException(
            "minimumCoverage must be from 0 to 1, such as 0.9 for 90%, but was " + ratio);
      }
      this.minimumCoverage = ratio;
      return this;
    }

    /**
     * Adjusts the Prima builder, for example to add a touchpoint listener. Not with a shared
     * engine, and not its clock: the extension's {@link TestClock} drives time.
     *
     * @param customizer called with the builder before the engine is built
     * @return this builder
     */
    public Builder configure(Consumer<Prima.Builder> customizer) {
      customizers.add(Objects.requireNonNull(customizer, "customizer must not be null"));
      return this;
    }

    /**
     * The extension.
     *
     * @return the extension, to register with {@code @RegisterExtension}
     * @throws IllegalStateException when a shared engine is customised with {@link
     *     #configure(Consumer)}
     */
    public PrimaExtension build() {
      return new PrimaExtension(settings());
    }

    Settings settings() {
      if (scope == Scope.SHARED && !customizers.isEmpty()) {
        throw new IllegalStateException(
            "A shared engine cannot be configured per class: other classes use it too. Fix: use"
                + " Scope.PER_CLASS with configure(...)");
      }
      return new Settings(
          scope,
          history,
          clockStart,
          List.copyOf(deployments),
          minimumCoverage,
          List.copyOf(customizers));
    }
  }

  private record Settings(
      Scope scope,
      History history,
      Instant clockStart,
      List<String> deployments,
      double minimumCoverage,
      List<Consumer<Prima.Builder>> customizers) {

    static Settings of(PrimaTest annotation) {
      Instant start;
      try {
        start = Instant.parse(annotation.clockStart());
      } catch (DateTimeParseException e) {
        throw new ExtensionConfigurationException(
            "@PrimaTest(clockStart) must be an ISO-8601 instant such as 2026-01-05T08:00:00Z,"
                + " but was '"
                + annotation.clockStart()
                + "'",
            e);
      }
      try {
        return builder()
            .engine(annotation.engine())
            .history(annotation.history())
            .clockStart(start)
            .minimumCoverage(annotation.minimumCoverage())
            .settings();
      } catch (IllegalArgumentException e) {
        throw new ExtensionConfigurationException("@PrimaTest: " + e.getMessage(), e);
      }
    }
  }

  /** One engine with its clock and coverage recorder; closed with the store that holds it. */
  private static final class TestEngine implements AutoCloseable {
    final Prima prima;
    final TestClock clock;
    final TakenFlows flows;

    TestEngine(Settings settings, String name) {
      this.clock = TestClock.startingAt(settings.clockStart);
      FlowCoveragePlugin coverage = new FlowCoveragePlugin();
      this.flows = coverage.taken();
      Prima.Builder builder =
          Prima.builder()
              .engineName(name)
              .history(settings.history)
              .clock(clock)
              .configurePlugin(plugin -> plugin.plugin(coverage));
      settings.customizers.forEach(customizer -> customizer.accept(builder));
      this.prima = builder.build();
      if (prima.clock() != clock) {
        prima.close();
        throw new ExtensionConfigurationException(
            "PrimaExtension's TestClock must drive the engine, but configure(...) set another"
                + " clock. Fix: remove .clock(...) and inject TestClock to move time");
      }
      clock.attach(prima.processEngine());
    }

    ProcessEngine processEngine() {
      return prima.processEngine();
    }

    /** Deletes the deployments not in {@code keep}, empties the journal, resets the clock. */
    void cleanUp(Set<String> keep) {
      RepositoryService repository = processEngine().getRepositoryService();
      for (Deployment deployment : repository.createDeploymentQuery().list()) {
        if (!keep.contains(deployment.getId())) {
          repository.deleteDeployment(deployment.getId(), true, true);
        }
      }
      JournalReset.clear(processEngine());
      processEngine().getIdentityService().clearAuthentication();
      clock.reset();
    }

    @Override
    public void close() {
      prima.close();
    }
  }

  /** What one test class collected. */
  private static final class ClassState {
    final String name;
    final TestEngine engine;
    final Set<String> baseline;
    private CoverageReport coverage;

    ClassState(String name, TestEngine engine, Set<String> baseline) {
      this.name = name;
      this.engine = engine;
      this.baseline = baseline;
      this.coverage = CoverageReport.empty(name);
    }

    synchronized void add(CoverageReport more) {
      coverage = coverage.merge(more);
    }

    synchronized CoverageReport coverage() {
      return coverage;
    }

    synchronized CoverageReport coverageSoFar() {
      return coverage.merge(
          CoverageCollector.collect(engine.processEngine(), engine.flows, name, false));
    }
  }
}
