package dev.prima.engine.internal;

import dev.prima.MissingTablesException;
import dev.prima.PrimaConfigurationException;
import dev.prima.PrimaException;
import dev.prima.system.ModelValidator;
import dev.prima.touchpoint.JournalStatus;
import dev.prima.touchpoint.TouchpointListener;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.jta.JakartaTransactionContextFactory;
import org.camunda.bpm.engine.impl.cfg.jta.JtaTransactionContextFactory;

/** What {@code PrimaPlugin} adds to an engine configuration. */
public final class EngineWiring {

  static final String MAPPING = "dev/prima/engine/internal/journal-mapping.xml";

  /** A statement of the mapping: present once the mapping was added to a configuration. */
  static final String MAPPING_MARKER = "insertBreachRow";

  private EngineWiring() {}

  /** Camunda's group ids: Prima's role ids (counter-officer) need dashes, dots and underscores. */
  private static final String GROUP_ID_PATTERN = "[a-zA-Z0-9._-]+|camunda-admin";

  /** Camunda's user ids: staff ids such as siti.rahma or an e-mail address. */
  private static final String USER_ID_PATTERN = "[a-zA-Z0-9._@-]+|camunda-admin";

  public static void preInit(ProcessEngineConfigurationImpl configuration, Triangle triangle) {
    refuseJta(configuration);
    if (configuration instanceof StandaloneProcessEngineConfiguration
        && configuration.getTransactionContextFactory() == null
        && !configuration.isTransactionsExternallyManaged()) {
      // the engine commits itself: the journal's rows go after every COMMITTING listener
      configuration.setTransactionContextFactory(new JournalCommitContext.Factory());
    }
    // the same on a joined engine as on one Prima builds; a pattern the user set stays
    if (configuration.getGroupResourceWhitelistPattern() == null) {
      configuration.setGroupResourceWhitelistPattern(GROUP_ID_PATTERN);
    }
    if (configuration.getUserResourceWhitelistPattern() == null) {
      configuration.setUserResourceWhitelistPattern(USER_ID_PATTERN);
    }
    Clock clock = triangle.clock();
    List<TouchpointListener> listeners = triangle.touchpointListeners();
    if (!ClockSyncInterceptor.isSystemClock(clock)) {
      configuration.setCustomPreCommandInterceptorsTxRequired(
          first(
              configuration.getCustomPreCommandInterceptorsTxRequired(),
              new ClockSyncInterceptor(clock)));
    }
    configuration.setCustomSessionFactories(
        last(
            configuration.getCustomSessionFactories(),
            new TouchpointSessionFactory(new TouchpointDispatcher(listeners))));
    // first after the command context opens, so the journal is flushed after the engine's tables
    configuration.setCustomPostCommandInterceptorsTxRequired(
        first(
            configuration.getCustomPostCommandInterceptorsTxRequired(),
            new OpenTouchpointSession()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        first(
            configuration.getCustomPostCommandInterceptorsTxRequiresNew(),
            new OpenTouchpointSession()));
    configuration.setCustomPreBPMNParseListeners(
        last(
            configuration.getCustomPreBPMNParseListeners(),
            new TouchpointParseListener(
                new TouchpointRecorder(clock, triangle.calendar()), triangle)));
    configuration.setCustomJobHandlers(
        last(
            configuration.getCustomJobHandlers(),
            new BreachJobHandler(clock, triangle.breachListeners())));
    configuration.setCustomPreDeployers(
        first(
            configuration.getCustomPreDeployers(),
            new TriangleValidationDeployer(
                ModelValidator.custom()
                    .roles(triangle.roles().ids())
                    .javaStandards(triangle.standards())
                    .checkSchema(false) // the engine checks it when it parses the deployment
                    .build())));
  }

  public static void postInit(ProcessEngineConfigurationImpl configuration) {
    refuseJta(configuration);
    addJournalStatements(configuration.getSqlSessionFactory().getConfiguration());
    RootLoadListener.install(configuration);
    applySchema(
        new PrimaSchema(configuration.getDataSource(), configuration.getDatabaseType()),
        configuration.getDatabaseSchemaUpdate());
  }

  /**
   * Applies the schema mode; a failed validation ({@code false}, Camunda's VALIDATE) whose tables
   * are behind is a {@link MissingTablesException}, told by the versions rather than the wording.
   */
  static void applySchema(PrimaSchema schema, String camundaMode) {
    try {
      schema.onEngineBuild(camundaMode);
    } catch (PrimaException e) {
      if (camundaMode != null && !"false".equalsIgnoreCase(camundaMode)) {
        throw e;
      }
      JournalStatus status;
      try {
        status = schema.status();
      } catch (RuntimeException unreadable) {
        e.addSuppressed(unreadable);
        throw e;
      }
      if (status.schemaVersion() < status.requiredVersion()) {
        throw new MissingTablesException(
            e.getMessage(), status.schemaVersion(), status.requiredVersion(), e);
      }
      throw e;
    }
  }

  private static void addJournalStatements(Configuration mybatis) {
    synchronized (mybatis) {
      if (mybatis.hasStatement(MAPPING_MARKER, false)) {
        return;
      }
      try (InputStream mapping = EngineWiring.class.getClassLoader().getResourceAsStream(MAPPING)) {
        if (mapping == null) {
          throw new PrimaException("Prima's jar lacks " + MAPPING);
        }
        new XMLMapperBuilder(mapping, mybatis, MAPPING, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new PrimaException("Cannot read " + MAPPING, e);
      }
    }
  }

  /**
   * JTA is refused until it is tested: Prima's journal rides the engine's connection, which under
   * JTA must be enlisted by a transaction manager that no test of Prima runs yet.
   */
  private static void refuseJta(ProcessEngineConfigurationImpl configuration) {
    boolean jta =
        configuration instanceof JtaProcessEngineConfiguration
            || configuration instanceof JakartaTransactionProcessEngineConfiguration
            || configuration.getTransactionContextFactory() instanceof JtaTransactionContextFactory
            || configuration.getTransactionContextFactory()
                instanceof JakartaTransactionContextFactory;
    if (jta) {
      throw new PrimaConfigurationException(
          "Prima does not support JTA-managed transactions yet, but the engine '"
              + configuration.getProcessEngineName()
              + "' is configured with "
              + configuration.getClass().getSimpleName()
              + ". Fix: build the engine with StandaloneProcessEngineConfiguration (the engine"
              + " commits) or SpringProcessEngineConfiguration (a Spring transaction manager"
              + " commits); both keep the touchpoint journal exact.");
    }
  }

  /** The engine's list (null when unset) with Prima's item before the user's. */
  private static <T> List<T> first(List<? extends T> list, T item) {
    List<T> with = new ArrayList<>();
    with.add(item);
    if (list != null) {
      with.addAll(list);
    }
    return with;
  }

  /** The engine's list (null when unset) with Prima's item after the user's. */
  private static <T> List<T> last(List<? extends T> list, T item) {
    List<T> with = list == null ? new ArrayList<>() : new ArrayList<>(list);
    with.add(item);
    return with;
  }
}
