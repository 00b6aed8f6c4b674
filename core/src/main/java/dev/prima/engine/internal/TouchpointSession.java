package dev.prima.engine.internal;

import dev.prima.touchpoint.Touchpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;

/**
 * The journal rows of one engine command. Rows go into Camunda's entity cache, so they are written
 * by the engine's own flush in its transaction; after commit they go to the listeners.
 */
final class TouchpointSession implements Session {

  /** Who served a user task, noted at task completion for the activity's end. */
  record ServedBy(String userId, Long startMillis) {}

  private final TouchpointDispatcher dispatcher;
  private final Map<String, JournalRowEntity> openedHere = new HashMap<>();
  private final Map<String, ServedBy> servedBy = new HashMap<>();
  private final List<JournalRowEntity> recorded = new ArrayList<>();
  private boolean dispatchRegistered;

  TouchpointSession(TouchpointDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  static TouchpointSession current() {
    return Context.getCommandContext().getSession(TouchpointSession.class);
  }

  void opened(JournalRowEntity entry) {
    DbEntityManager entityManager = Context.getCommandContext().getDbEntityManager();
    entityManager.insert(entry);
    openedHere.put(entry.getTouchpointId(), entry);
    recorded(entry);
  }

  /** Records a touchpoint that opened and closed in this transaction: one FULL row. */
  void recordedWhole(JournalRowEntity full) {
    Context.getCommandContext().getDbEntityManager().insert(full);
    recorded(full);
  }

  /** Closes a touchpoint: completes its START row if still unflushed, else writes an END row. */
  void closed(JournalRowEntity end) {
    JournalRowEntity start = openedHere.remove(end.getTouchpointId());
    if (start != null && isUnflushed(start)) {
      start.setPhase(JournalRowEntity.FULL);
      start.setEndMillis(end.getEndMillis());
      start.setOutcome(end.getOutcome());
      if (end.getUserId() != null) {
        start.setUserId(end.getUserId());
      }
      return;
    }
    if (start != null) {
      end.setStartMillis(start.getStartMillis());
    }
    end.setId(end.getTouchpointId() + "~end");
    end.setPhase(JournalRowEntity.END);
    Context.getCommandContext().getDbEntityManager().insert(end);
    recorded(end);
  }

  void noteServedBy(String touchpointId, ServedBy served) {
    servedBy.put(touchpointId, served);
  }

  ServedBy servedBy(String touchpointId) {
    return servedBy.get(touchpointId);
  }

  private void recorded(JournalRowEntity entry) {
    recorded.add(entry);
    if (!dispatchRegistered && dispatcher.hasListeners()) {
      dispatchRegistered = true;
      CommandContext commandContext = Context.getCommandContext();
      commandContext
          .getTransactionContext()
          .addTransactionListener(TransactionState.COMMITTED, context -> dispatch());
    }
  }

  private void dispatch() {
    List<Touchpoint> touchpoints = new ArrayList<>(recorded.size());
    for (JournalRowEntity entry : recorded) {
      touchpoints.add(JournalEntries.toTouchpoint(entry));
    }
    dispatcher.dispatch(touchpoints);
  }

  private static boolean isUnflushed(JournalRowEntity entry) {
    CachedDbEntity cached =
        Context.getCommandContext().getDbEntityManager().getDbEntityCache().getCachedEntity(entry);
    return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
