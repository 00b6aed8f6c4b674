package dev.prima.journey;

import dev.prima.touchpoint.Channel;
import dev.prima.touchpoint.Lane;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointKind;
import java.time.Duration;
import java.time.Instant;

/** Hand-built touchpoints: one case of the certificate service, times in minutes after T0. */
final class TouchpointBuilder {

  /** 09:00 UTC on a Monday. */
  static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

  private final String id;
  private String caseId = "case-1";
  private String elementId;
  private String moment;
  private String userId;
  private String role;
  private Instant start;
  private Instant served;
  private Instant end;
  private Outcome outcome;
  private long sequence;

  private TouchpointBuilder(String id) {
    this.id = id;
    this.elementId = id;
    this.moment = id;
  }

  static TouchpointBuilder touchpoint(String id) {
    return new TouchpointBuilder(id);
  }

  /** The instant {@code minutes} after {@link #T0}. */
  static Instant minute(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  TouchpointBuilder inCase(String caseId) {
    this.caseId = caseId;
    return this;
  }

  TouchpointBuilder at(String elementId, String moment) {
    this.elementId = elementId;
    this.moment = moment;
    return this;
  }

  TouchpointBuilder by(String userId, String role) {
    this.userId = userId;
    this.role = role;
    return this;
  }

  TouchpointBuilder role(String role) {
    this.role = role;
    return this;
  }

  /** Started and ended at the given minutes after T0, completed. */
  TouchpointBuilder minutes(long from, long to) {
    return from(minute(from)).to(minute(to));
  }

  TouchpointBuilder from(Instant start) {
    this.start = start;
    return this;
  }

  /** Taken by an officer at the given minute after T0. */
  TouchpointBuilder servedAt(long minutes) {
    this.served = minute(minutes);
    return this;
  }

  TouchpointBuilder to(Instant end) {
    this.end = end;
    return this;
  }

  TouchpointBuilder outcome(Outcome outcome) {
    this.outcome = outcome;
    return this;
  }

  TouchpointBuilder sequence(long sequence) {
    this.sequence = sequence;
    return this;
  }

  Touchpoint build() {
    Outcome resolved = outcome != null ? outcome : end == null ? Outcome.ACTIVE : Outcome.COMPLETED;
    return new Touchpoint(
        id,
        caseId,
        "pi-" + caseId,
        "pi-" + caseId,
        "certificate",
        1,
        elementId,
        moment,
        moment,
        Channel.COUNTER,
        Lane.FRONTSTAGE,
        TouchpointKind.CONTACT,
        userId,
        role,
        null,
        start,
        served,
        end,
        null,
        resolved,
        sequence);
  }
}
