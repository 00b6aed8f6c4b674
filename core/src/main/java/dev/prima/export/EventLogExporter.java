package dev.prima.export;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.touchpoint.TouchpointJournal;
import java.io.OutputStream;
import org.apiguardian.api.API;

/**
 * Writes the touchpoint journal as an event log. Implementations read the journal in one statement
 * grouped by case and streamed ({@link dev.prima.touchpoint.TouchpointQuery#forEach}), so memory
 * holds one case and the rows of one fetch at a time, never the whole journal.
 *
 * <p>On PostgreSQL the read is one transaction, so the log is one consistent snapshot of the
 * journal; a long export keeps that transaction open while it writes. The stream is flushed, not
 * closed: the caller owns it.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface EventLogExporter {

  /**
   * Writes every touchpoint matching the options to {@code out} in UTF-8.
   *
   * @param journal the journal to read
   * @param out where to write; left open for the caller to close
   * @return what was written
   * @throws ExportException when the journal cannot be read or {@code out} cannot be written
   */
  ExportSummary export(TouchpointJournal journal, OutputStream out);
}
