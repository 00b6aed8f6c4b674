package dev.prima.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.prima.Prima;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class TouchpointLogTest {

  /** Captures the MDC at append time, as a real appender writing the line would. */
  private final ListAppender<ILoggingEvent> appender =
      new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
          event.prepareForDeferredProcessing();
          super.append(event);
        }
      };

  private final Logger logger = (Logger) LoggerFactory.getLogger(TouchpointLog.LOGGER_NAME);

  @BeforeEach
  void attach() {
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void detach() {
    logger.detachAppender(appender);
  }

  @Test
  void logsOneLinePerEndedTouchpointWithKeyFieldsInTheMdc() {
    try (Prima prima = Prima.inMemory()) {
      runOneCase(prima, "KTP-42", "siti");
    }

    assertThat(appender.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .hasSize(3)
        .allSatisfy(line -> assertThat(line).startsWith("case=KTP-42 moment=\""));
    ILoggingEvent verified = appender.list.get(1);
    assertThat(verified.getFormattedMessage())
        .contains("moment=\"Documents checked at the counter\"")
        .contains("element=verify process=ktp:1 channel=counter lane=FRONTSTAGE kind=contact")
        .contains("user=siti role=counter-officer outcome=COMPLETED");
    assertThat(verified.getMDCPropertyMap())
        .containsEntry("prima.case", "KTP-42")
        .containsEntry("prima.moment", "Documents checked at the counter")
        .containsEntry("prima.channel", "counter")
        .containsEntry("prima.user", "siti")
        .containsEntry("prima.outcome", "COMPLETED")
        .containsEntry("prima.process", "ktp");
    assertThat(org.slf4j.MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  @Test
  void theLogCanBeSwitchedOffWhileOtherListenersStillHearEveryTouchpoint() {
    List<Touchpoint> heard = new ArrayList<>();
    try (Prima prima =
        Prima.builder()
            .configurePlugin(plugin -> plugin.touchpointLog(false))
            .listener(heard::add)
            .build()) {
      runOneCase(prima, "KTP-43", "siti");
      TouchpointLog.flush();
    }

    assertThat(appender.list).isEmpty();
    assertThat(heard).extracting(Touchpoint::caseId).contains("KTP-43").hasSizeGreaterThan(3);
  }

  @Test
  void theLogThreadWritesTheLinesShortlyAfterCommitWithoutAFlush() throws InterruptedException {
    try (Prima prima = Prima.inMemory()) {
      runOneCase(prima, "KTP-43", null);

      waitAtMostTenSecondsUntil(() -> linesWritten() >= 3);
      synchronized (appender) {
        assertThat(appender.list)
            .extracting(ILoggingEvent::getThreadName)
            .containsExactly(
                TouchpointLog.THREAD_NAME, TouchpointLog.THREAD_NAME, TouchpointLog.THREAD_NAME);
        assertThat(appender.list)
            .extracting(event -> event.getMDCPropertyMap().get("prima.case"))
            .containsOnly("KTP-43");
      }
    }
  }

  @Test
  void flushReturnsOnceEveryHandedOverTouchpointIsWrittenInOrder() {
    TouchpointLog log = new TouchpointLog();
    Instant start = Instant.parse("2026-11-30T03:26:00Z");
    for (int i = 0; i < 3; i++) {
      log.onTouchpoint(
          new Touchpoint(
              "tp-" + i,
              "FL-" + i,
              "pi",
              "pi",
              "ktp",
              1,
              "verify",
              "Verify",
              "Documents checked",
              Channel.COUNTER,
              Lane.FRONTSTAGE,
              TouchpointKind.CONTACT,
              "siti",
              null,
              null,
              start,
              null,
              start.plusSeconds(60),
              null,
              Outcome.COMPLETED,
              i));
    }
    TouchpointLog.flush();

    synchronized (appender) {
      assertThat(appender.list)
          .extracting(event -> event.getMDCPropertyMap().get("prima.case"))
          .containsExactly("FL-0", "FL-1", "FL-2");
    }
  }

  private int linesWritten() {
    synchronized (appender) {
      return appender.list.size();
    }
  }

  @Test
  void theLogThreadEndsWhenTheLogIsQuiet() throws InterruptedException {
    try (Prima prima = Prima.inMemory()) {
      runOneCase(prima, "KTP-44", null);
      assertThat(logThreadAlive()).isTrue();
    }

    waitAtMostTenSecondsUntil(() -> !logThreadAlive());

    assertThat(logThreadAlive()).isFalse();
    assertThat(linesWritten()).isEqualTo(3);
  }

  private static void waitAtMostTenSecondsUntil(BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  private static boolean logThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().equals(TouchpointLog.THREAD_NAME) && thread.isAlive());
  }

  /** Runs one case of the straight-path model: three touchpoints end. */
  private static void runOneCase(Prima prima, String caseId, String assignee) {
    ProcessEngine engine = prima.processEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("ktp.bpmn", TouchpointRecordingTest.straightPath())
        .deploy();
    engine.getRuntimeService().startProcessInstanceByKey("ktp", caseId);
    var task = engine.getTaskService().createTaskQuery().singleResult();
    if (assignee != null) {
      engine.getTaskService().setAssignee(task.getId(), assignee);
    }
    engine.getTaskService().complete(task.getId());
  }
}
