package dev.prima.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataBlockTest {

  @Test
  void nothingInAStringCanEndTheScriptElement() {
    String json = DataBlock.string("</script><!-- a & b \u2028\u2029 \"q\" \\ \n");
    assertThat(json)
        .doesNotContain("<", ">", "&", "\u2028", "\u2029")
        .isEqualTo(
            "\"\\u003c/script\\u003e\\u003c!-- a \\u0026 b \\u2028\\u2029 \\\"q\\\" \\\\ \\n\"");
  }

  @Test
  void otherTextIsWrittenAsItIs() {
    assertThat(DataBlock.string("Senin · 30 Nov")).isEqualTo("\"Senin · 30 Nov\"");
  }
}
