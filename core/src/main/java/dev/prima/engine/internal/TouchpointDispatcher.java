package dev.prima.engine.internal;

import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands committed touchpoints to every listener; one listener's failure touches no other. */
public final class TouchpointDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(TouchpointDispatcher.class);

  private final List<TouchpointListener> listeners;

  public TouchpointDispatcher(List<TouchpointListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  boolean hasListeners() {
    return !listeners.isEmpty();
  }

  void dispatch(List<Touchpoint> touchpoints) {
    for (Touchpoint touchpoint : touchpoints) {
      for (TouchpointListener listener : listeners) {
        try {
          listener.onTouchpoint(touchpoint);
        } catch (RuntimeException | LinkageError e) {
          LOG.warn(
              "Touchpoint listener {} failed on {}; the engine command and the other listeners"
                  + " are unaffected",
              listener.getClass().getName(),
              touchpoint,
              e);
        }
      }
    }
  }
}
