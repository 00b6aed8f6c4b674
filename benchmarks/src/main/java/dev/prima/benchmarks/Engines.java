package dev.prima.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.prima.History;
import dev.prima.Prima;
import dev.prima.SchemaUpdate;
import dev.prima.engine.PrimaPlugin;
import dev.prima.engine.internal.EngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Builds the engines under comparison with the same settings: database kind, history level, job
 * executor off, create-drop schema, and Camunda's defaults for everything else. Standalone, or all
 * under Spring-managed transactions as Camunda's Spring Boot starter builds them.
 */
final class Engines {

  /** An engine under measurement, Prima when it has it, and what closes them. */
  record Running(ProcessEngine engine, Prima prima, AutoCloseable closer) implements AutoCloseable {

    @Override
    public void close() throws Exception {
      closer.close();
    }
  }

  private Engines() {}

  /** A plain Camunda engine, without Prima. */
  static Running bare(String name, JdbcTarget target, History history, boolean spring) {
    if (spring) {
      return spring(name, target, history, null);
    }
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
    return new Running(engine, null, engine::close);
  }

  /** A Camunda engine with Prima: hooks, journal and the touchpoint log. */
  static Running prima(String name, JdbcTarget target, History history, boolean spring) {
    if (spring) {
      return spring(name, target, history, PrimaPlugin.ofDefaults());
    }
    Prima prima =
        Prima.builder()
            .engineName(name)
            .jdbc(target.url(), target.user(), target.password())
            .history(history)
            .jobExecutor(false)
            .schemaUpdate(SchemaUpdate.CREATE_DROP)
            .build();
    ServiceModel.deploy(prima.processEngine());
    return new Running(prima.processEngine(), prima, prima::close);
  }

  /**
   * An engine under Spring-managed transactions: {@code SpringProcessEngineConfiguration} with a
   * {@code DataSourceTransactionManager} on a Hikari pool; Prima, when given, joined to it.
   */
  private static Running spring(
      String name, JdbcTarget target, History history, PrimaPlugin plugin) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(target.url());
    pool.setUsername(target.user());
    pool.setPassword(target.password());
    pool.setMaximumPoolSize(4);
    HikariDataSource dataSource = new HikariDataSource(pool);
    GenericApplicationContext context = new GenericApplicationContext();
    context.refresh();
    SpringProcessEngineConfiguration configuration = new SpringProcessEngineConfiguration();
    configuration.setApplicationContext(context);
    configuration.setProcessEngineName(name);
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(new DataSourceTransactionManager(dataSource));
    configuration.setDatabaseSchemaUpdate(SchemaUpdate.CREATE_DROP.camundaName());
    configuration.setHistory(history.camundaName());
    configuration.setJobExecutorActivate(false);
    if (plugin != null) {
      configuration.getProcessEnginePlugins().add(plugin);
    }
    ProcessEngine engine = configuration.buildProcessEngine();
    ServiceModel.deploy(engine);
    AutoCloseable closer =
        () -> {
          engine.close();
          if (plugin != null) {
            EngineBootstrap.dropSchemaIfCreateDrop(engine);
          }
          dataSource.close();
          context.close();
        };
    return new Running(engine, plugin == null ? null : Prima.join(engine), closer);
  }
}
