package dev.prima.export.internal;

import dev.prima.export.ExportOptions;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointJournal;
import dev.prima.touchpoint.TouchpointQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads the journal page by page in case order and hands on one whole case at a time. */
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
   * Calls {@code consumer} once per case; returns the number of touchpoints read.
   *
   * @throws Exception whatever the consumer throws
   */
  public long forEachCase(CaseConsumer consumer) throws Exception {
    int pageSize = options.pageSize();
    List<Touchpoint> current = new ArrayList<>();
    String currentCase = null;
    long read = 0;
    int first = 0;
    while (true) {
      List<Touchpoint> page = query().listPage(first, pageSize);
      for (Touchpoint touchpoint : page) {
        if (currentCase != null && !currentCase.equals(touchpoint.caseId())) {
          consumer.accept(currentCase, current);
          current = new ArrayList<>();
        }
        currentCase = touchpoint.caseId();
        current.add(touchpoint);
      }
      read += page.size();
      if (page.size() < pageSize) {
        break;
      }
      first += pageSize;
    }
    if (currentCase != null) {
      consumer.accept(currentCase, current);
    }
    return read;
  }
}
