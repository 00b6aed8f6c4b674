package dev.prima.engine.internal;

import dev.prima.strategy.BreachKind;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;

/** What a breach timer job watches: a case's lead time or one touchpoint's target. */
record BreachTimer(
    BreachKind kind,
    String touchpointId,
    String elementId,
    String moment,
    String limit,
    long startedMillis,
    long dueMillis)
    implements JobHandlerConfiguration {

  @Override
  public String toCanonicalString() {
    return Arrays.stream(
            new String[] {
              kind.name(),
              touchpointId,
              elementId,
              moment,
              limit,
              Long.toString(startedMillis),
              Long.toString(dueMillis)
            })
        .map(v -> v == null ? "" : URLEncoder.encode(v, StandardCharsets.UTF_8))
        .collect(Collectors.joining("|"));
  }

  static BreachTimer parse(String canonical) {
    String[] parts = canonical.split("\\|", -1);
    String[] v = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      v[i] = parts[i].isEmpty() ? null : URLDecoder.decode(parts[i], StandardCharsets.UTF_8);
    }
    return new BreachTimer(
        BreachKind.valueOf(v[0]),
        v[1],
        v[2],
        v[3],
        v[4],
        Long.parseLong(v[5]),
        Long.parseLong(v[6]));
  }
}
