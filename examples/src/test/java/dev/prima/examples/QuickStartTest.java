package dev.prima.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void quickStartPrintsTheCycleOfServiceOfItsCase() {
    String timeline = QuickStart.run();

    assertThat(timeline.lines().skip(1).map(line -> line.split("\\s{2,}")[0]))
        .startsWith(
            "Application handed in at the counter",
            "Documents checked at the counter",
            "Completeness decided",
            "Certificate approved");
    assertThat(timeline.lines().filter(line -> line.startsWith("lead time ")))
        .singleElement()
        .satisfies(line -> assertThat(line).endsWith("(running)"));
    assertThat(timeline).endsWith("\n4 touchpoints at the counter");
  }
}
