package dev.prima.journey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.PrimaException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CaseSummariesTest {

  private static final String TWO =
      "apply,Applied\\, online\\; at home,2,,1000,61000,7;"
          + "check,Checked \\\\ sent,2,agency\\,a,2000,,9";

  @Test
  void readsEscapedSeparatorsAndBackslashes() {
    CaseSummaries.Reader reader = new CaseSummaries.Reader(TWO);
    String[] fields = new String[7];

    assertThat(reader.next(fields)).isTrue();
    assertThat(Arrays.asList(fields))
        .containsExactly("apply", "Applied, online; at home", "2", "", "1000", "61000", "7");
    assertThat(reader.next(fields)).isTrue();
    assertThat(Arrays.asList(fields))
        .containsExactly("check", "Checked \\ sent", "2", "agency,a", "2000", "", "9");
    assertThat(reader.next(fields)).isFalse();
  }

  @Test
  void countsTheTouchpointsBeforeTheEndOfThePeriod() {
    CaseSummaries.Summary summary = new CaseSummaries.Summary("c-1", "kk", 1000, TWO);

    CaseSummaries.Counted all = summary.countedBefore(Instant.ofEpochMilli(2001));
    CaseSummaries.Counted first = summary.countedBefore(Instant.ofEpochMilli(2000));

    assertThat(all.elementIds()).containsExactly("apply", "check");
    assertThat(all.tenants()).containsExactly(null, "agency,a");
    assertThat(all.durations()).containsExactly(Duration.ofMinutes(1), null);
    assertThat(all.leadTime()).as("a touchpoint still open: no end").isNull();
    assertThat(all.firstSequence()).isEqualTo(7);
    assertThat(first.elementIds()).containsExactly("apply");
    assertThat(first.leadTime()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void refusesATouchpointWithFieldsMissing() {
    CaseSummaries.Reader reader = new CaseSummaries.Reader("apply,Applied,2,,1000,61000");

    assertThatThrownBy(() -> reader.next(new String[7]))
        .isInstanceOf(PrimaException.class)
        .hasMessageContaining("6 fields, not 7");
  }
}
