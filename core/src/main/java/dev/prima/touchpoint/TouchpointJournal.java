package dev.prima.touchpoint;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The journal of every recorded touchpoint, in the engine's database. Rows are written in the
 * engine's own transactions, so the journal holds exactly the touchpoints of committed work.
 *
 * <pre>{@code
 * List<Touchpoint> counter = prima.touchpoints().query()
 *     .channel(Channel.COUNTER).startedAfter(monday).orderByStart().list();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface TouchpointJournal {

  /** {@return a new query over the journal; with no criteria it matches every touchpoint} */
  TouchpointQuery query();

  /**
   * Deletes every case that is over before {@code cutoff}, whole, with its breaches, ratings and
   * complaints, in short batches; a case with an active touchpoint or anything recorded at or after
   * the cutoff is kept whole. The same as {@code prima.upkeep().purge(cutoff)}, which also archives
   * (see {@code dev.prima.upkeep.JournalUpkeep}).
   *
   * @param cutoff the end of the period to purge; not after Prima's clock
   * @return how many touchpoints were deleted
   */
  long purgeEndedBefore(Instant cutoff);
}
