package dev.prima.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README and its testing draft show {@link ReadmeExampleTest} as it is, so the example compiles
 * and passes.
 */
class ReadmeDraftTest {

  @Test
  void theDraftShowsTheExampleTestWordForWord() throws Exception {
    String example =
        Files.readString(Path.of("src/test/java/dev/prima/testing/ReadmeExampleTest.java"));
    String draft = Files.readString(Path.of("../docs/testing.md"));

    String readme = Files.readString(Path.of("../README.md"));

    assertThat(draft).contains("```java\n" + example + "```");
    assertThat(readme).contains("```java\n" + example + "```");
  }
}
