package dev.prima.touchpoint;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Criteria over the touchpoint journal, combined with AND. Results are ordered by start (then by
 * recording sequence), ascending unless {@link #descending()} is called, or grouped by case with
 * {@link #orderByCase()}. Not thread-safe; build one per use.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface TouchpointQuery {

  /**
   * Touchpoints of one case (the business key of the top-level process instance).
   *
   * @param caseId the case id
   * @return this query
   */
  TouchpointQuery caseId(String caseId);

  /**
   * Touchpoints of any of these cases; at least one id.
   *
   * @param caseIds the case ids; at least one
   * @return this query
   */
  TouchpointQuery caseIdIn(java.util.Collection<String> caseIds);

  /**
   * Touchpoints of cases whose id sorts after {@code caseId} in the database's order; with {@link
   * #orderByCase()} it pages through the journal case by case without offsets.
   *
   * @param caseId the last case id of the previous page
   * @return this query
   */
  TouchpointQuery caseAfter(String caseId);

  /**
   * Touchpoints of the cases that have a touchpoint of {@code processDefinitionKey} started in
   * {@code [from, to)}: all of each such case's touchpoints, of any process (a called one too) and
   * at any time (before, in and after the period). A period's cases with their whole histories, in
   * one statement: what a report of a service's month reads.
   *
   * @param processDefinitionKey the service whose touchpoints pick the cases
   * @param from start of the period, inclusive
   * @param to end of the period, exclusive
   * @return this query
   */
  TouchpointQuery ofCasesTouchedIn(String processDefinitionKey, Instant from, Instant to);

  /**
   * Touchpoints recorded in one process instance (a called child counts as its own).
   *
   * @param processInstanceId the process instance id
   * @return this query
   */
  TouchpointQuery processInstanceId(String processInstanceId);

  /**
   * Touchpoints of one service, by process definition key.
   *
   * @param processDefinitionKey the process definition key
   * @return this query
   */
  TouchpointQuery processDefinitionKey(String processDefinitionKey);

  /**
   * Touchpoints served by one person (the task's assignee or the authenticated user).
   *
   * @param userId the user id
   * @return this query
   */
  TouchpointQuery userId(String userId);

  /**
   * Touchpoints of one role (candidate group).
   *
   * @param role the candidate group
   * @return this query
   */
  TouchpointQuery role(String role);

  /**
   * Touchpoints at one channel.
   *
   * @param channel the channel
   * @return this query
   */
  TouchpointQuery channel(Channel channel);

  /**
   * Touchpoints in one service blueprint lane.
   *
   * @param lane the lane
   * @return this query
   */
  TouchpointQuery lane(Lane lane);

  /**
   * Touchpoints of one kind.
   *
   * @param kind the kind
   * @return this query
   */
  TouchpointQuery kind(TouchpointKind kind);

  /**
   * Only touchpoints still going on ({@code true}) or ended ({@code false}).
   *
   * @param active {@code true} for active touchpoints, {@code false} for ended ones
   * @return this query
   */
  TouchpointQuery active(boolean active);

  /**
   * Touchpoints that started at or after {@code from}.
   *
   * @param from the earliest start, inclusive
   * @return this query
   */
  TouchpointQuery startedAfter(Instant from);

  /**
   * Touchpoints that started before {@code to} (exclusive).
   *
   * @param to the latest start, exclusive
   * @return this query
   */
  TouchpointQuery startedBefore(Instant to);

  /**
   * Newest first.
   *
   * @return this query
   */
  TouchpointQuery descending();

  /**
   * Reads the touchpoints without when they were first served: {@link Touchpoint#served()} is
   * {@code null} for every one, and their waits ({@link dev.prima.journey.Moment#waitBefore()}) are
   * the gaps alone. A read that needs no waits (a month's paths, durations and counts) spares the
   * journal one lookup of a SERVE row per touchpoint: at 10,000,000 touchpoints, about a fifth of a
   * month's read of a service's cases.
   *
   * @return this query
   */
  TouchpointQuery withoutServed();

  /**
   * Groups the results by case: ordered by case id, then by start and recording sequence within a
   * case (each reversed after {@link #descending()}). Paging through this order keeps every case's
   * touchpoints together, which is what a streamed event-log export needs.
   *
   * @return this query
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

  /**
   * Hands every matching touchpoint to {@code action}, in the query's order, while the rows are
   * read: one statement whose rows are fetched a few hundred at a time, so a long period is read
   * without holding it in memory. {@code action} runs on the calling thread while the statement is
   * open; an exception from it ends the read and is rethrown. This default reads the whole {@link
   * #list()} first.
   *
   * @param action receives each touchpoint
   */
  default void forEach(Consumer<? super Touchpoint> action) {
    list().forEach(action);
  }

  /** {@return how many touchpoints match} */
  long count();
}
