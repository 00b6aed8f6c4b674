package dev.prima.voice.internal;

import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointJournal;
import dev.prima.touchpoint.TouchpointKind;
import dev.prima.voice.AbandonPolicy;
import dev.prima.voice.CaseNotRunningException;
import dev.prima.voice.Exit;
import dev.prima.voice.ExitKind;
import dev.prima.voice.Exits;
import dev.prima.voice.InvalidVoiceException;
import dev.prima.voice.UnknownCaseException;
import dev.prima.voice.spi.CaseInstance;
import dev.prima.voice.spi.JournalEntry;
import dev.prima.voice.spi.VoiceEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Exits recorded through the engine: withdrawal, channel switch and abandonment. */
public final class EngineExits implements Exits {

  /** Delete reason prefix that makes the engine end touchpoints as WITHDRAWN. */
  static final String WITHDRAWN = "withdrawn: ";

  /** Delete reason of a case closed as abandoned; its touchpoints end WITHDRAWN. */
  static final String ABANDONED_REASON = WITHDRAWN + "abandoned";

  static final String CHANNEL_ENTRY_ELEMENT = "prima:channel-entry";

  private final VoiceEngine engine;
  private final VoiceStore store;
  private final TouchpointJournal journal;
  private final Clock clock;

  /** The longest reason or note kept ({@code PRIMA_JOURNAL.NOTE_}). */
  static final int MAX_NOTE_LENGTH = 1000;

  public EngineExits(VoiceEngine engine, VoiceStore store, TouchpointJournal journal, Clock clock) {
    this.engine = engine;
    this.store = store;
    this.journal = journal;
    this.clock = clock;
  }

  @Override
  public Exit withdraw(String caseIdOrInstanceId, String reason) {
    String caseId = keyOf(caseIdOrInstanceId);
    Texts.require("reason", reason, MAX_NOTE_LENGTH);
    // checked before the command too, so a plain user error does not roll back an engine command
    if (engine.inTransaction(tx -> tx.runningInstances(caseId)).isEmpty()) {
      throw notRunning(caseId);
    }
    return engine.inTransaction(
        tx -> {
          List<CaseInstance> running = tx.runningInstances(caseId);
          if (running.isEmpty()) {
            throw notRunning(caseId); // it ended in between
          }
          Instant now = Texts.now(clock);
          ExitKind kind = ExitKind.WITHDRAWAL;
          Touchpoint exit =
              tx.record(
                  running.get(0),
                  new JournalEntry(
                      TouchpointKind.EXIT,
                      kind.elementId(),
                      kind.moment(),
                      null,
                      Lane.CUSTOMER,
                      null,
                      reason,
                      now));
          running.forEach(instance -> tx.endInstance(instance, WITHDRAWN + reason));
          return toExit(exit, kind, reason);
        });
  }

  private RuntimeException notRunning(String caseId) {
    return store.journaledInstance(caseId).isPresent()
        ? new CaseNotRunningException(caseId)
        : new UnknownCaseException(caseId);
  }

  @Override
  public Exit switchChannel(String caseIdOrInstanceId, Channel from, Channel to, String note) {
    String caseId = keyOf(caseIdOrInstanceId);
    Texts.optional("note", note, MAX_NOTE_LENGTH);
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (from == to) {
      throw new InvalidVoiceException(
          "a channel switch needs two different channels, but both were " + from.id());
    }
    requireKnown(caseId);
    return engine.inTransaction(
        tx -> {
          CaseInstance instance =
              tx.runningInstances(caseId).stream()
                  .findFirst()
                  .or(() -> store.journaledInstance(caseId))
                  .orElseThrow(() -> new UnknownCaseException(caseId));
          Instant now = Texts.now(clock);
          ExitKind kind = ExitKind.CHANNEL_SWITCH;
          Touchpoint exit =
              tx.record(
                  instance,
                  new JournalEntry(
                      TouchpointKind.EXIT,
                      kind.elementId(),
                      "Left the " + from.id() + " channel for " + to.id(),
                      from,
                      Lane.CUSTOMER,
                      null,
                      note,
                      now));
          tx.record(
              instance,
              new JournalEntry(
                  TouchpointKind.CONTACT,
                  CHANNEL_ENTRY_ELEMENT,
                  "Came to the " + to.id() + " channel from " + from.id(),
                  to,
                  Lane.CUSTOMER,
                  null,
                  note,
                  now));
          return toExit(exit, kind, note);
        });
  }

  /** Fails before any engine command runs when the case is neither running nor journaled. */
  private void requireKnown(String caseId) {
    if (engine.inTransaction(tx -> tx.runningInstances(caseId)).isEmpty()
        && store.journaledInstance(caseId).isEmpty()) {
      throw new UnknownCaseException(caseId);
    }
  }

  @Override
  public List<String> abandonIdleCases(Duration idle, AbandonPolicy policy) {
    Objects.requireNonNull(idle, "idle must not be null");
    Objects.requireNonNull(policy, "policy must not be null");
    if (idle.isNegative() || idle.isZero()) {
      throw new InvalidVoiceException("idle must be positive, but was " + idle);
    }
    Instant now = Texts.now(clock);
    Map<String, Touchpoint> waiting = new LinkedHashMap<>();
    for (Touchpoint t :
        journal.query().lane(Lane.CUSTOMER).active(true).startedBefore(now.minus(idle)).list()) {
      waiting.putIfAbsent(t.caseId(), t);
    }
    List<String> affected = new ArrayList<>();
    for (Touchpoint since : waiting.values()) {
      boolean flagged = alreadyFlagged(since);
      if (flagged && policy == AbandonPolicy.FLAG) {
        continue;
      }
      boolean done =
          engine.inTransaction(
              tx -> {
                List<CaseInstance> running = tx.runningInstances(since.caseId());
                if (running.isEmpty()) {
                  return false;
                }
                ExitKind kind = ExitKind.ABANDONMENT;
                if (!flagged) {
                  tx.record(
                      running.get(0),
                      new JournalEntry(
                          TouchpointKind.EXIT,
                          kind.elementId(),
                          kind.moment(),
                          since.channel(),
                          Lane.CUSTOMER,
                          null,
                          "waiting on the citizen at "
                              + since.elementId()
                              + " since "
                              + since.start()
                              + ", idle limit "
                              + idle,
                          now));
                }
                if (policy == AbandonPolicy.CLOSE) {
                  running.forEach(instance -> tx.endInstance(instance, ABANDONED_REASON));
                }
                return true;
              });
      if (done) {
        affected.add(since.caseId());
      }
    }
    return affected;
  }

  /** Flagged already while waiting at this very touchpoint: a daily run records it once. */
  private boolean alreadyFlagged(Touchpoint since) {
    return store.exitsOf(since.caseId()).stream()
        .anyMatch(e -> e.kind() == ExitKind.ABANDONMENT && !e.at().isBefore(since.start()));
  }

  @Override
  public List<Exit> exitsOf(String caseId) {
    return store.exitsOf(keyOf(caseId));
  }

  /** The case's key, also when the caller has one of its process instance ids. */
  private String keyOf(String caseId) {
    Texts.require("caseId", caseId);
    return engine.inTransaction(tx -> tx.caseKeyOf(caseId));
  }

  private static Exit toExit(Touchpoint t, ExitKind kind, String note) {
    return new Exit(
        t.id(), t.caseId(), t.processDefinitionKey(), kind, t.channel(), note, t.start());
  }
}
