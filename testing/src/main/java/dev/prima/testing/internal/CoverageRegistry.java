package dev.prima.testing.internal;

import dev.prima.PrimaException;
import dev.prima.testing.CoverageReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

/**
 * The coverage of the whole test run, one per JVM, and the JSON files: one per test class and
 * {@value #RUN_FILE} for the run, rewritten after every class so it is whole when the run ends.
 */
public final class CoverageRegistry {

  /** System property naming the report directory; default {@value #DEFAULT_DIRECTORY}. */
  public static final String DIRECTORY_PROPERTY = "prima.coverage.dir";

  public static final String DEFAULT_DIRECTORY = "target/prima-coverage";
  public static final String RUN_FILE = "prima-coverage.json";
  public static final String RUN_NAME = "run";

  private static CoverageReport run = CoverageReport.empty(RUN_NAME);

  private CoverageRegistry() {}

  /** Adds a test class's coverage to the run and writes both JSON files. */
  public static synchronized Path record(CoverageReport ofClass) {
    run = run.merge(ofClass);
    Path directory = directory();
    Path classFile = directory.resolve(fileName(ofClass.name()));
    write(classFile, CoverageJson.of(ofClass));
    write(directory.resolve(RUN_FILE), CoverageJson.of(run));
    return classFile;
  }

  /** The coverage of every test class finished so far in this JVM. */
  public static synchronized CoverageReport run() {
    return run;
  }

  public static Path directory() {
    return Paths.get(System.getProperty(DIRECTORY_PROPERTY, DEFAULT_DIRECTORY));
  }

  /** The JSON file name of a test class: its name with characters unsafe in files replaced. */
  public static String fileName(String className) {
    return className.replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
  }

  private static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new PrimaException(
          "Cannot write the process coverage to "
              + file.toAbsolutePath()
              + ": "
              + e.getMessage()
              + ". Fix: make the directory writable or set -D"
              + DIRECTORY_PROPERTY
              + " to another one",
          e);
    }
  }
}
