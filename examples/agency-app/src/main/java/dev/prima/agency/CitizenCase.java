package dev.prima.agency;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a citizen sees of their own case: the moments so far, what happens next and the service
 * standard's promise. Nothing about the staff: no user ids, no roles, no internal notes.
 *
 * @param caseKey the case's key, as given to the citizen
 * @param service the service's process key
 * @param serviceName the service as its standard names it (in the reader's language where the model
 *     gives it), else its process key
 * @param finished whether the case has ended
 * @param moments the moments of truth so far, in order
 * @param next what the office is doing or waiting for now
 * @param promisedLeadTime the service standard's lead time, such as "5 working days"; null without
 *     a standard
 * @param promisedBy when the standard promises the case to be done; null without a standard
 */
public record CitizenCase(
    String caseKey,
    String service,
    String serviceName,
    boolean finished,
    List<Step> moments,
    List<String> next,
    String promisedLeadTime,
    Instant promisedBy) {

  /** One moment of truth as the citizen met it. */
  public record Step(String moment, String channel, Instant start, Instant end, String outcome) {}

  public CitizenCase {
    Objects.requireNonNull(caseKey, "caseKey must not be null");
    moments = List.copyOf(moments);
    next = List.copyOf(next);
  }
}
