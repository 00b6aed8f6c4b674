package dev.prima.touchpoint;

import java.time.Instant;
import java.util.List;

/**
 * Criteria over the touchpoint journal, combined with AND. Results are ordered by start (then by
 * recording sequence), ascending unless {@link #descending()} is called, or grouped by case with
 * {@link #orderByCase()}. Not thread-safe; build one per use.
 */
public interface TouchpointQuery {

  /** Touchpoints of one case (the business key of the top-level process instance). */
  TouchpointQuery caseId(String caseId);

  /** Touchpoints of any of these cases; at least one id. */
  TouchpointQuery caseIdIn(java.util.Collection<String> caseIds);

  /**
   * Touchpoints of cases whose id sorts after {@code caseId} in the database's order; with {@link
   * #orderByCase()} it pages through the journal case by case without offsets.
   */
  TouchpointQuery caseAfter(String caseId);

  /** Touchpoints recorded in one process instance (a called child counts as its own). */
  TouchpointQuery processInstanceId(String processInstanceId);

  /** Touchpoints of one service, by process definition key. */
  TouchpointQuery processDefinitionKey(String processDefinitionKey);

  /** Touchpoints served by one person (the task's assignee or the authenticated user). */
  TouchpointQuery userId(String userId);

  /** Touchpoints of one role (candidate group). */
  TouchpointQuery role(String role);

  TouchpointQuery channel(Channel channel);

  TouchpointQuery lane(Lane lane);

  TouchpointQuery kind(TouchpointKind kind);

  /** Only touchpoints still going on ({@code true}) or ended ({@code false}). */
  TouchpointQuery active(boolean active);

  /** Touchpoints that started at or after {@code from}. */
  TouchpointQuery startedAfter(Instant from);

  /** Touchpoints that started before {@code to} (exclusive). */
  TouchpointQuery startedBefore(Instant to);

  /** Newest first. */
  TouchpointQuery descending();

  /**
   * Groups the results by case: ordered by case id, then by start and recording sequence within a
   * case (each reversed after {@link #descending()}). Paging through this order keeps every case's
   * touchpoints together, which is what a streamed event-log export needs.
   */
  TouchpointQuery orderByCase();

  /** {@return all matching touchpoints} */
  List<Touchpoint> list();

  /**
   * {@return one page of the matching touchpoints}
   *
   * @param firstResult index of the first row, from 0
   * @param maxResults page size, at least 1
   */
  List<Touchpoint> listPage(int firstResult, int maxResults);

  long count();
}
