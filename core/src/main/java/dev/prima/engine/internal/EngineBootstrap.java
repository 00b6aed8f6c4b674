package dev.prima.engine.internal;

import dev.prima.MissingTablesException;
import dev.prima.PrimaConfigurationException;
import dev.prima.PrimaException;
import dev.prima.engine.PrimaPlugin;
import dev.prima.internal.JdbcProbe;
import dev.prima.touchpoint.JournalStatus;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/** Builds a Camunda engine from an {@link EngineSpec} with Prima's plugin wired. */
public final class EngineBootstrap {

  private EngineBootstrap() {}

  public static ProcessEngine build(EngineSpec spec) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(spec.engineName());
    if (spec.dataSource() != null) {
      JdbcProbe.probe(spec.dataSource());
      configuration.setDataSource(spec.dataSource());
    } else {
      JdbcProbe.probe(spec.jdbcUrl(), spec.user(), spec.password());
      configuration.setJdbcUrl(spec.jdbcUrl());
      configuration.setJdbcUsername(spec.user());
      configuration.setJdbcPassword(spec.password());
      configuration.setJdbcDriver(driverClass(spec.jdbcUrl()));
    }
    configuration.setDatabaseSchemaUpdate(spec.schemaUpdate());
    configuration.setHistory(spec.history());
    configuration.setJobExecutorActivate(spec.jobExecutor());
    configuration.getProcessEnginePlugins().add(spec.plugin());
    try {
      return configuration.buildProcessEngine();
    } catch (RuntimeException e) {
      String where =
          spec.dataSource() != null ? "the given DataSource" : JdbcProbe.maskUrl(spec.jdbcUrl());
      // a PrimaException (Prima's tables, checked by the plugin) already says how to fix it
      boolean hasFix =
          e instanceof PrimaException && String.valueOf(e.getMessage()).contains("Fix:");
      String message =
          "Cannot start the process engine '"
              + spec.engineName()
              + "' on "
              + where
              + ": "
              + e.getMessage()
              + (hasFix
                  ? ""
                  : ". Fix: with schemaUpdate VALIDATE the tables must exist already; use UPDATE"
                      + " to create them.");
      if (e instanceof MissingTablesException missing) {
        throw new MissingTablesException(
            message, missing.schemaVersion(), missing.requiredVersion(), e);
      }
      throw new PrimaException(message, e);
    }
  }

  /**
   * The Prima plugin registered on an engine, if any: at the top level of its plugins or inside a
   * composite plugin (Camunda's Spring Boot starter wraps every plugin bean in one).
   */
  public static Optional<PrimaPlugin> pluginOf(ProcessEngine engine) {
    if (!(engine instanceof ProcessEngineImpl impl)) {
      return Optional.empty();
    }
    return findPlugin(impl.getProcessEngineConfiguration().getProcessEnginePlugins());
  }

  private static Optional<PrimaPlugin> findPlugin(List<ProcessEnginePlugin> plugins) {
    for (ProcessEnginePlugin plugin : plugins) {
      if (plugin instanceof PrimaPlugin prima) {
        return Optional.of(prima);
      }
      if (plugin instanceof CompositeProcessEnginePlugin composite) {
        Optional<PrimaPlugin> nested = findPlugin(composite.getPlugins());
        if (nested.isPresent()) {
          return nested;
        }
      }
    }
    return Optional.empty();
  }

  /** What an engine's plugins are, for a message that says why no Prima plugin was found. */
  public static String describePlugins(ProcessEngine engine) {
    if (!(engine instanceof ProcessEngineImpl impl)) {
      return "it is a " + engine.getClass().getName() + ", not Camunda's ProcessEngineImpl";
    }
    List<ProcessEnginePlugin> plugins =
        impl.getProcessEngineConfiguration().getProcessEnginePlugins();
    return plugins.isEmpty() ? "it has no plugins" : "its plugins are " + plugins;
  }

  /** The engine's data source, for Prima's own queries. */
  public static javax.sql.DataSource dataSourceOf(ProcessEngine engine) {
    return ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getDataSource();
  }

  /** Whether the engine runs on PostgreSQL (its database type, as the engine detected it). */
  public static boolean onPostgres(ProcessEngine engine) {
    return "postgres"
        .equals(((ProcessEngineImpl) engine).getProcessEngineConfiguration().getDatabaseType());
  }

  /** The state of Prima's tables on the engine's database. */
  public static JournalStatus journalStatus(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
    return new PrimaSchema(configuration.getDataSource(), configuration.getDatabaseType()).status();
  }

  /** Drops Prima's tables when the engine was configured to drop its schema on close. */
  public static void dropSchemaIfCreateDrop(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
    if ("create-drop".equals(configuration.getDatabaseSchemaUpdate())) {
      new PrimaSchema(configuration.getDataSource(), configuration.getDatabaseType()).drop();
    }
  }

  private static String driverClass(String url) {
    try {
      return DriverManager.getDriver(url).getClass().getName();
    } catch (SQLException e) {
      throw new PrimaConfigurationException("No JDBC driver for " + JdbcProbe.maskUrl(url), e);
    }
  }
}
