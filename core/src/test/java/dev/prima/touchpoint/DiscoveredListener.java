package dev.prima.touchpoint;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Registered in META-INF/services for the discovery test; records what it hears. */
public class DiscoveredListener implements TouchpointListener {
  static final List<String> HEARD = new CopyOnWriteArrayList<>();

  @Override
  public void onTouchpoint(Touchpoint touchpoint) {
    HEARD.add(touchpoint.caseId() + ":" + touchpoint.elementId());
  }
}
