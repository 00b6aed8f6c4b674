package dev.prima.engine.internal;

import dev.prima.PrimaException;
import dev.prima.touchpoint.Touchpoint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cfg.standalone.StandaloneTransactionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The journal rows of one engine command, written on the engine's connection and in its transaction
 * after the engine's own statements: in the engine's flush when someone else commits (Spring),
 * right before the commit when the engine commits itself ({@link JournalCommitContext}). A
 * rolled-back command leaves none, a committed one has them all, in every transaction setting.
 * After commit they go to the listeners.
 */
final class TouchpointSession implements Session {

  /** Who served a user task, noted at task completion for the activity's end. */
  record ServedBy(String userId, Long startMillis) {}

  /**
   * A top-level process instance whose case key changed in this command: its rows written earlier
   * under {@code from} move to {@code to}.
   */
  record CaseKeyChange(String rootProcessInstanceId, String from, String to) {}

  /**
   * Unique violation (a touchpoint's END row, whose id is fixed, written by two transactions that
   * both ended it), deadlock and serialization failure: another transaction worked on the same case
   * at once. Reported as Camunda's optimistic locking conflict, which callers and the job executor
   * retry. The engine's own statements run first and normally find such a conflict; this is the
   * safety net when they do not.
   */
  private static final Set<String> CONCURRENCY_FAILURES = Set.of("23505", "40P01", "40001");

  private final TouchpointDispatcher dispatcher;
  private final JournalWriter writer;
  private final Set<String> casesToSummarize = new LinkedHashSet<>();
  private final List<JournalRow> rows = new ArrayList<>();
  private final Map<String, JournalRow> openedHere = new HashMap<>();
  private final Map<String, ServedBy> servedBy = new HashMap<>();
  private final Set<String> servedHere = new HashSet<>();

  /** A top-level instance this command loaded, with its case key as stored. */
  private record Loaded(ExecutionEntity root, String caseKey) {}

  /** The top-level instances this command loaded, by id; null if none. */
  private Map<String, Loaded> loadedRoots;

  private List<CaseKeyChange> caseKeyChanges = List.of();

  TouchpointSession(TouchpointDispatcher dispatcher, JournalWriter writer) {
    this.dispatcher = dispatcher;
    this.writer = writer;
  }

  static TouchpointSession current() {
    return Context.getCommandContext().getSession(TouchpointSession.class);
  }

  /**
   * Notes a top-level process instance the command loaded, with the case key the database holds for
   * it ({@link RootLoadListener}); the first load counts.
   */
  void rootLoaded(ExecutionEntity root, String caseKey) {
    if (loadedRoots == null) {
      loadedRoots = new HashMap<>(4);
    }
    loadedRoots.putIfAbsent(root.getId(), new Loaded(root, caseKey));
  }

  void opened(JournalRow start) {
    openedHere.put(start.getTouchpointId(), start);
    recorded(start);
  }

  /**
   * Records a touchpoint that opened and closed in this transaction: one FULL row. Its case's
   * summary is written again too: such a row (a citizen's voice) may come after the case ended.
   */
  void recordedWhole(JournalRow full) {
    recorded(full);
    casesToSummarize.add(full.getCaseKey());
  }

  /**
   * Notes that a top-level process instance of the case ended: the case's summary is written after
   * this command's journal rows, in its transaction.
   */
  void caseEnded(String caseKey) {
    casesToSummarize.add(caseKey);
  }

  /**
   * Closes a touchpoint: its START row becomes a FULL row when it opened in this command (nothing
   * is written before the flush), else an END row is added.
   */
  void closed(JournalRow end) {
    JournalRow start = openedHere.remove(end.getTouchpointId());
    if (start != null) {
      start.setPhase(JournalRow.FULL);
      start.setEndMillis(end.getEndMillis());
      start.setOutcome(end.getOutcome());
      if (end.getUserId() != null) {
        start.setUserId(end.getUserId());
      }
      return;
    }
    end.setId(end.getTouchpointId() + "~end");
    end.setPhase(JournalRow.END);
    recorded(end);
  }

  /**
   * Notes a touchpoint's first assignment: one SERVE row per touchpoint. A later assignment in this
   * command is ignored; one in a later command writes nothing either, because the row of a
   * touchpoint opened earlier is written only when the journal has none of its id ({@link
   * JournalRow#isOnlyIfAbsent()}), which costs no extra statement.
   */
  void served(JournalRow serve) {
    if (!servedHere.add(serve.getTouchpointId())) {
      return;
    }
    serve.setOnlyIfAbsent(!openedHere.containsKey(serve.getTouchpointId()));
    recorded(serve);
  }

  void noteServedBy(String touchpointId, ServedBy served) {
    servedBy.put(touchpointId, served);
  }

  ServedBy servedBy(String touchpointId) {
    return servedBy.get(touchpointId);
  }

  private void recorded(JournalRow row) {
    if (rows.isEmpty() && dispatcher.hasListeners()) {
      Context.getCommandContext()
          .getTransactionContext()
          .addTransactionListener(TransactionState.COMMITTED, context -> dispatch());
    }
    rows.add(row);
  }

