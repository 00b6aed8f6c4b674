package dev.prima.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.PrimaException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CaseSummaryCodecTest {

  @Test
  void readsEscapedSeparatorsAndBackslashes() {
    CaseSummaryCodec.Reader reader =
        new CaseSummaryCodec.Reader(
            "apply,Applied\\, online\\; at home,2,,1000,60000;check,Checked \\\\ sent,2,a\\,b,2000,");
    String[] fields = new String[CaseSummaryCodec.FIELDS];

    assertThat(reader.next(fields)).isTrue();
    assertThat(Arrays.asList(fields))
        .containsExactly("apply", "Applied, online; at home", "2", "", "1000", "60000");
    assertThat(reader.next(fields)).isTrue();
    assertThat(Arrays.asList(fields))
        .containsExactly("check", "Checked \\ sent", "2", "a,b", "2000", "");
    assertThat(reader.next(fields)).isFalse();
  }

  @Test
  void refusesATouchpointWithFieldsMissingOrTooMany() {
    assertThatThrownBy(
            () -> new CaseSummaryCodec.Reader("apply,Applied,2,,1000").next(new String[6]))
        .isInstanceOf(PrimaException.class)
        .hasMessageContaining("5 fields, not 6");
    assertThatThrownBy(
            () -> new CaseSummaryCodec.Reader("apply,Applied,2,,1000,1,9").next(new String[6]))
        .isInstanceOf(PrimaException.class)
        .hasMessageContaining("7 fields, not 6");
  }
}
