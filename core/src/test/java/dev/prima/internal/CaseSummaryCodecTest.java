package dev.prima.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.PrimaException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseSummaryCodecTest {

  private static List<Object> fields(CaseSummaryCodec.Reader reader) {
    List<Object> fields = new ArrayList<>();
    fields.add(reader.text(0));
    fields.add(reader.text(1));
    fields.add(reader.number(2));
    fields.add(reader.isEmpty(3) ? null : reader.text(3));
    fields.add(reader.number(4));
    fields.add(reader.isEmpty(5) ? null : reader.number(5));
    return fields;
  }

  @Test
  void readsEscapedSeparatorsAndBackslashes() {
    CaseSummaryCodec.Reader reader =
        new CaseSummaryCodec.Reader(
            "apply,Applied\\, online\\; at home,2,,1000,60000;check\\\\,Checked \\\\ sent,12,a\\,b,"
                + "2000,");

    assertThat(reader.next()).isTrue();
    assertThat(fields(reader))
        .containsExactly("apply", "Applied, online; at home", 2L, null, 1000L, 60000L);
    assertThat(reader.next()).isTrue();
    assertThat(fields(reader))
        .containsExactly("check\\", "Checked \\ sent", 12L, "a,b", 2000L, null);
    assertThat(reader.next()).isFalse();
  }

  @Test
  void refusesATouchpointWithFieldsMissingOrTooManyOrNotANumber() {
    assertThatThrownBy(() -> new CaseSummaryCodec.Reader("apply,Applied,2,,1000").next())
        .isInstanceOf(PrimaException.class)
        .hasMessageContaining("5 fields, not 6");
    assertThatThrownBy(() -> new CaseSummaryCodec.Reader("apply,Applied,2,,1000,1,9").next())
        .isInstanceOf(PrimaException.class)
        .hasMessageContaining("7 fields, not 6");
    CaseSummaryCodec.Reader reader = new CaseSummaryCodec.Reader("apply,Applied,2,,1x00,");
    assertThat(reader.next()).isTrue();
    assertThatThrownBy(() -> reader.number(4))
        .isInstanceOf(PrimaException.class)
        .hasMessageContaining("field 5 of a touchpoint should be a number, but is '1x00'");
  }
}
