package dev.prima.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.touchpoint.TouchpointJournal;
import java.io.OutputStream;
import org.apiguardian.api.API;

/**
 * Writes the touchpoint journal as an event log. Implementations read the journal in pages grouped
 * by case ({@link ExportOptions#pageSize()}), so memory holds one page and one case at a time,
 * never the whole journal.
 *
 * <p>Each page is its own read: touchpoints recorded while an export runs may shift a page and
 * appear twice or not at all, so export a quiet journal (or a time window that has ended) when the
 * log must be exact. The stream is flushed, not closed: the caller owns it.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface EventLogExporter {

  /**
   * Writes every touchpoint matching the options to {@code out} in UTF-8.
   *
   * @param journal the journal to read, page by page
   * @param out where to write; left open for the caller to close
   * @return what was written
   * @throws ExportException when the journal cannot be read or {@code out} cannot be written
   */
  ExportSummary export(TouchpointJournal journal, OutputStream out);
}
