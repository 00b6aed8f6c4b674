package dev.prima.engine.internal;

import org.camunda.bpm.engine.impl.cfg.TransactionContext;
import org.camunda.bpm.engine.impl.cfg.TransactionContextFactory;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cfg.standalone.StandaloneTransactionContext;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The transaction of a standalone engine (one that commits itself), with the journal's rows written
 * after every COMMITTING listener has run, right before the commit: a listener that vetoes the
 * commit, registered before or after Prima's, stops the rows too. On PostgreSQL the rows and the
 * commit then go in one statement ({@code insert ..; commit}), so the journal adds no round trip:
 * PostgreSQL runs both or neither, and the engine's own commit that follows finds the transaction
 * closed and sends nothing. Engines whose transactions someone else commits (Spring) keep Camunda's
 * transaction context, and the rows are written in the engine's flush.
 */
final class JournalCommitContext extends StandaloneTransactionContext {

  /** Opens a {@link JournalCommitContext} per command. */
  static final class Factory implements TransactionContextFactory {
    @Override
    public TransactionContext openTransactionContext(CommandContext commandContext) {
      return new JournalCommitContext(commandContext);
    }
  }

  private TouchpointSession pending;

  private JournalCommitContext(CommandContext commandContext) {
    super(commandContext);
  }

  /** Has the session's rows written at commit instead of now. */
  void writeAtCommit(TouchpointSession session) {
    this.pending = session;
  }

  @Override
  public void commit() {
    fireTransactionEvent(TransactionState.COMMITTING);
    if (pending != null) {
      pending.writeWithCommit();
    }
    commandContext.getSession(PersistenceSession.class).commit();
    fireTransactionEvent(TransactionState.COMMITTED);
  }
}
