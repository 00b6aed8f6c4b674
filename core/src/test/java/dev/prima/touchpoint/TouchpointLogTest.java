package dev.prima.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.prima.Prima;
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
      ProcessEngine engine = prima.processEngine();
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance("ktp.bpmn", TouchpointRecordingTest.straightPath())
          .deploy();
      engine.getRuntimeService().startProcessInstanceByKey("ktp", "KTP-42");
      var task = engine.getTaskService().createTaskQuery().singleResult();
      engine.getTaskService().setAssignee(task.getId(), "siti");
      engine.getTaskService().complete(task.getId());
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
}
