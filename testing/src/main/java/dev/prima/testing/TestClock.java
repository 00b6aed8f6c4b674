package dev.prima.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.prima.PrimaException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/**
 * A clock that stands still until a test moves it. Pass it to {@code Prima.builder().clock(...)}:
 * Prima stamps touchpoints with it and sets Camunda's clock from it before every engine command, so
 * timers, history and the journal all see the same time.
 *
 * <pre>{@code
 * clock.advance(Duration.ofMinutes(20));            // the citizen waits 20 minutes
 * clock.advanceAndRunDueJobs(Duration.ofDays(3));   // and the 3-day reminder timer fires
 * }</pre>
 *
 * <p>Time only moves forward through {@link #advance(Duration)}; {@link #set(Instant)} may move it
 * anywhere. Views made with {@link #withZone(ZoneId)} share this clock's time. Thread-safe, but
 * Camunda's clock is one per JVM: engines driven by different test clocks must not run in parallel.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class TestClock extends Clock {

  /** Where a test clock starts unless told otherwise: Monday 5 January 2026, 08:00 UTC. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-05T08:00:00Z");

  /** More due jobs than this in one call means an endless loop, such as a timer cycle of zero. */
  static final int MAX_JOBS_PER_CALL = 10_000;

  private final State state;
  private final ZoneId zone;

  private TestClock(State state, ZoneId zone) {
    this.state = state;
    this.zone = zone;
  }

  /** {@return a clock at {@link #DEFAULT_START}, in UTC} */
  public static TestClock create() {
    return startingAt(DEFAULT_START);
  }

  /**
   * {@return a clock at {@code start}, in UTC}
   *
   * @param start the instant to start at
   */
  public static TestClock startingAt(Instant start) {
    return startingAt(start, ZoneOffset.UTC);
  }

  /**
   * {@return a clock at {@code start} in {@code zone}}
   *
   * @param start the instant to start at
   * @param zone the clock's zone
   */
  public static TestClock startingAt(Instant start, ZoneId zone) {
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    return new TestClock(new State(start), zone);
  }

  @Override
  public Instant instant() {
    return state.now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view of this clock in another zone; moving either moves both. */
  @Override
  public TestClock withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone must not be null");
    return zone.equals(this.zone) ? this : new TestClock(state, zone);
  }

  /** {@return the instant this clock started at, and goes back to on {@link #reset()}} */
  public Instant start() {
    return state.start;
  }

  /**
   * Moves time forward by {@code duration}; runs no job.
   *
   * @param duration how far to move; not negative
   * @return this clock
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public TestClock advance(Duration duration) {
    checkForward(duration);
    state.now.updateAndGet(now -> now.plus(duration));
    return this;
  }

  /**
   * Sets the time to {@code instant}, forward or back; runs no job.
   *
   * @param instant the new time
   * @return this clock
   */
  public TestClock set(Instant instant) {
    state.now.set(Objects.requireNonNull(instant, "instant must not be null"));
    return this;
  }

  /**
   * Goes back to {@link #start()}.
   *
   * @return this clock
   */
  public TestClock reset() {
    return set(state.start);
  }

  /**
   * Lets this clock run the jobs of {@code engine} in {@link #runDueJobs()} and {@link
   * #advanceAndRunDueJobs(Duration)}. {@code PrimaExtension} does this for you.
   *
   * @param engine the engine whose jobs this clock runs
   * @return this clock
   * @throws IllegalStateException if the clock already drives another engine
   */
  public TestClock attach(ProcessEngine engine) {
    Objects.requireNonNull(engine, "engine must not be null");
    ProcessEngine previous = state.engine.get();
    if (previous != null && previous != engine) {
      throw new IllegalStateException(
          "This TestClock already drives the engine '"
              + previous.getName()
              + "'; make one TestClock per engine");
    }
    state.engine.set(engine);
    return this;
  }

  /**
   * Moves time forward by {@code duration} and runs every job that comes due on the way, in due
   * order: async continuations at once, and each timer at its own due instant, so a touchpoint a
   * timer cuts short ends when the timer was due, not at the end of the jump. Jobs these jobs
   * create are run too when they come due in the period. The clock ends at the old time plus {@code
   * duration}. With the job executor off (the default) this is how a test makes time pass.
   *
   * @param duration how far to move; not negative
   * @return how many jobs ran
   * @throws IllegalArgumentException if {@code duration} is negative
   * @throws IllegalStateException if the clock is not {@linkplain #attach(ProcessEngine) attached}
   *     to an engine, or more than 10,000 jobs come due (an endless loop)
   * @throws PrimaException if a job fails, naming the job and its activity
   */
  public int advanceAndRunDueJobs(Duration duration) {
    checkForward(duration);
    ManagementService management = managementService();
    Instant target = instant().plus(duration);
    int ran = 0;
    while (true) {
      int ranBefore = ran;
      ran += runDue(management, ran);
      List<Job> next =
          management
              .createJobQuery()
              .withRetriesLeft()
              .active()
              .duedateLowerThan(Date.from(target.plusMillis(1)))
              .orderByJobDuedate()
              .asc()
              .listPage(0, 1);
      if (next.isEmpty()) {
        break;
      }
      Instant due = next.get(0).getDuedate().toInstant();
      if (due.isAfter(instant())) {
        set(due);
      } else if (ran == ranBefore) {
        break; // due but not executable, e.g. its process instance is suspended
      }
    }
    set(target.isAfter(instant()) ? target : instant());
    return ran;
  }

  /**
   * Runs every job due now (timers whose due date has come, async continuations), including jobs
   * they create that are due now, until none is left.
   *
   * @return how many jobs ran
   * @throws IllegalStateException if the clock is not attached to an engine
   * @throws PrimaException if a job fails
   */
  public int runDueJobs() {
    return runDue(managementService(), 0);
  }

  private int runDue(ManagementService management, int alreadyRan) {
    int ran = 0;
    while (true) {
      // one job at a time: a job may delete another that fell due at the same instant
      List<Job> due =
          management.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1);
      if (due.isEmpty()) {
        return ran;
      }
      for (Job job : due) {
        if (alreadyRan + ran >= MAX_JOBS_PER_CALL) {
          throw new IllegalStateException(
              "More than "
                  + MAX_JOBS_PER_CALL
                  + " jobs came due in one call, the last at "
                  + instant()
                  + ": an endless loop such as a timer cycle that fires at once again? Last job: "
                  + describe(job));
        }
        execute(management, job);
        ran++;
      }
    }
  }

  private void execute(ManagementService management, Job job) {
    try {
      management.executeJob(job.getId());
    } catch (RuntimeException e) {
      throw new PrimaException(
          "The " + describe(job) + " failed at " + instant() + ": " + e.getMessage(), e);
    }
  }

  private static String describe(Job job) {
    return "job "
        + job.getId()
        + (job.getDuedate() == null ? "" : " due " + job.getDuedate().toInstant())
        + " of process instance "
        + job.getProcessInstanceId()
        + " ("
        + job.getProcessDefinitionKey()
        + ")";
  }

  private ManagementService managementService() {
    ProcessEngine engine = state.engine.get();
    if (engine == null) {
      throw new IllegalStateException(
          "This TestClock runs no engine's jobs yet: call attach(prima.processEngine()) after"
              + " building Prima with .clock(clock), or let PrimaExtension create the clock");
    }
    return engine.getManagementService();
  }

  private static void checkForward(Duration duration) {
    Objects.requireNonNull(duration, "duration must not be null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException(
          "duration must not be negative, but was " + duration + "; use set(Instant) to go back");
    }
  }

  @Override
  public String toString() {
    return "TestClock[" + instant() + ", " + zone + "]";
  }

  /** Time and engine shared by a clock and its zone views. */
  private static final class State {
    final Instant start;
    final AtomicReference<Instant> now;
    final AtomicReference<ProcessEngine> engine = new AtomicReference<>();

    State(Instant start) {
      this.start = start;
      this.now = new AtomicReference<>(start);
    }
  }
}
