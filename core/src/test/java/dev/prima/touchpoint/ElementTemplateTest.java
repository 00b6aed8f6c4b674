package dev.prima.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Camunda Modeler element template offers exactly what Prima accepts. */
class ElementTemplateTest {

  private static JsonObject template() throws Exception {
    try (var reader =
        new InputStreamReader(
            ElementTemplateTest.class.getResourceAsStream(
                "/element-templates/prima-touchpoint.json"),
            StandardCharsets.UTF_8)) {
      JsonArray templates = JsonParser.parseReader(reader).getAsJsonArray();
      assertThat(templates.size()).isEqualTo(1);
      return templates.get(0).getAsJsonObject();
    }
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

  private static List<String> choices(JsonObject property) {
    List<String> values = new ArrayList<>();
    property
        .getAsJsonArray("choices")
        .forEach(c -> values.add(c.getAsJsonObject().get("value").getAsString()));
    return values;
  }

  @Test
  void bindsEveryTouchpointPropertyAsACamundaProperty() throws Exception {
    JsonObject template = template();
    List<String> bound = new ArrayList<>();
    for (JsonElement element : template.getAsJsonArray("properties")) {
      JsonObject binding = element.getAsJsonObject().getAsJsonObject("binding");
      assertThat(binding.get("type").getAsString()).isEqualTo("camunda:property");
      bound.add(binding.get("name").getAsString());
    }

    List<String> expected = new ArrayList<>(TouchpointProperties.NAMES);
    expected.addAll(1, TouchpointProperties.TRANSLATIONS); // each text's languages follow it
    assertThat(bound).containsExactlyElementsOf(expected);
    assertThat(template.get("id").getAsString()).isEqualTo("dev.prima.touchpoint");
  }

  @Test
  void dropdownsOfferExactlyTheValidChoices() throws Exception {
    JsonObject template = template();

    assertThat(choices(property(template, TouchpointProperties.CHANNEL)))
        .containsExactlyElementsOf(Arrays.stream(Channel.values()).map(Channel::id).toList());
    assertThat(choices(property(template, TouchpointProperties.LANE)))
        .containsExactlyElementsOf(Arrays.stream(Lane.values()).map(Lane::id).toList());
    List<String> kinds = choices(property(template, TouchpointProperties.KIND));
    assertThat(kinds.get(0)).isEmpty();
    assertThat(kinds.subList(1, kinds.size()))
        .containsExactlyElementsOf(
            Arrays.stream(TouchpointKind.values()).map(TouchpointKind::id).toList());
  }

  @Test
  void targetPatternAcceptsWhatPrimaAcceptsAndRejectsProse() throws Exception {
    Pattern pattern =
        Pattern.compile(
            property(template(), TouchpointProperties.TARGET)
                .getAsJsonObject("constraints")
                .getAsJsonObject("pattern")
                .get("value")
                .getAsString());

    for (String accepted : List.of("PT15M", "PT2H", "P3D", "P1DT12H", "PT30S", "")) {
      assertThat(pattern.matcher(accepted).matches()).as(accepted).isTrue();
      if (!accepted.isEmpty()) {
        assertThat(
                TouchpointDeclaration.read(
                        "userTask",
                        java.util.Map.of("prima.touchpoint", "m", "prima.target", accepted))
                    .problems())
            .as(accepted)
            .isEmpty();
      }
    }
    for (String rejected : List.of("15 minutes", "P", "PT", "15M", "P1W")) {
      assertThat(pattern.matcher(rejected).matches()).as(rejected).isFalse();
    }
  }
}
