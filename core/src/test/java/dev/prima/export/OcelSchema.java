package dev.prima.export;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Test helper: validates an OCEL 2.0 JSON document against the published OCEL 2.0 JSON schema (kept
 * in {@code src/test/resources/ocel} with its source), with {@code format} (date-time) asserted.
 */
final class OcelSchema {

  private static final Schema SCHEMA = load();

  private OcelSchema() {}

  private static Schema load() {
    try (InputStream in = OcelSchema.class.getResourceAsStream("/ocel/ocel20-schema-json.json")) {
      if (in == null) {
        throw new IllegalStateException("ocel/ocel20-schema-json.json is not on the class path");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The schema's complaints about {@code json}, one line each (location: message); empty if valid.
   */
  static List<String> errors(String json) {
    return SCHEMA
        .validate(
            json,
            InputFormat.JSON,
            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
        .stream()
        .map(Error::toString)
        .toList();
  }
}
