package dev.prima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.engine.PrimaPlugin;
import dev.prima.engine.internal.EngineBootstrap;
import dev.prima.touchpoint.JournalStatus;
import jakarta.transaction.TransactionManager;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrimaBootstrapTest {

  @TempDir Path dir;

  @Test
  void h2FileDatabaseSurvivesARestart() {
    Path file = dir.resolve("office");
    try (Prima prima = Prima.builder().h2File(file).build()) {
      ProcessEngine engine = prima.processEngine();
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance(
              "wait.bpmn",
              Bpmn.createExecutableProcess("wait").startEvent().userTask().endEvent().done())
          .deploy();
      engine.getRuntimeService().startProcessInstanceByKey("wait", "KTP-1");
    }

    try (Prima prima = Prima.builder().h2File(file).build()) {
      assertThat(
              prima
                  .processEngine()
                  .getRuntimeService()
                  .createProcessInstanceQuery()
                  .processInstanceBusinessKey("KTP-1")
                  .count())
          .isEqualTo(1);
    }
  }

  @Test
  void primasOwnH2DatabasesKeepEnoughParsedStatementsForCamunda() throws Exception {
    try (Prima inMemory = Prima.inMemory();
        Prima file = Prima.builder().h2File(dir.resolve("cache")).build()) {
      assertThat(queryCacheSize(inMemory)).isEqualTo("64");
      assertThat(queryCacheSize(file)).isEqualTo("64");
    }
  }

  private static String queryCacheSize(Prima prima) throws java.sql.SQLException {
    try (var connection = EngineBootstrap.dataSourceOf(prima.processEngine()).getConnection();
        var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "select SETTING_VALUE from INFORMATION_SCHEMA.SETTINGS"
                    + " where SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
      assertThat(rows.next()).isTrue();
      return rows.getString(1);
    }
  }

  @Test
  void buildsOnAGivenDataSource() {
    var dataSource = new org.h2.jdbcx.JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:given-ds;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    try (Prima prima = Prima.builder().dataSource(dataSource).build()) {
      prima
          .processEngine()
          .getRepositoryService()
          .createDeployment()
          .addModelInstance(
              "wait.bpmn",
              Bpmn.createExecutableProcess("wait").startEvent().userTask().endEvent().done())
          .deploy();
      prima.processEngine().getRuntimeService().startProcessInstanceByKey("wait", "DS-1");

      assertThat(prima.processEngine().getRuntimeService().createProcessInstanceQuery().count())
          .isEqualTo(1);
      assertThat(prima.touchpoints().query().count()).isZero();
    }
  }

  @Test
  void aDataSourceThatCannotConnectFailsWithOneLine() {
    var dataSource = new org.h2.jdbcx.JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + dir.resolve("locked").toAbsolutePath() + ";IFEXISTS=TRUE");
    dataSource.setUser("sa");

    assertThatThrownBy(() -> Prima.builder().dataSource(dataSource).build())
        .isInstanceOf(DatabaseConnectionException.class)
        .hasMessageStartingWith(
            "Cannot connect to the database at the DataSource org.h2.jdbcx.JdbcDataSource")
        .hasMessageContaining("Fix:");
  }

  @Test
  void joinsAnEngineTheUserBuiltWithThePlugin() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:joined;DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName("joined");
    configuration.getProcessEnginePlugins().add(PrimaPlugin.ofDefaults());
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      Prima prima = Prima.join(engine);

      assertThat(prima.processEngine()).isSameAs(engine);
      prima.close();
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();
    } finally {
      engine.close();
    }
  }

  @Test
  void joiningAnEngineWithoutThePluginSaysHowToAddIt() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:plain;DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName("plain");
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      assertThatThrownBy(() -> Prima.join(engine))
          .isInstanceOf(PrimaConfigurationException.class)
          .hasMessageContaining("'plain' has no PrimaPlugin (it has no plugins)")
          .hasMessageContaining("add PrimaPlugin.ofDefaults()");
    } finally {
      engine.close();
    }
  }

  @Test
  void joinFindsThePluginInsideACompositePluginAsTheSpringBootStarterRegistersIt() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:composite;DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName("composite");
    configuration
        .getProcessEnginePlugins()
        .add(new CompositeProcessEnginePlugin(new AbstractProcessEnginePlugin() {}));
    configuration
        .getProcessEnginePlugins()
        .add(new CompositeProcessEnginePlugin(PrimaPlugin.ofDefaults()));
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      assertThat(Prima.join(engine).processEngine()).isSameAs(engine);
      // the same group ids as an engine Prima builds: role ids are groups
      engine
          .getIdentityService()
          .saveGroup(engine.getIdentityService().newGroup("counter-officer"));
      assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(1);
    } finally {
      engine.close();
    }
  }

  @Test
  void aWhitelistTheUserSetStaysOnAJoinedEngine() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:whitelist;DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName("whitelist");
    configuration.setGroupResourceWhitelistPattern("[a-z]+");
    configuration.getProcessEnginePlugins().add(PrimaPlugin.ofDefaults());
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      var identity = engine.getIdentityService();
      assertThatThrownBy(() -> identity.saveGroup(identity.newGroup("counter-officer")))
          .hasMessageContaining("counter-officer");
    } finally {
      engine.close();
    }
  }

  @Test
  void aJtaEngineIsRefusedWithOneLineNamingTheSetting() {
    var configuration = new JakartaTransactionProcessEngineConfiguration();
    configuration.setProcessEngineName("jta");
    configuration.setJdbcUrl("jdbc:h2:mem:jta;DB_CLOSE_DELAY=-1");
    configuration.setTransactionManager(
        (TransactionManager)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {TransactionManager.class},
                (proxy, method, arguments) -> {
                  throw new UnsupportedOperationException("no transaction is ever begun here");
                }));
    configuration.getProcessEnginePlugins().add(PrimaPlugin.ofDefaults());

    assertThatThrownBy(configuration::buildProcessEngine)
        .isInstanceOf(PrimaConfigurationException.class)
        .hasMessageContaining("JTA")
        .hasMessageContaining("JakartaTransactionProcessEngineConfiguration")
        .hasMessageContaining("SpringProcessEngineConfiguration");
  }

  @Test
  void journalStatusSaysWhetherTheJournalCanDoItsJob() throws Exception {
    try (Prima prima = Prima.inMemory()) {
      JournalStatus healthy = prima.journalStatus();
      assertThat(healthy.healthy()).isTrue();
      assertThat(healthy.writable()).isTrue();
      assertThat(healthy.schemaVersion()).isPositive().isEqualTo(healthy.requiredVersion());

      try (var connection = EngineBootstrap.dataSourceOf(prima.processEngine()).getConnection();
          var statement = connection.createStatement()) {
        statement.execute(
            "delete from PRIMA_SCHEMA_VERSION where VERSION_ = " + healthy.requiredVersion());
      }

      JournalStatus outdated = prima.journalStatus();
      assertThat(outdated.healthy()).isFalse();
      assertThat(outdated.schemaVersion()).isLessThan(outdated.requiredVersion());
      assertThat(outdated.problem())
          .contains("needs " + healthy.requiredVersion())
          .contains("Fix:");
    }
  }

  @Test
  void blankEngineNameIsRejectedWithTheValue() {
    assertThatThrownBy(() -> Prima.builder().engineName(" "))
        .isInstanceOf(PrimaConfigurationException.class)
        .hasMessage("engineName must not be blank, but was ' '");
  }

  @Test
  void appliesAnotherCamundaPluginAlongsidePrimasOwn() {
    List<String> calls = new CopyOnWriteArrayList<>();
    ProcessEnginePlugin recording =
        new ProcessEnginePlugin() {
          @Override
          public void preInit(ProcessEngineConfigurationImpl configuration) {
            calls.add("preInit");
            List<BpmnParseListener> listeners = new ArrayList<>();
            if (configuration.getCustomPostBPMNParseListeners() != null) {
              listeners.addAll(configuration.getCustomPostBPMNParseListeners());
            }
            listeners.add(
                new AbstractBpmnParseListener() {
                  @Override
                  public void parseProcess(Element element, ProcessDefinitionEntity definition) {
                    calls.add("parsed " + definition.getKey());
                  }
                });
            configuration.setCustomPostBPMNParseListeners(listeners);
          }

          @Override
          public void postInit(ProcessEngineConfigurationImpl configuration) {
            calls.add("postInit");
          }

          @Override
          public void postProcessEngineBuild(ProcessEngine processEngine) {
            calls.add("built " + processEngine.getName());
          }
        };

    try (Prima prima =
        Prima.builder()
            .engineName("with-plugin")
            .configurePlugin(plugin -> plugin.plugin(recording))
            .build()) {
      prima
          .processEngine()
          .getRepositoryService()
          .createDeployment()
          .addModelInstance(
              "wait.bpmn",
              Bpmn.createExecutableProcess("wait").startEvent().userTask().endEvent().done())
          .deploy();

      assertThat(calls).containsExactly("preInit", "postInit", "built with-plugin", "parsed wait");
      assertThat(PrimaPlugin.custom().plugin(recording).build().plugins())
          .containsExactly(recording);
    }
  }

  @Test
  void aSecondPrimaPluginIsRejected() {
    assertThatThrownBy(() -> PrimaPlugin.custom().plugin(PrimaPlugin.ofDefaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an engine has one");
  }
}
