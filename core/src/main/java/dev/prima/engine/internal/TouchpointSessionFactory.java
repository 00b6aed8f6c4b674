package dev.prima.engine.internal;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Opens one {@link TouchpointSession} per engine command. */
public final class TouchpointSessionFactory implements SessionFactory {

  private final TouchpointDispatcher dispatcher;
  private final JournalWriter writer = new JournalWriter();

  public TouchpointSessionFactory(TouchpointDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public Class<?> getSessionType() {
    return TouchpointSession.class;
  }

  @Override
  public Session openSession() {
    return new TouchpointSession(dispatcher, writer);
  }
}
