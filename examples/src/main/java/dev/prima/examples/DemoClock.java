package dev.prima.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/** The demo's office clock: a working day that moves only when the demo says time passes. */
final class DemoClock extends Clock {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private volatile Instant now;

  DemoClock(Instant start) {
    this.now = start;
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  /**
   * Time passes at the office while the engine runs: the clock stops at each job's due time on the
   * way and runs the job then, as the job executor would, so a timer (a breach, a deadline) fires
   * at the minute it falls due, not when the demo next looks.
   */
  void pass(ProcessEngine engine, Duration duration) {
    Instant until = now.plus(duration);
    ManagementService management = engine.getManagementService();
    while (true) {
      List<Job> due =
          management
              .createJobQuery()
              .duedateLowerThan(Date.from(until.plusMillis(1)))
              .orderByJobDuedate()
              .asc()
              .listPage(0, 1);
      if (due.isEmpty()) {
        break;
      }
      Instant at = due.get(0).getDuedate().toInstant();
      if (at.isAfter(now)) {
        now = at;
      }
      management.executeJob(due.get(0).getId());
    }
    now = until;
    for (Job job : management.createJobQuery().executable().list()) {
      management.executeJob(job.getId());
    }
  }

  /** The next working morning at {@code hour}:00 in Jakarta (Monday to Friday). */
  void toNextMorning(int hour) {
    ZonedDateTime next =
        now.atZone(JAKARTA).toLocalDate().plusDays(1).atTime(hour, 0).atZone(JAKARTA);
    while (next.getDayOfWeek().getValue() > 5) {
      next = next.plusDays(1);
    }
    now = next.toInstant();
  }

  @Override
  public ZoneId getZone() {
    return JAKARTA;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