  /**
   * Writes the rows when the engine flushes its command, on the engine's connection: they are
   * statements of the engine's transaction like its own, whoever owns that transaction (the engine,
   * Spring's transaction manager). Nothing here commits; whatever decides the transaction
   * afterwards (a failing flush, a COMMITTING listener, an outer rollback) decides for the rows
   * too. This session is opened first in every command ({@link OpenTouchpointSession}), so it is
   * flushed last, after the engine's statements: a conflict with a concurrent transaction is found
   * by the engine's optimistic locking check before the journal's primary key could find it. An
   * engine that commits itself writes the rows later, after every COMMITTING listener, together
   * with its commit ({@link JournalCommitContext}).
   */
  @Override
  public void flush() {
    CommandContext context = Context.getCommandContext();
    if (loadedRoots != null || !rows.isEmpty()) {
      caseKeyChanges = followCaseKeys(context);
    }
    if (rows.isEmpty() && casesToSummarize.isEmpty()) {
      return;
    }
    if (context.getTransactionContext() instanceof JournalCommitContext commit) {
      commit.writeAtCommit(this);
      return;
    }
    write(context, false);
  }

  /**
   * Gives each row the case key its top-level instance has now: the process may have set its
   * business key after the row was made. Returns the instances loaded with another key than they
   * have now, whose earlier rows (and the summaries of both keys) must follow.
   */
  private List<CaseKeyChange> followCaseKeys(CommandContext context) {
    List<CaseKeyChange> changes = List.of();
    if (loadedRoots != null) {
      for (Map.Entry<String, Loaded> loaded : loadedRoots.entrySet()) {
        String before = loaded.getValue().caseKey();
        String now = Cases.caseKey(loaded.getValue().root());
        if (!now.equals(before)) {
          if (changes.isEmpty()) {
            changes = new ArrayList<>(1);
          }
          changes.add(new CaseKeyChange(loaded.getKey(), before, now));
          casesToSummarize.add(before);
          casesToSummarize.add(now);
        }
      }
    }
    for (JournalRow row : rows) {
      ExecutionEntity root = rootOf(context, row);
      String now = root == null ? null : Cases.caseKey(root);
      if (now != null && !now.equals(row.getCaseKey())) {
        if (casesToSummarize.contains(row.getCaseKey())) {
          casesToSummarize.add(now);
        }
        row.setCaseKey(now);
      }
    }
    return changes;
  }

  /**
   * The top-level instance of a row's case: the one it was made from, else the one this command
   * loaded or has in its cache (an instance ended in this command may be gone from the cache).
   */
  private ExecutionEntity rootOf(CommandContext context, JournalRow row) {
    if (row.getCaseRoot() != null) {
      return row.getCaseRoot();
    }
    Loaded loaded = loadedRoots == null ? null : loadedRoots.get(row.getRootProcessInstanceId());
    if (loaded != null) {
      return loaded.root();
    }
    return context
        .getDbEntityManager()
        .getCachedEntity(ExecutionEntity.class, row.getRootProcessInstanceId());
  }

  /** Writes the rows with the commit, for {@link JournalCommitContext}. */
  void writeWithCommit() {
    write(Context.getCommandContext(), true);
  }

  private void write(CommandContext context, boolean withCommit) {
    Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
    boolean engineOwnsTransaction = engineOwnsTransaction(context);
    try {
      boolean commit = withCommit && engineOwnsTransaction;
      if (!caseKeyChanges.isEmpty()) {
        writer.moveCases(connection, caseKeyChanges);
      }
      writer.write(connection, rows, commit && casesToSummarize.isEmpty());
      if (!casesToSummarize.isEmpty()) {
        writer.writeSummaries(connection, casesToSummarize, commit);
      }
      if (engineOwnsTransaction) {
        context
            .getTransactionContext()
            .addTransactionListener(TransactionState.ROLLINGBACK, failed -> rollBack(connection));
      }
    } catch (SQLException e) {
      if (engineOwnsTransaction) {
        rollBack(connection);
      }
      if (CONCURRENCY_FAILURES.contains(e.getSQLState())) {
        throw new OptimisticLockingException(
            "Another transaction recorded touchpoints of case '"
                + caseKey()
                + "' at the same time (PRIMA_JOURNAL: "
                + e.getMessage()
                + "); this command is rolled back and may be retried, as after any optimistic"
                + " locking conflict.",
            e);
      }
      throw new PrimaException(
          "Prima could not write "
              + rows.size()
              + " touchpoint row(s) of case '"
              + caseKey()
              + "' to PRIMA_JOURNAL"
              + (casesToSummarize.isEmpty() ? "" : " or its summary to PRIMA_CASE_SUMMARY")
              + ", so the engine command is rolled back: "
              + e.getMessage()
              + ". Fix: check that Prima's tables exist and are writable (schemaUpdate UPDATE"
              + " creates them).",
          e);
    }
  }

  private String caseKey() {
    return rows.isEmpty() ? casesToSummarize.iterator().next() : rows.get(0).getCaseKey();
  }

  /**
   * True when the engine commits and rolls back the connection itself (standalone); false when a
   * transaction manager (Spring) does.
   */
  private static boolean engineOwnsTransaction(CommandContext context) {
    return !context.getProcessEngineConfiguration().isTransactionsExternallyManaged()
        && context.getTransactionContext() instanceof StandaloneTransactionContext;
  }

  /**
   * Rolls the connection back itself: MyBatis skips the rollback when it ran no write statement in
   * this command (history none, a case that starts and ends at once), and then re-enables
   * auto-commit before closing the connection, which would commit the journal rows.
   */
  private static void rollBack(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the engine's own rollback follows; the original failure is the one to report
    }
  }

  private void dispatch() {
    List<Touchpoint> touchpoints = new ArrayList<>(rows.size());
    for (JournalRow row : rows) {
      // a SERVE row is no touchpoint of its own: listeners hear of the touchpoint's start and end
      if (!JournalRow.SERVE.equals(row.getPhase())) {
        touchpoints.add(JournalEntries.toTouchpoint(row));
      }
    }
    if (!touchpoints.isEmpty()) {
      dispatcher.dispatch(touchpoints);
    }
  }

  @Override
  public void close() {}
}
