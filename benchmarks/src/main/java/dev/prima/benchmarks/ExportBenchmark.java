package dev.prima.benchmarks;

import dev.prima.Prima;
import dev.prima.export.ExportSummary;
import dev.prima.export.XesExporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** XES export of the whole filled journal: throughput and peak heap while exporting. */
final class ExportBenchmark {

  private ExportBenchmark() {}

  static Result xes(Prima prima, String database) {
    try {
      Path file = Files.createTempFile("prima-bench-", ".xes");
      try {
        System.gc();
        long before = heapUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ExportSummary summary;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
          summary = XesExporter.ofDefaults().export(prima.touchpoints(), out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heapPeak();
        double perSecond = summary.touchpoints() / seconds;
        String detail =
            String.format(
                Locale.ROOT,
                "%-8s export xes  %d touchpoints, %d cases, %d events in %.1f s = %.0f touchpoints/s;"
                    + " heap %d MiB before, peak %d MiB during; file %d MiB",
                database,
                summary.touchpoints(),
                summary.cases(),
                summary.events(),
                seconds,
                perSecond,
                before >> 20,
                peak >> 20,
                Files.size(file) >> 20);
        String line =
            String.format(
                Locale.ROOT,
                "EXPORT %s xes = %.0f touchpoints/s, peak heap %d MiB (%d touchpoints)",
                database,
                perSecond,
                peak >> 20,
                summary.touchpoints());
        return new Result(detail, line);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Sum of the heap pools' peaks since they were reset (an upper bound of the real peak). */
  private static long heapPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }
}
