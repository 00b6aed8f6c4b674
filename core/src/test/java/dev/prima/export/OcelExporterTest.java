package dev.prima.export;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OcelExporterTest {

  private final ExportFixture fixture = new ExportFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  private String exportText(ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OcelExporter.of(options).export(fixture.prima.touchpoints(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private JsonObject export(ExportOptions options) {
    return JsonParser.parseString(exportText(options)).getAsJsonObject();
  }

  private static List<JsonObject> objects(JsonObject log, String key) {
    return StreamSupport.stream(log.getAsJsonArray(key).spliterator(), false)
        .map(JsonElement::getAsJsonObject)
        .toList();
  }

  private static String string(JsonObject object, String key) {
    return object.get(key).getAsString();
  }

  @Test
  void writesObjectsEventsAndTheirTypesWithConsistentReferences() {
    fixture.serveThreeCases();

    JsonObject log = export(ExportOptions.ofDefaults());

    assertThat(objects(log, "objectTypes"))
        .extracting(t -> string(t, "name"))
        .containsExactly("citizen_case", "staff", "channel", "service");
    assertThat(objects(log, "objects"))
        .extracting(o -> string(o, "id"), o -> string(o, "type"))
        .containsExactly(
            tuple("case:KK-1", "citizen_case"),
            tuple("case:KTP-1", "citizen_case"),
            tuple("case:KTP-2", "citizen_case"),
            tuple("staff:budi", "staff"),
            tuple("staff:siti", "staff"),
            tuple("channel:counter", "channel"),
            tuple("channel:kiosk", "channel"),
            tuple("channel:online", "channel"),
            tuple("service:kk", "service"),
            tuple("service:ktp", "service"));
    assertThat(objects(log, "eventTypes"))
        .extracting(t -> string(t, "name"))
        .containsExactly(
            "Application submitted online",
            "Card handed over & \"signed\" <here>",
            "Card issued",
            "Data recorded",
            "Documents checked at the counter",
            "Number taken",
            "Served at the counter");
    List<JsonObject> events = objects(log, "events");
    assertThat(events).hasSize(11);

    // every reference resolves
    Set<String> objectIds = new HashSet<>();
    objects(log, "objects").forEach(o -> objectIds.add(string(o, "id")));
    Map<String, Set<String>> declaredAttributes = new HashMap<>();
    for (JsonObject type : objects(log, "eventTypes")) {
      Set<String> names = new HashSet<>();
      type.getAsJsonArray("attributes")
          .forEach(a -> names.add(string(a.getAsJsonObject(), "name")));
      declaredAttributes.put(string(type, "name"), names);
    }
    for (JsonObject event : events) {
      assertThat(declaredAttributes).containsKey(string(event, "type"));
      event
          .getAsJsonArray("relationships")
          .forEach(r -> assertThat(objectIds).contains(string(r.getAsJsonObject(), "objectId")));
      event
          .getAsJsonArray("attributes")
          .forEach(
              a ->
                  assertThat(declaredAttributes.get(string(event, "type")))
                      .contains(string(a.getAsJsonObject(), "name")));
    }
  }

  @Test
  void relatesATouchpointToItsCaseStaffChannelAndService() {
    fixture.serveThreeCases();

    JsonObject log = export(ExportOptions.ofDefaults());

    JsonObject verify =
        objects(log, "events").stream()
            .filter(e -> string(e, "type").equals("Documents checked at the counter"))
            .findFirst()
            .orElseThrow();
    assertThat(string(verify, "time")).isEqualTo("2026-11-30T03:26:00.000Z");
    JsonArray relationships = verify.getAsJsonArray("relationships");
    assertThat(relationships)
        .extracting(
            r -> string(r.getAsJsonObject(), "objectId"),
            r -> string(r.getAsJsonObject(), "qualifier"))
        .containsExactly(
            tuple("case:KTP-1", "case"),
            tuple("staff:siti", "served by"),
            tuple("channel:counter", "via"),
            tuple("service:ktp", "service"));
    Map<String, String> attributes = new HashMap<>();
    verify
        .getAsJsonArray("attributes")
        .forEach(
            a ->
                attributes.put(
                    string(a.getAsJsonObject(), "name"),
                    a.getAsJsonObject().get("value").getAsString()));
    assertThat(attributes)
        .containsEntry("element", "verify")
        .containsEntry("role", "counter-officer")
        .containsEntry("served", "2026-11-30T03:30:00.000Z")
        .containsEntry("end", "2026-11-30T03:36:00.000Z")
        .containsEntry("version", "1")
        .containsEntry("duration_ms", "600000")
        .containsEntry("outcome", "COMPLETED");
  }

  @Test
  @SuppressWarnings("removal") // the deprecated pageSize must still change nothing
  void filtersByTimeWindowAndStillParses() {
    fixture.serveThreeCases();

    JsonObject log =
        export(
            ExportOptions.custom()
                .between(ExportFixture.T0, ExportFixture.T0.plusSeconds(60))
                .pageSize(1)
                .build());

    assertThat(objects(log, "events"))
        .extracting(e -> string(e, "type"))
        .containsExactly("Application submitted online", "Documents checked at the counter");
    assertThat(objects(log, "objects"))
        .extracting(o -> string(o, "id"))
        .contains("case:KTP-1")
        .doesNotContain("case:KTP-2");
  }

  @Test
  void isValidAgainstThePublishedOcel20JsonSchema() {
    String empty = exportText(ExportOptions.ofDefaults());
    fixture.serveThreeCases();

    String utc = exportText(ExportOptions.ofDefaults());
    String jakarta = exportText(ExportOptions.custom().zone(ZoneId.of("Asia/Jakarta")).build());

    assertThat(OcelSchema.errors(utc)).isEmpty();
    assertThat(OcelSchema.errors(jakarta)).isEmpty();
    assertThat(OcelSchema.errors(empty)).isEmpty();
    assertThat(utc).contains("\"name\": \"version\", \"value\": \"1\"");
  }

  @Test
  void thePublishedSchemaRejectsANumericValueAndATimeThatIsNotATime() {
    String log =
        "{\"objectTypes\": [], \"eventTypes\": [], \"objects\": [], \"events\": [{\"id\": \"e1\","
            + " \"type\": \"t\", \"time\": \"%s\", \"attributes\": [{\"name\": \"version\","
            + " \"value\": %s}]}]}";

    assertThat(OcelSchema.errors(String.format(log, "2026-11-30T03:26:00.000Z", "\"1\"")))
        .isEmpty();
    assertThat(OcelSchema.errors(String.format(log, "2026-11-30T03:26:00.000Z", "1")))
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .contains("/events/0/attributes/0/value")
        .contains("string");
    assertThat(OcelSchema.errors(String.format(log, "today", "\"1\"")))
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .contains("/events/0/time");
  }
}
