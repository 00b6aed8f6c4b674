package dev.prima.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void quotesOnlyFieldsThatNeedItAndDoublesQuotes() {
    assertThat(CsvWriter.FORMAT.format("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvWriter.FORMAT.format("line\r\nbreak")).isEqualTo("\"line\r\nbreak\"");
    assertThat(CsvWriter.FORMAT.format("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvWriter.FORMAT.format("plain text")).isEqualTo("plain text");
    assertThat(CsvWriter.FORMAT.format((Object) null)).isEmpty();
  }

  @Test
  void quotesAFieldThatStartsWithACommentSignOrSpaceSoNoReaderTrimsOrSkipsIt() {
    assertThat(CsvWriter.FORMAT.format("#KTP-1", " siti", "budi ", "a#b"))
        .isEqualTo("\"#KTP-1\",\" siti\",\"budi \",a#b");
  }
}
