package dev.prima.upkeep;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Removes whole cases that are over from Prima's tables, in short transactions, for an agency to
 * schedule (daily or monthly) on a journal of any size.
 *
 * <p>A case is purged when everything Prima recorded about it lies before the cutoff: every
 * touchpoint has ended before it, none of its process instances is still running, and its breaches,
 * ratings and complaints were recorded (and complaints answered) before it. Such a case goes whole,
 * in one transaction: its journal rows, breaches, ratings, complaints and suggestions, and the
 * identity of its complainants. Any other case stays whole. Complaints and suggestions about a
 * service rather than a case go when lodged (and a complaint answered) before the cutoff.
 *
 * <p>Each batch of cases is one short transaction of its own, so the engine's commands, which write
 * new rows and never the rows of a finished case, never wait for more than one batch. A run stopped
 * half-way (a crash, a kill, a lost connection) leaves every case whole or gone; running it again
 * with the same cutoff finishes the job. Call it outside any transaction: a batch commits on its
 * own.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface JournalUpkeep {

  /** Cases per transaction unless {@link #casesPerBatch(int)} sets another number. */
  int DEFAULT_CASES_PER_BATCH = 500;

  /**
   * {@return the same upkeep with {@code cases} cases per transaction} Fewer cases make shorter
   * transactions, more make fewer round trips.
   *
   * @param cases at least 1
   * @throws dev.prima.InvalidArgumentException if {@code cases} is below 1
   */
  JournalUpkeep casesPerBatch(int cases);

  /**
   * Deletes every case that is over before {@code cutoff} (see the type's description).
   *
   * @param cutoff the end of the period to purge; not after Prima's clock
   * @return what was deleted
   * @throws dev.prima.InvalidArgumentException if {@code cutoff} is null or in the future
   * @throws dev.prima.PrimaException if the database refuses; the batches before stay purged
   */
  UpkeepResult purge(Instant cutoff);

  /**
   * Writes every case that is over before {@code cutoff} to {@code archive} as CSV (the format of
   * {@link dev.prima.export.CsvExporter}, one header, then each batch's cases) and deletes it. Each
   * batch is written and forced to the disk before its cases are deleted, and a batch whose rows
   * changed between the two is not deleted, so nothing is deleted that the file does not hold. The
   * archive holds touchpoints only: breaches, ratings and complaints of the archived cases are
   * deleted with them, and a complainant's identity is never written.
   *
   * <p>The file must not exist: an archive is never overwritten or appended to. After a crash, run
   * it again with a new file; the cases of the batch that was being written when it stopped may
   * then stand in both files, and the first file may end in a cut-off row.
   *
   * @param cutoff the end of the period to archive and purge; not after Prima's clock
   * @param archive a file that does not exist yet, in an existing folder
   * @return what was written and deleted
   * @throws dev.prima.InvalidArgumentException if {@code cutoff} is null or in the future, or the
   *     file exists or its folder does not
   * @throws dev.prima.PrimaException if the file cannot be written or the database refuses; the
   *     batches before stay archived and purged
   */
  UpkeepResult archiveAndPurge(Instant cutoff, Path archive);
}
