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
   * Calls {@code consumer} once per case, in case order; returns the number of touchpoints read.
   * Pages by case id (keyset), not by offset, so a large journal is read in linear time; a case
   * larger than a page is read whole.
   *
   * @throws Exception whatever the consumer throws
   */
  public long forEachCase(CaseConsumer consumer) throws Exception {
    int pageSize = options.pageSize();
    long read = 0;
    String after = null;
    while (true) {
      TouchpointQuery query = query();
      if (after != null) {
        query.caseAfter(after);
      }
      List<Touchpoint> page = query.listPage(0, pageSize);
      if (page.isEmpty()) {
        return read;
      }
      boolean last = page.size() < pageSize;
      String lastCase = page.get(page.size() - 1).caseId();
      if (!last && page.get(0).caseId().equals(lastCase)) {
        // one case fills the page: read it whole
        List<Touchpoint> whole = query().caseId(lastCase).list();
        consumer.accept(lastCase, whole);
        read += whole.size();
        after = lastCase;
        continue;
      }
      List<Touchpoint> current = new ArrayList<>();
      String currentCase = null;
      for (Touchpoint touchpoint : page) {
        if (!last && touchpoint.caseId().equals(lastCase)) {
          break; // may go on in the next page: read it again from its start
        }
        if (currentCase != null && !currentCase.equals(touchpoint.caseId())) {
          consumer.accept(currentCase, current);
          read += current.size();
          current = new ArrayList<>();
        }
        currentCase = touchpoint.caseId();
        current.add(touchpoint);
      }
      if (currentCase != null) {
        consumer.accept(currentCase, current);
        read += current.size();
        after = currentCase;
      }
      if (last) {
        return read;
      }
    }
  }
}
