package dev.prima.engine.internal;

import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.EntityLoadListener;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Tells the command's {@link TouchpointSession} the case key of each top-level process instance the
 * command loads, as the database holds it: the key the journal's earlier rows of that instance
 * carry. A business key set by the process later in the command ({@code
 * execution.setProcessBusinessKey(..)}) then moves those rows to the new key. Thin: one type check
 * per loaded entity.
 */
final class RootLoadListener implements EntityLoadListener {

  private static final RootLoadListener INSTANCE = new RootLoadListener();

  private RootLoadListener() {}

  /**
   * Wraps the engine's entity manager factory so that each command's persistence session tells this
   * listener what it loads.
   */
  static void install(ProcessEngineConfigurationImpl configuration) {
    Map<Class<?>, SessionFactory> factories = configuration.getSessionFactories();
    SessionFactory engines = factories.get(DbEntityManager.class);
    if (engines == null) {
      throw new IllegalStateException("the engine has no session factory of DbEntityManager");
    }
    factories.put(DbEntityManager.class, new Factory(engines));
  }

  @Override
  public void onEntityLoaded(DbEntity entity) {
    if (entity instanceof ExecutionEntity execution
        && execution.getParentId() == null
        && execution.getSuperExecutionId() == null) {
      CommandContext command = Context.getCommandContext();
      // the instance the command works on: the cached one (this one, on a first load)
      ExecutionEntity cached =
          command.getDbEntityManager().getCachedEntity(ExecutionEntity.class, execution.getId());
      command
          .getSession(TouchpointSession.class)
          .rootLoaded(cached == null ? execution : cached, Cases.caseKey(execution));
    }
  }

  /** The engine's factory of entity managers, whose persistence sessions report to the listener. */
  private record Factory(SessionFactory engines) implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return DbEntityManager.class;
    }

    @Override
    public Session openSession() {
      Session entities = engines.openSession(); // opens the command's persistence session too
      Context.getCommandContext()
          .getSession(PersistenceSession.class)
          .addEntityLoadListener(INSTANCE);
      return entities;
    }
  }
}
