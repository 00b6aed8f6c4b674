package dev.prima.benchmarks;

import dev.prima.History;
import dev.prima.Prima;
import dev.prima.SchemaUpdate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * Builds the two engines under comparison with the same settings: database kind, history level, job
 * executor off, create-drop schema, and Camunda's defaults for everything else.
 */
final class Engines {

  private Engines() {}

  /** A plain Camunda engine, without Prima. */
  static ProcessEngine bare(String name, JdbcTarget target, History history) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl(target.url());
    configuration.setJdbcUsername(target.user());
    configuration.setJdbcPassword(target.password());
    configuration.setJdbcDriver(target.driverClass());
    configuration.setDatabaseSchemaUpdate(SchemaUpdate.CREATE_DROP.camundaName());
    configuration.setHistory(history.camundaName());
    configuration.setJobExecutorActivate(false);
    ProcessEngine engine = configuration.buildProcessEngine();
    ServiceModel.deploy(engine);
    return engine;
  }

  /** A Camunda engine with Prima: hooks, journal and the touchpoint log. */
  static Prima prima(String name, JdbcTarget target, History history) {
    Prima prima =
        Prima.builder()
            .engineName(name)
            .jdbc(target.url(), target.user(), target.password())
            .history(history)
            .jobExecutor(false)
            .schemaUpdate(SchemaUpdate.CREATE_DROP)
            .build();
    ServiceModel.deploy(prima.processEngine());
    return prima;
  }
}
