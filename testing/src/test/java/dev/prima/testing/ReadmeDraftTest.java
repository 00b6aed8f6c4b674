package dev.prima.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README draft shows {@link ReadmeExampleTest} as it is, so its example compiles and passes.
 */
class ReadmeDraftTest {

  @Test
  void theDraftShowsTheExampleTestWordForWord() throws Exception {
    String example =
        Files.readString(Path.of("src/test/java/dev/prima/testing/ReadmeExampleTest.java"));
    String draft = Files.readString(Path.of("../docs/testing.md"));

    assertThat(draft).contains("```java\n" + example + "```");
  }
}
