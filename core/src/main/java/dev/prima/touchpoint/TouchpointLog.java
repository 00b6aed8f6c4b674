package dev.prima.touchpoint;

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

  private static final String[] MDC_KEYS = {
    "prima.case",
    "prima.touchpoint",
    "prima.moment",
    "prima.process",
    "prima.channel",
    "prima.user",
    "prima.outcome"
  };

  @Override
  public void onTouchpoint(Touchpoint t) {
    boolean ended = !t.isActive();
    if (ended ? !LOG.isInfoEnabled() : !LOG.isDebugEnabled()) {
      return;
    }
    String[] values = {
      t.caseId(),
      t.id(),
      t.moment(),
      t.processDefinitionKey(),
      t.channel() == null ? null : t.channel().id(),
      t.userId(),
      t.outcome().name()
    };
    for (int i = 0; i < MDC_KEYS.length; i++) {
      if (values[i] != null) {
        MDC.put(MDC_KEYS[i], values[i]);
      }
    }
    try {
      String line = line(t);
      if (ended) {
        LOG.info(line);
      } else {
        LOG.debug(line);
      }
    } finally {
      for (int i = 0; i < MDC_KEYS.length; i++) {
        if (values[i] != null) {
          MDC.remove(MDC_KEYS[i]);
        }
      }
    }
  }

  private static String line(Touchpoint t) {
    StringBuilder line = new StringBuilder(256);
    line.append("case=").append(t.caseId());
    line.append(" moment=\"").append(t.moment()).append('"');
    line.append(" element=").append(t.elementId());
    line.append(" process=").append(t.processDefinitionKey());
    line.append(':').append(t.processDefinitionVersion());
    line.append(" channel=").append(t.channel() == null ? "-" : t.channel().id());
    line.append(" lane=").append(t.lane() == null ? "-" : t.lane());
    line.append(" kind=").append(t.kind().id());
    line.append(" user=").append(t.userId() == null ? "-" : t.userId());
    line.append(" role=").append(t.role() == null ? "-" : t.role());
    line.append(" outcome=").append(t.outcome());
    line.append(" start=").append(t.start() == null ? "-" : t.start());
    line.append(" end=").append(t.end() == null ? "-" : t.end());
    line.append(" duration=").append(t.duration().map(Object::toString).orElse("-"));
    return line.toString();
  }
}
