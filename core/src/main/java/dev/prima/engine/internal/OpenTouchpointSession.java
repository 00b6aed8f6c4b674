package dev.prima.engine.internal;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Opens Prima's touchpoint session before the command body opens any of the engine's. Camunda
 * flushes the most recently opened session first, so the session opened first flushes last: the
 * journal rows are written after the engine's own statements, and a conflict with a concurrent
 * transaction is found and reported by the engine's optimistic locking check, not by the journal's
 * primary key.
 */
final class OpenTouchpointSession extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    Context.getCommandContext().getSession(TouchpointSession.class);
    return next.execute(command);
  }
}
