package dev.prima.engine.internal;

import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointKind;
import java.time.Duration;
import java.time.Instant;

/** Maps journal rows to {@link Touchpoint} records. */
final class JournalEntries {
  private JournalEntries() {}

  static Touchpoint toTouchpoint(JournalRow entry) {
    boolean open = JournalRow.START.equals(entry.getPhase());
    return new Touchpoint(
        entry.getTouchpointId(),
        entry.getCaseKey(),
        entry.getProcessInstanceId(),
        entry.getRootProcessInstanceId(),
        entry.getProcessDefinitionKey(),
        entry.getProcessDefinitionVersion(),
        entry.getElementId(),
        entry.getElementName(),
        entry.getMoment(),
        entry.getChannel() == null ? null : Channel.valueOf(entry.getChannel()),
        entry.getLane() == null ? null : Lane.valueOf(entry.getLane()),
        TouchpointKind.valueOf(entry.getKind()),
        entry.getUserId(),
        entry.getRole(),
        entry.getTenantId(),
        entry.getStartMillis() == null ? null : Instant.ofEpochMilli(entry.getStartMillis()),
        null,
        open || entry.getEndMillis() == null ? null : Instant.ofEpochMilli(entry.getEndMillis()),
        entry.getTargetMillis() == null ? null : Duration.ofMillis(entry.getTargetMillis()),
        open ? Outcome.ACTIVE : Outcome.valueOf(entry.getOutcome()),
        entry.getSequence());
  }
}
