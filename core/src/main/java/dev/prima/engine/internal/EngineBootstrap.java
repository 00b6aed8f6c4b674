package dev.prima.engine.internal;

import dev.prima.PrimaConfigurationException;
import dev.prima.PrimaException;
import dev.prima.engine.PrimaPlugin;
import dev.prima.internal.JdbcProbe;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
    // role ids such as counter-officer are Camunda group ids; allow dashes, dots and underscores
    configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9._-]+|camunda-admin");
    configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9._@-]+|camunda-admin");
    configuration.getProcessEnginePlugins().add(spec.plugin());
    try {
      return configuration.buildProcessEngine();
    } catch (RuntimeException e) {
      String where =
          spec.dataSource() != null ? "the given DataSource" : JdbcProbe.maskUrl(spec.jdbcUrl());
      throw new PrimaException(
          "Cannot start the process engine '"
              + spec.engineName()
              + "' on "
              + where
              + ": "
              + e.getMessage()
              + ". Fix: with schemaUpdate VALIDATE the tables must exist already; use UPDATE to"
              + " create them.",
          e);
    }
  }

  /** The Prima plugin registered on an engine, if any. */
  public static Optional<PrimaPlugin> pluginOf(ProcessEngine engine) {
    if (!(engine instanceof ProcessEngineImpl impl)) {
      return Optional.empty();
    }
    ProcessEngineConfigurationImpl configuration = impl.getProcessEngineConfiguration();
    return configuration.getProcessEnginePlugins().stream()
        .filter(PrimaPlugin.class::isInstance)
        .map(PrimaPlugin.class::cast)
        .findFirst();
  }

  /** The engine's data source, for Prima's own queries. */
  public static javax.sql.DataSource dataSourceOf(ProcessEngine engine) {
    return ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getDataSource();
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
