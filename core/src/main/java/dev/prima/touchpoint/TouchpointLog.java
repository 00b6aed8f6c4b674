package dev.prima.touchpoint;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The touchpoint log: one INFO line per touchpoint, when it ends, on the logger {@value
 * #LOGGER_NAME} (its start is a DEBUG line), with the key fields also in the MDC ({@code
 * prima.case}, {@code prima.touchpoint}, {@code prima.moment}, {@code prima.process}, {@code
 * prima.channel}, {@code prima.user}, {@code prima.outcome}) while the line is written. Always
 * registered; silence it through your logging configuration.
 */
public final class TouchpointLog implements TouchpointListener {

  /** The logger's name, stable across versions. */
  public static final String LOGGER_NAME = "dev.prima.touchpoint";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  @Override
  public void onTouchpoint(Touchpoint t) {
    boolean ended = !t.isActive();
    if (ended ? !LOG.isInfoEnabled() : !LOG.isDebugEnabled()) {
      return;
    }
    Map<String, String> context = new LinkedHashMap<>();
    context.put("prima.case", t.caseId());
    context.put("prima.touchpoint", t.id());
    context.put("prima.moment", t.moment());
    context.put("prima.process", t.processDefinitionKey());
    context.put("prima.channel", t.channel() == null ? null : t.channel().id());
    context.put("prima.user", t.userId());
    context.put("prima.outcome", t.outcome().name());
    context.values().removeIf(v -> v == null);
    context.forEach(MDC::put);
    try {
      String format =
          "case={} moment=\"{}\" element={} process={}:{} channel={} lane={} kind={} user={}"
              + " role={} outcome={} start={} end={} duration={}";
      Object[] arguments = {
        t.caseId(),
        t.moment(),
        t.elementId(),
        t.processDefinitionKey(),
        t.processDefinitionVersion(),
        t.channel() == null ? "-" : t.channel().id(),
        t.lane() == null ? "-" : t.lane(),
        t.kind().id(),
        t.userId() == null ? "-" : t.userId(),
        t.role() == null ? "-" : t.role(),
        t.outcome(),
        t.start() == null ? "-" : t.start(),
        t.end() == null ? "-" : t.end(),
        t.duration().map(Object::toString).orElse("-")
      };
      if (ended) {
        LOG.info(format, arguments);
      } else {
        LOG.debug(format, arguments);
      }
    } finally {
      context.keySet().forEach(MDC::remove);
    }
  }
}
