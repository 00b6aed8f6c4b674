package dev.prima.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, dumping a page's DOM after its scripts ran. Public for the agency
 * application's page tests, which use this module's test jar.
 */
public final class HeadlessChromium {

  private static final Duration BROWSER_TIMEOUT = Duration.ofSeconds(60);

  private HeadlessChromium() {}

  public static String dumpDom(Path chromium, Path page, Path dir) throws Exception {
    return dumpDom(chromium, page.toUri().toString(), "800,600", dir);
  }

  /** The DOM of a page file drawn in a window of {@code width} x {@code height} pixels. */
  public static String dumpDom(Path chromium, Path page, int width, int height, Path dir)
      throws Exception {
    return dumpDom(chromium, page.toUri().toString(), width + "," + height, dir);
  }

  /** The DOM of a page at an address, drawn at a phone's width (390 px). */
  public static String dumpDom(Path chromium, URI page, Path dir) throws Exception {
    return dumpDom(chromium, page.toString(), "390,844", dir);
  }

  private static String dumpDom(Path chromium, String page, String windowSize, Path dir)
      throws Exception {
    Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
    Process process =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=10000",
                "--window-size=" + windowSize,
                "--dump-dom",
                page)
            .redirectError(dir.resolve("chromium.log").toFile())
            .start();
    CompletableFuture<String> stdout =
        CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    if (!process.waitFor(BROWSER_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not finish within " + BROWSER_TIMEOUT + "; its log: " + log(dir));
    }
    String out = stdout.get(10, TimeUnit.SECONDS);
    assertThat(process.exitValue()).as("chromium exit code; its log: %s", log(dir)).isZero();
    assertThat(out).as("the dumped DOM; chromium's log: %s", log(dir)).contains("</html>");
    return out;
  }

  private static String log(Path dir) {
    try {
      return Files.readString(dir.resolve("chromium.log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static String readAll(InputStream in) {
    try (in) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      in.transferTo(buffer);
      return buffer.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Chromium from the PATH; skips the test without it, or fails on CI. */
  public static Path find() {
    String path = System.getenv().getOrDefault("PATH", "");
    Optional<Path> found =
        Stream.of(path.split(File.pathSeparator))
            .filter(p -> !p.isBlank())
            .map(p -> Path.of(p, "chromium"))
            .filter(Files::isExecutable)
            .findFirst();
    if (found.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(
          "chromium is not on the PATH, and CI=true requires the browser test to run. Fix:"
              + " apt-get install -y chromium (Debian), or unset CI to skip it locally.");
    }
    Assumptions.assumeTrue(
        found.isPresent(),
        "chromium is not on the PATH; the browser tests of the report are skipped");
    return found.get();
  }
}
