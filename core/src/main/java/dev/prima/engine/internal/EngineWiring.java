package dev.prima.engine.internal;

import dev.prima.PrimaException;
import dev.prima.system.ModelValidator;
import dev.prima.touchpoint.TouchpointListener;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

/** What {@code PrimaPlugin} adds to an engine configuration. */
public final class EngineWiring {

  static final String MAPPING = "dev/prima/engine/internal/journal-mapping.xml";

  /** A statement of the mapping: present once the mapping was added to a configuration. */
  static final String MAPPING_MARKER = "insertBreachRow";

  private EngineWiring() {}

  public static void preInit(ProcessEngineConfigurationImpl configuration, Triangle triangle) {
    Clock clock = triangle.clock();
    List<TouchpointListener> listeners = triangle.touchpointListeners();
    if (!ClockSyncInterceptor.isSystemClock(clock)) {
      List<CommandInterceptor> interceptors =
          new ArrayList<>(orEmpty(configuration.getCustomPreCommandInterceptorsTxRequired()));
      interceptors.add(0, new ClockSyncInterceptor(clock));
      configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
    List<SessionFactory> sessionFactories =
        new ArrayList<>(orEmpty(configuration.getCustomSessionFactories()));
    sessionFactories.add(new TouchpointSessionFactory(new TouchpointDispatcher(listeners)));
    configuration.setCustomSessionFactories(sessionFactories);

    List<BpmnParseListener> parseListeners =
        new ArrayList<>(orEmpty(configuration.getCustomPreBPMNParseListeners()));
    parseListeners.add(
        new TouchpointParseListener(new TouchpointRecorder(clock, triangle.calendar()), triangle));
    configuration.setCustomPreBPMNParseListeners(parseListeners);

    List<JobHandler> jobHandlers = new ArrayList<>(orEmpty(configuration.getCustomJobHandlers()));
    jobHandlers.add(new BreachJobHandler(clock, triangle.breachListeners()));
    configuration.setCustomJobHandlers(jobHandlers);

    List<Deployer> deployers = new ArrayList<>(orEmpty(configuration.getCustomPreDeployers()));
    deployers.add(
        0,
        new TriangleValidationDeployer(
            ModelValidator.custom()
                .roles(triangle.roles().ids())
                .javaStandards(triangle.standards())
                .build()));
    configuration.setCustomPreDeployers(deployers);
  }

  public static void postInit(ProcessEngineConfigurationImpl configuration) {
    addJournalStatements(configuration.getSqlSessionFactory().getConfiguration());
    new PrimaSchema(configuration.getDataSource(), configuration.getDatabaseType())
        .onEngineBuild(configuration.getDatabaseSchemaUpdate());
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

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
