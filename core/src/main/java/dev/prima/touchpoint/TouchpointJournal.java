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
   * Deletes every touchpoint that ended before {@code cutoff}; active touchpoints are kept.
   *
   * @param cutoff the instant before which ended touchpoints are deleted
   * @return how many touchpoints were deleted
   */
  long purgeEndedBefore(Instant cutoff);
}
