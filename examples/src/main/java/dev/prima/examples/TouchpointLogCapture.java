package dev.prima.examples;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.FileAppender;
import dev.prima.touchpoint.TouchpointLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Sends Prima's touchpoint log to a file for the demo and keeps the lines to print them. */
final class TouchpointLogCapture implements AutoCloseable {

  private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger - %msg%n";

  private final Logger logger = (Logger) LoggerFactory.getLogger(TouchpointLog.LOGGER_NAME);
  private final FileAppender<ILoggingEvent> file = new FileAppender<>();
  private final Memory memory = new Memory();
  private final PatternLayoutEncoder lineEncoder = new PatternLayoutEncoder();

  TouchpointLogCapture(Path logFile) {
    LoggerContext context = logger.getLoggerContext();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    file.setContext(context);
    file.setFile(logFile.toString());
    file.setAppend(false);
    file.setEncoder(encoder);
    file.start();
    lineEncoder.setContext(context);
    lineEncoder.setPattern(PATTERN);
    lineEncoder.start();
    memory.setContext(context);
    memory.start();
    logger.setLevel(Level.INFO);
    logger.setAdditive(false);
    logger.addAppender(file);
    logger.addAppender(memory);
  }

  /** The log lines written for one case, as they stand in the file. */
  List<String> linesOf(String caseId) {
    TouchpointLog.flush();
    List<String> lines = new ArrayList<>();
    synchronized (memory.events) {
      for (ILoggingEvent event : memory.events) {
        if (caseId.equals(event.getMDCPropertyMap().get("prima.case"))) {
          lines.add(new String(lineEncoder.encode(event)).stripTrailing());
        }
      }
    }
    return lines;
  }

  @Override
  public void close() {
    TouchpointLog.flush();
    logger.detachAppender(file);
    logger.detachAppender(memory);
    file.stop();
    memory.stop();
  }

  private static final class Memory extends AppenderBase<ILoggingEvent> {
    private final List<ILoggingEvent> events = new ArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
      event.prepareForDeferredProcessing();
      synchronized (events) {
        events.add(event);
      }
    }
  }
}
