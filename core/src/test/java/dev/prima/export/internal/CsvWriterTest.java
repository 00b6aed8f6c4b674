package dev.prima.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void quotesOnlyFieldsThatNeedItAndDoublesQuotes() {
    assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvWriter.field("line\r\nbreak")).isEqualTo("\"line\r\nbreak\"");
    assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvWriter.field("plain text")).isEqualTo("plain text");
    assertThat(CsvWriter.field(null)).isEmpty();
  }
}
