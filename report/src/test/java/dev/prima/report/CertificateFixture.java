package dev.prima.report;

import dev.prima.Prima;
import dev.prima.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** A day at the district office on a real in-memory engine: the data the report tests read. */
final class CertificateFixture implements AutoCloseable {

  static final String KEY = "certificate-application";

  /** Monday 30 November 2026, 08:00 in Jakarta. */
  static final Instant MONDAY = Instant.parse("2026-11-30T01:00:00Z");

  /** A business key that would break the page if anything were left unescaped. */
  static final String NASTY_CASE = "SKT-</script><b id=\"injected\">x</b>";

  final TestClock clock = TestClock.startingAt(MONDAY);
  final Prima prima;
  private final ProcessEngine engine;

  CertificateFixture() {
    prima = Prima.builder().clock(clock).build();
    engine = prima.processEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("certificate-application.bpmn")
        .deploy();
  }

  /**
   * Three citizens: SKT-1 served smoothly, SKT-2 slow at the counter (a target breach), the third
   * sent back for a missing document and returning the next day.
   */
  CertificateFixture serveADay() {
    serve("SKT-1", Duration.ofMinutes(10), true);
    serve("SKT-2", Duration.ofMinutes(40), true);
    start(NASTY_CASE);
    verify(NASTY_CASE, Duration.ofMinutes(12), false);
    clock.advance(Duration.ofDays(1));
    complete(NASTY_CASE, "citizen-3");
    verify(NASTY_CASE, Duration.ofMinutes(5), true);
    approve(NASTY_CASE);
    return this;
  }

  private void serve(String caseId, Duration atCounter, boolean complete) {
    start(caseId);
    verify(caseId, atCounter, complete);
    approve(caseId);
  }

  private void start(String caseId) {
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            KEY, caseId, Map.of("citizenUserId", "citizen-" + caseId.length()));
  }

  private void verify(String caseId, Duration atCounter, boolean documentsComplete) {
    clock.advance(atCounter);
    runDueJobs();
    Task task = task(caseId);
    engine.getTaskService().setAssignee(task.getId(), "siti");
    engine.getTaskService().complete(task.getId(), Map.of("documentsComplete", documentsComplete));
  }

  private void approve(String caseId) {
    clock.advance(Duration.ofHours(1));
    runDueJobs();
    Task task = task(caseId);
    engine.getTaskService().setAssignee(task.getId(), "budi");
    engine.getTaskService().complete(task.getId());
  }

  private void complete(String caseId, String user) {
    Task task = task(caseId);
    engine.getTaskService().setAssignee(task.getId(), user);
    engine.getTaskService().complete(task.getId());
  }

  private Task task(String caseId) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(caseId)
        .singleResult();
  }

  /** Runs the breach timers that are due, as the job executor would. */
  private void runDueJobs() {
    ManagementService management = engine.getManagementService();
    for (Job job : management.createJobQuery().executable().list()) {
      management.executeJob(job.getId());
    }
  }

  @Override
  public void close() {
    prima.close();
  }
}
