package dev.prima.report.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.prima.journey.ServiceProfile;
import dev.prima.journey.TouchpointStats;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The page's data for its script, as JSON that is safe inside an HTML {@code <script>} element:
 * {@code < > &} and the line separators U+2028/U+2029 are written as {@code \}{@code uXXXX}, so no
 * {@code </script>} or {@code <!--} can appear in it.
 */
public final class DataBlock {

  private static final JsonFactory JSON =
      new JsonFactoryBuilder().characterEscapes(new ScriptSafe()).build();

  private DataBlock() {}

  /** {@code value} as a JSON string literal that is safe inside a {@code <script>} element. */
  public static String string(String value) {
    StringWriter out = new StringWriter(value.length() + 16);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a JSON string", e);
    }
    return out.toString();
  }

  /** The JSON text of the page's data. */
  static String write(ReportData data, Formats formats) {
    StringWriter out = new StringWriter(data.bpmnXml().length() + 4096);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("service", data.serviceKey());
      json.writeStringField("bpmn", data.bpmnXml());
      json.writeObjectFieldStart("elements");
      ServiceProfile profile = data.profile();
      Set<String> written = new LinkedHashSet<>();
      if (profile != null) {
        for (TouchpointStats stats : profile.touchpoints()) {
          json.writeObjectFieldStart(stats.elementId());
          json.writeStringField("moment", stats.moment());
          json.writeNumberField("count", stats.count());
          json.writeStringField(
              "median", stats.median() == null ? null : formats.duration(stats.median()));
          json.writeStringField("p90", stats.p90() == null ? null : formats.duration(stats.p90()));
          Integer heat = data.heat().get(stats.elementId());
          if (heat == null) {
            json.writeNullField("heat");
          } else {
            json.writeNumberField("heat", heat);
          }
          json.writeNumberField(
              "breaches", data.breachesByElement().getOrDefault(stats.elementId(), 0));
          json.writeEndObject();
          written.add(stats.elementId());
        }
      }
      for (Map.Entry<String, Integer> breaches : data.breachesByElement().entrySet()) {
        if (written.add(breaches.getKey())) {
          json.writeObjectFieldStart(breaches.getKey());
          json.writeNumberField("breaches", breaches.getValue());
          json.writeEndObject();
        }
      }
      json.writeEndObject();
      json.writeArrayFieldStart("mostCommonPath");
      if (profile != null) {
        for (String id : profile.mostCommonPath().elementIds()) {
          json.writeString(id);
        }
      }
      json.writeEndArray();
      // the script's own texts, with {0}-style places it fills in
      json.writeObjectFieldStart("texts");
      json.writeStringField("stats", formats.messages().text("report.script.stats"));
      json.writeStringField("breaches", formats.messages().text("report.script.breaches"));
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report's data block", e);
    }
    return out.toString();
  }

  /** JSON's own escapes, plus {@code < > &} and U+2028/U+2029 as {@code \}{@code u} escapes. */
  private static final class ScriptSafe extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    ScriptSafe() {
      for (char c : new char[] {'<', '>', '&'}) {
        ascii[c] = ESCAPE_CUSTOM;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029
          ? new SerializedString(String.format("\\u%04x", ch))
          : null;
    }
  }
}
