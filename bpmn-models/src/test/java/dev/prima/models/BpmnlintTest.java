package dev.prima.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every model passes bpmnlint's recommended rules ({@code .bpmnlintrc}). Needs {@code npm ci} in
 * {@code bpmn-models} first; without it the test is skipped, except under {@code CI=true}, where it
 * fails.
 */
class BpmnlintTest {

  static final Path MODULE = Path.of("").toAbsolutePath();
  static final Path BPMNLINT = MODULE.resolve("node_modules/.bin/bpmnlint");

  @ParameterizedTest
  @EnumSource(ServiceModels.class)
  void passesBpmnlintsRecommendedRules(ServiceModels model)
      throws IOException, InterruptedException {
    boolean installed = Files.isExecutable(BPMNLINT);
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(
          "bpmnlint is not installed at "
              + BPMNLINT
              + " but CI=true. Fix: run 'npm ci' in bpmn-models before 'mvn verify'");
    }
    assumeTrue(
        installed,
        "bpmnlint is not installed (" + BPMNLINT + "): run 'npm ci' in bpmn-models to lint");
    Path file = MODULE.resolve("src/main/resources").resolve(model.resource());

    Process lint =
        new ProcessBuilder("npx", "--no-install", "bpmnlint", file.toString())
            .directory(MODULE.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(2, TimeUnit.MINUTES)).as("bpmnlint finished").isTrue();

    assertThat(lint.exitValue())
        .as("bpmnlint exit code for %s; its output:%n%s", model.resource(), output)
        .isZero();
  }
}
