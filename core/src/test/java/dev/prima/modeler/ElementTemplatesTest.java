package dev.prima.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.prima.strategy.ServiceDuration;
import dev.prima.strategy.ServiceStandard;
import dev.prima.strategy.StandardProperties;
import dev.prima.touchpoint.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Camunda Modeler element templates Prima ships, English at the root of {@code
 * element-templates/} and Bahasa Indonesia in {@code element-templates/id/}, against the official
 * element template JSON schema (a copy of the published npm package, see {@code
 * src/test/resources/element-templates-schema/README.md}) and against each other.
 */
class ElementTemplatesTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/element-templates");
  private static final List<String> FILES = List.of("prima-touchpoint.json", "prima-standard.json");

  private static final Schema SCHEMA = officialSchema();

  private static Schema officialSchema() {
    try (InputStream in =
        ElementTemplatesTest.class.getResourceAsStream("/element-templates-schema/schema.json")) {
      if (in == null) {
        throw new IllegalStateException("element-templates-schema/schema.json is not on the path");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> schemaErrors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static JsonObject template(Path file) throws IOException {
    JsonArray templates = JsonParser.parseString(read(file)).getAsJsonArray();
    assertThat(templates.size()).as(file.toString()).isEqualTo(1);
    return templates.get(0).getAsJsonObject();
  }

  private static JsonObject property(JsonObject template, String name) {
    for (JsonElement element : template.getAsJsonArray("properties")) {
      JsonObject property = element.getAsJsonObject();
      if (name.equals(property.getAsJsonObject("binding").get("name").getAsString())) {
        return property;
      }
    }
    throw new AssertionError("template has no property bound to " + name);
  }

  /** What Camunda Modeler writes into the BPMN file, without the texts a person reads. */
  private static JsonObject withoutTexts(JsonObject template) {
    JsonObject copy = template.deepCopy();
    copy.remove("name");
    copy.remove("description");
    for (JsonElement element : copy.getAsJsonArray("properties")) {
      JsonObject property = element.getAsJsonObject();
      property.remove("label");
      property.remove("description");
      if (property.has("choices")) {
        property.getAsJsonArray("choices").forEach(c -> c.getAsJsonObject().remove("name"));
      }
      if (property.has("constraints") && property.getAsJsonObject("constraints").has("pattern")) {
        property.getAsJsonObject("constraints").getAsJsonObject("pattern").remove("message");
      }
    }
    return copy;
  }

  private static List<String> labels(JsonObject template) {
    List<String> labels = new ArrayList<>();
    template
        .getAsJsonArray("properties")
        .forEach(p -> labels.add(p.getAsJsonObject().get("label").getAsString()));
    return labels;
  }

  @Test
  void shipsEachTemplateInEnglishAndIndonesianAndNothingElse() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> TEMPLATES.relativize(f).toString()))
          .containsExactlyInAnyOrder(
              "prima-touchpoint.json",
              "prima-standard.json",
              Path.of("id", "prima-touchpoint.json").toString(),
              Path.of("id", "prima-standard.json").toString());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "prima-touchpoint.json",
        "prima-standard.json",
        "id/prima-touchpoint.json",
        "id/prima-standard.json"
      })
  void templateIsValidAgainstTheOfficialSchema(String file) throws IOException {
    assertThat(schemaErrors(read(TEMPLATES.resolve(file)))).isEmpty();
  }

  @Test
  void officialSchemaRejectsABrokenTemplate() {
    String dropdownWithoutChoices =
        """
        [{"name": "Broken", "id": "broken", "appliesTo": ["bpmn:Task"],
          "properties": [{"label": "Channel", "type": "Dropdown",
                          "binding": {"type": "camunda:property", "name": "prima.channel"}}]}]
        """;
    String propertyWithoutName =
        """
        {"name": "Broken", "id": "broken", "appliesTo": ["bpmn:Task"],
         "properties": [{"label": "Moment", "type": "String",
                         "binding": {"type": "camunda:property"}}]}
        """;
    String noAppliesTo =
        """
        {"name": "Broken", "id": "broken", "properties": []}
        """;

    assertThat(schemaErrors(dropdownWithoutChoices)).isNotEmpty();
    assertThat(schemaErrors(propertyWithoutName)).isNotEmpty();
    assertThat(schemaErrors(noAppliesTo)).isNotEmpty();
  }

  @Test
  void bothLanguagesWriteTheSameIdsBindingsAndValues() throws IOException {
    for (String file : FILES) {
      JsonObject english = template(TEMPLATES.resolve(file));
      JsonObject indonesian = template(TEMPLATES.resolve("id").resolve(file));

      assertThat(withoutTexts(indonesian)).as(file).isEqualTo(withoutTexts(english));
      assertThat(indonesian.get("name")).as(file).isNotEqualTo(english.get("name"));
      assertThat(indonesian.get("description")).as(file).isNotEqualTo(english.get("description"));
      List<String> englishLabels = labels(english);
      List<String> indonesianLabels = labels(indonesian);
      for (int i = 0; i < englishLabels.size(); i++) {
        assertThat(indonesianLabels.get(i)).as(file).isNotEqualTo(englishLabels.get(i));
      }
    }
  }

  @Test
  void standardTemplateBindsEveryStandardPropertyOfTheProcess() throws IOException {
    JsonObject template = template(TEMPLATES.resolve("prima-standard.json"));
    List<String> bound = new ArrayList<>();
    for (JsonElement element : template.getAsJsonArray("properties")) {
      JsonObject binding = element.getAsJsonObject().getAsJsonObject("binding");
      assertThat(binding.get("type").getAsString()).isEqualTo("camunda:property");
      bound.add(binding.get("name").getAsString());
    }

    List<String> expected = new ArrayList<>();
    for (String name : StandardProperties.NAMES) {
      expected.add(name);
      if (StandardProperties.TRANSLATABLE.contains(name)) {
        expected.add(name + ".id"); // each text's languages follow it
        expected.add(name + ".en");
      }
    }
    assertThat(expected).containsAll(StandardProperties.TRANSLATIONS);
    assertThat(bound).containsExactlyElementsOf(expected);
    assertThat(template.get("id").getAsString()).isEqualTo("dev.prima.standard");
    assertThat(template.getAsJsonArray("appliesTo").get(0).getAsString()).isEqualTo("bpmn:Process");
    assertThat(
            property(template, StandardProperties.LEAD_TIME)
                .getAsJsonObject("constraints")
                .get("notEmpty")
                .getAsBoolean())
        .isTrue();
  }

  @Test
  void processFilledInWithTheStandardTemplateHasAStandard() throws IOException {
    // the properties panel writes every bound property, the ones left blank as empty values
    Map<String, String> properties = new LinkedHashMap<>();
    for (JsonElement element :
        template(TEMPLATES.resolve("prima-standard.json")).getAsJsonArray("properties")) {
      properties.put(
          element.getAsJsonObject().getAsJsonObject("binding").get("name").getAsString(), "");
    }
    ServiceStandard.Reading blank = ServiceStandard.read("ktp", properties, Map.of());
    properties.put(StandardProperties.LEAD_TIME, "14 hari kerja");
    properties.put(StandardProperties.COMPLAINT_CHANNELS, "counter, online");
    ServiceStandard.Reading filled = ServiceStandard.read("ktp", properties, Map.of());

    assertThat(blank.problems())
        .extracting(ServiceStandard.Problem::property)
        .containsExactly(StandardProperties.LEAD_TIME);
    assertThat(filled.problems()).isEmpty();
    assertThat(filled.standard().orElseThrow().leadTime())
        .isEqualTo(ServiceDuration.workingDays(14));
    assertThat(filled.standard().orElseThrow().complaintChannels())
        .containsExactlyInAnyOrder(Channel.COUNTER, Channel.ONLINE);
  }

  @Test
  void complaintChannelPatternAcceptsExactlyPrimasChannels() throws IOException {
    Pattern pattern =
        Pattern.compile(
            property(
                    template(TEMPLATES.resolve("prima-standard.json")),
                    StandardProperties.COMPLAINT_CHANNELS)
                .getAsJsonObject("constraints")
                .getAsJsonObject("pattern")
                .get("value")
                .getAsString());
    List<String> ids = Arrays.stream(Channel.values()).map(Channel::id).toList();

    for (String id : ids) {
      assertThat(pattern.matcher(id).matches()).as(id).isTrue();
    }
    for (String accepted : List.of("", String.join(", ", ids), "counter,online", " sms , chat ")) {
      assertThat(pattern.matcher(accepted).matches()).as(accepted).isTrue();
    }
    for (String rejected : List.of("loket", "counter;online", "counter,", "Counter", "web")) {
      assertThat(pattern.matcher(rejected).matches()).as(rejected).isFalse();
    }
  }
}
