package dev.prima.touchpoint;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The touchpoint log: one INFO line per touchpoint, when it ends, on the logger {@value
 * #LOGGER_NAME} (its start is a DEBUG line), with the key fields also in the MDC ({@code
 * prima.case}, {@code prima.touchpoint}, {@code prima.moment}, {@code prima.process}, {@code
 * prima.channel}, {@code prima.user}, {@code prima.outcome}) while the line is written. Always
 * registered; silence it through your logging configuration.
 *
 * <p>The engine's thread only hands the touchpoint over; the line is written within about {@value
 * #PERIOD_MILLIS} ms by the daemon thread {@value #THREAD_NAME}, so no engine command waits for log
 * output. {@link #flush()} writes what is pending at once; {@code Prima.close()} and JVM shutdown
 * call it.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class TouchpointLog implements TouchpointListener {

  /** The logger's name, stable across versions. */
  public static final String LOGGER_NAME = "dev.prima.touchpoint";

  /** The name of the thread that writes the lines. */
  public static final String THREAD_NAME = "prima-touchpoint-log";

  /** How often the writer looks for touchpoints while the log is busy. */
  static final long PERIOD_MILLIS = 20;

  /** Idle periods after which the writer sleeps until the next touchpoint wakes it. */
  private static final int IDLE_PERIODS = 50;

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  private static final String[] MDC_KEYS = {
    "prima.case",
    "prima.touchpoint",
    "prima.moment",
    "prima.process",
    "prima.channel",
    "prima.user",
    "prima.outcome"
  };

  private static final Queue<Touchpoint> PENDING = new ConcurrentLinkedQueue<>();

  @Override
  public void onTouchpoint(Touchpoint t) {
    boolean ended = !t.isActive();
    if (ended ? !LOG.isInfoEnabled() : !LOG.isDebugEnabled()) {
      return;
    }
    PENDING.offer(t);
    Writer.ensureRunning();
  }

  /** Writes every touchpoint handed over so far, on the calling thread, in the order received. */
  public static void flush() {
    synchronized (PENDING) {
      for (Touchpoint t = PENDING.poll(); t != null; t = PENDING.poll()) {
        try {
          write(t);
        } catch (RuntimeException | LinkageError e) {
          LOG.warn("Could not write the touchpoint log line of {}", t, e);
        }
      }
    }
  }

  private static void write(Touchpoint t) {
    boolean ended = !t.isActive();
    String[] values = {
      t.caseId(),
      t.id(),
      t.moment(),
      t.processDefinitionKey(),
      t.channel() == null ? null : t.channel().id(),
      t.userId(),
      t.outcome().name()
    };
    for (int i = 0; i < MDC_KEYS.length; i++) {
      if (values[i] != null) {
        MDC.put(MDC_KEYS[i], values[i]);
      }
    }
    try {
      String line = line(t);
      if (ended) {
        LOG.info(line);
      } else {
        LOG.debug(line);
      }
    } finally {
      for (int i = 0; i < MDC_KEYS.length; i++) {
        if (values[i] != null) {
          MDC.remove(MDC_KEYS[i]);
        }
      }
    }
  }

  /**
   * The writer thread. While touchpoints come it looks every {@link #PERIOD_MILLIS} ms, so handing
   * one over costs the engine's thread no system call. After a quiet second it ends (and removes
   * its shutdown hook), so an idle or undeployed application keeps no Prima thread; the next
   * touchpoint starts a new one.
   */
  private static final class Writer implements Runnable {
    private static final Object LOCK = new Object();
    private static volatile boolean running;
    private static Thread shutdownHook; // guarded by LOCK

    static void ensureRunning() {
      if (running) {
        return;
      }
      synchronized (LOCK) {
        if (running) {
          return;
        }
        Thread writer = new Thread(new Writer(), THREAD_NAME);
        writer.setDaemon(true);
        shutdownHook = new Thread(TouchpointLog::flush, THREAD_NAME + "-flush");
        try {
          Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
          shutdownHook = null;
          flush();
          return;
        }
        running = true;
        writer.start();
      }
    }

    @Override
    public void run() {
      int idle = 0;
      while (true) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(PERIOD_MILLIS));
        if (!PENDING.isEmpty()) {
          idle = 0;
          flush();
        } else if (++idle >= IDLE_PERIODS && stopUnlessPending()) {
          return;
        }
      }
    }

    private static boolean stopUnlessPending() {
      synchronized (LOCK) {
        running = false;
        if (!PENDING.isEmpty()) {
          running = true; // handed over while we decided to stop
          return false;
        }
        try {
          Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
          // the hook runs anyway
        }
        shutdownHook = null;
        return true;
      }
    }
  }

  private static String line(Touchpoint t) {
    StringBuilder line = new StringBuilder(256);
    line.append("case=").append(t.caseId());
    line.append(" moment=\"").append(t.moment()).append('"');
    line.append(" element=").append(t.elementId());
    line.append(" process=").append(t.processDefinitionKey());
    line.append(':').append(t.processDefinitionVersion());
    line.append(" channel=").append(t.channel() == null ? "-" : t.channel().id());
    line.append(" lane=").append(t.lane() == null ? "-" : t.lane());
    line.append(" kind=").append(t.kind().id());
    line.append(" user=").append(t.userId() == null ? "-" : t.userId());
    line.append(" role=").append(t.role() == null ? "-" : t.role());
    line.append(" outcome=").append(t.outcome());
    line.append(" start=").append(t.start() == null ? "-" : t.start());
    line.append(" end=").append(t.end() == null ? "-" : t.end());
    line.append(" duration=").append(t.duration().map(Object::toString).orElse("-"));
    return line.toString();
  }
}
