package dev.prima.export.internal;

import dev.prima.export.ExportOptions;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointJournal;
import dev.prima.touchpoint.TouchpointQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads the journal in case order in one streamed statement and hands on one whole case at a time.
 */
public final class JournalCases {

  /** Receives the touchpoints of one case, in start order. */
  @FunctionalInterface
  public interface CaseConsumer {
    void accept(String caseId, List<Touchpoint> touchpoints) throws Exception;
  }

  private final TouchpointJournal journal;
  private final ExportOptions options;

  public JournalCases(TouchpointJournal journal, ExportOptions options) {
    this.journal = Objects.requireNonNull(journal, "journal must not be null");
    this.options = Objects.requireNonNull(options, "options must not be null");
  }

  private TouchpointQuery query() {
    TouchpointQuery query = journal.query().orderByCase();
    options.service().ifPresent(query::processDefinitionKey);
    options.startedFrom().ifPresent(query::startedAfter);
    options.startedBefore().ifPresent(query::startedBefore);
    return query;
  }

  /**
   * Calls {@code consumer} once per case, in case order; returns the number of touchpoints read.
   * One statement read as a stream ({@link TouchpointQuery#forEach}): memory holds one case and the
   * rows of one fetch. Keyset pages of {@link ExportOptions#pageSize()} rows each sorted the period
   * again on PostgreSQL, so a month at 10,000,000 touchpoints did not finish in 14 minutes (#21).
   *
   * @throws Exception whatever the consumer throws
   */
  public long forEachCase(CaseConsumer consumer) throws Exception {
    Objects.requireNonNull(consumer, "consumer must not be null");
    Grouping grouping = new Grouping(consumer);
    try {
      query().forEach(grouping);
      grouping.finish();
    } catch (ConsumerFailed e) {
      throw e.cause;
    }
    return grouping.read;
  }

  /** Collects consecutive touchpoints of one case and hands each case on when the next begins. */
  private static final class Grouping implements Consumer<Touchpoint> {
    private final CaseConsumer consumer;
    private List<Touchpoint> current = new ArrayList<>();
    private String currentCase;
    private long read;

    Grouping(CaseConsumer consumer) {
      this.consumer = consumer;
    }

    @Override
    public void accept(Touchpoint touchpoint) {
      if (currentCase != null && !currentCase.equals(touchpoint.caseId())) {
        handOn();
      }
      currentCase = touchpoint.caseId();
      current.add(touchpoint);
    }

    void finish() {
      if (currentCase != null) {
        handOn();
      }
    }

    private void handOn() {
      try {
        consumer.accept(currentCase, current);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new ConsumerFailed(e);
      }
      read += current.size();
      current = new ArrayList<>();
      currentCase = null;
    }
  }

  /** Carries a consumer's checked exception out of the journal's read. */
  private static final class ConsumerFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Exception cause;

    ConsumerFailed(Exception cause) {
      super(cause);
      this.cause = cause;
    }
  }
}
