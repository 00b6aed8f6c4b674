package dev.prima.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class JsonLayoutTest {

  @Test
  void escapesJsonStringsAndTheLineEndsOfJavaScript() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JsonLayout.generator(out, 1, false)) {
      json.writeString("a\"b\\c\n\u0001\u2028\u2029\u001f\t/é");
    }

    assertThat(out).hasToString("\"a\\\"b\\\\c\\n\\u0001\\u2028\\u2029\\u001f\\t/é\"");
  }

  @Test
  void putsMembersDownToTheBlockDepthOnTheirOwnLinesAndDeeperOnesOnOneLine() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JsonLayout.generator(out, 2, true)) {
      json.writeStartObject();
      json.writeArrayFieldStart("objects");
      json.writeStartObject();
      json.writeStringField("id", "case:1");
      json.writeArrayFieldStart("attributes");
      json.writeEndArray();
      json.writeNumberField("n", 2);
      json.writeEndObject();
      json.writeStartObject();
      json.writeStringField("id", "case:2");
      json.writeEndObject();
      json.writeEndArray();
      json.writeArrayFieldStart("events");
      json.writeEndArray();
      json.writeEndObject();
    }

    assertThat(out)
        .hasToString(
            "{\n"
                + "  \"objects\": [\n"
                + "    {\"id\": \"case:1\", \"attributes\": [], \"n\": 2},\n"
                + "    {\"id\": \"case:2\"}\n"
                + "  ],\n"
                + "  \"events\": [\n"
                + "  ]\n"
                + "}");
  }

  @Test
  void anEmptyBlockStaysOnOneLineWhenAsked() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JsonLayout.generator(out, 3, false)) {
      json.writeStartObject();
      json.writeArrayFieldStart("processes");
      json.writeEndArray();
      json.writeArrayFieldStart("more");
      json.writeStartObject();
      json.writeStringField("key", "k");
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }

    assertThat(out)
        .hasToString(
            "{\n"
                + "  \"processes\": [],\n"
                + "  \"more\": [\n"
                + "    {\n"
                + "      \"key\": \"k\"\n"
                + "    }\n"
                + "  ]\n"
                + "}");
  }
}
