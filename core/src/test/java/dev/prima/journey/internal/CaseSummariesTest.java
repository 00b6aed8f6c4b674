package dev.prima.journey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseSummariesTest {

  private static final String TWO =
      "apply,Applied\\, online,2,,1000,60000;check,Checked,2,agency\\,a,2000,";

  @Test
  void countsTheTouchpointsThatStartedBeforeTheEndOfThePeriod() {
    CaseSummaries.Summary summary = new CaseSummaries.Summary("c-1", "kk", 1000, 7, TWO);

    CaseSummaries.Counted all = summary.countedBefore(Instant.ofEpochMilli(2001));
    CaseSummaries.Counted first = summary.countedBefore(Instant.ofEpochMilli(2000));

    assertThat(all.elementIds()).containsExactly("apply", "check");
    assertThat(all.moments()).containsExactly("Applied, online", "Checked");
    assertThat(all.tenants()).containsExactly(null, "agency,a");
    assertThat(all.durations()).containsExactly(Duration.ofMinutes(1), null);
    assertThat(all.leadTime()).as("a touchpoint still open: no end").isNull();
    assertThat(first.elementIds()).containsExactly("apply");
    assertThat(first.leadTime()).isEqualTo(Duration.ofMinutes(1));
  }
}
