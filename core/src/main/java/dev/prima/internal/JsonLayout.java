package dev.prima.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.Writer;

/**
 * Streaming JSON generators (jackson-core) in the layout of Prima's files: objects and arrays down
 * to a given depth put each member on its own indented line, deeper ones stay on one line ({@code
 * {"name": "x", "value": "y"}}), so a file reads one record per line and diffs well.
 */
public final class JsonLayout implements PrettyPrinter {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          // \u001f as Prima always wrote it
          .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          // the caller owns the stream
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private final int blockDepth;
  private final boolean openEmptyBlocks;
  private int depth;

  private JsonLayout(int blockDepth, boolean openEmptyBlocks) {
    this.blockDepth = blockDepth;
    this.openEmptyBlocks = openEmptyBlocks;
  }

  /**
   * A generator writing to {@code out}; it neither closes nor (until flushed) writes through {@code
   * out}.
   *
   * @param blockDepth the nesting depth down to which members go on their own lines (1: the root
   *     only)
   * @param openEmptyBlocks whether an empty array or object at block depth spans two lines ({@code
   *     [} and an indented {@code ]}) rather than {@code []}
   */
  public static JsonGenerator generator(Writer out, int blockDepth, boolean openEmptyBlocks)
      throws IOException {
    JsonGenerator json = FACTORY.createGenerator(out);
    json.setPrettyPrinter(new JsonLayout(blockDepth, openEmptyBlocks));
    json.setCharacterEscapes(Escapes.INSTANCE);
    return json;
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator json) throws IOException {
    json.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator json) throws IOException {
    json.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator json) throws IOException {
    lineBreak(json, depth);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
    json.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
    json.writeRaw(',');
    separator(json);
  }

  @Override
  public void writeEndObject(JsonGenerator json, int entries) throws IOException {
    close(json, entries, '}');
  }

  @Override
  public void writeStartArray(JsonGenerator json) throws IOException {
    json.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator json) throws IOException {
    lineBreak(json, depth);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
    json.writeRaw(',');
    separator(json);
  }

  @Override
  public void writeEndArray(JsonGenerator json, int values) throws IOException {
    close(json, values, ']');
  }

  private void separator(JsonGenerator json) throws IOException {
    if (depth <= blockDepth) {
      lineBreak(json, depth);
    } else {
      json.writeRaw(' ');
    }
  }

  private void close(JsonGenerator json, int members, char bracket) throws IOException {
    if (depth <= blockDepth && (members > 0 || openEmptyBlocks)) {
      lineBreak(json, depth - 1);
    }
    json.writeRaw(bracket);
    depth--;
  }

  private void lineBreak(JsonGenerator json, int indent) throws IOException {
    if (depth <= blockDepth) {
      json.writeRaw('\n');
      json.writeRaw("  ".repeat(indent));
    }
  }

  /** JSON's own escapes, plus U+2028 and U+2029: valid JSON, but line ends to JavaScript. */
  private static final class Escapes extends CharacterEscapes {

    static final Escapes INSTANCE = new Escapes();

    private static final long serialVersionUID = 1L;
    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 ? LINE_SEPARATOR : ch == 0x2029 ? PARAGRAPH_SEPARATOR : null;
    }
  }
}
