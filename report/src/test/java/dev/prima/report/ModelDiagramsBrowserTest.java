package dev.prima.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prima.models.ServiceModels;
import dev.prima.report.internal.DataBlock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every ready-made model imports into bpmn-js without warnings and draws every flow node. */
class ModelDiagramsBrowserTest {

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(ServiceModels.class)
  void bpmnJsDrawsTheModelWithoutWarnings(ServiceModels model) throws Exception {
    Path chromium = HeadlessChromium.find();
    String xml;
    try (InputStream in = model.open(model.resource())) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path page = Files.writeString(dir.resolve(model.key() + ".html"), page(xml));

    String dom = HeadlessChromium.dumpDom(chromium, page, dir);

    assertThat(dom).contains("data-imported=\"yes\"").contains("data-warnings=\"0\"");
    BpmnModelInstance instance = Bpmn.readModelFromStream(model.open(model.resource()));
    for (FlowNode node : instance.getModelElementsByType(FlowNode.class)) {
      assertThat(dom)
          .as("shape of %s in %s", node.getId(), model.key())
          .containsPattern("data-element-id=\"" + Pattern.quote(node.getId()) + "\"");
    }
  }

  private static String page(String xml) throws IOException {
    String viewer;
    try (InputStream in =
        ModelDiagramsBrowserTest.class.getResourceAsStream(
            "/dev/prima/report/bpmn-viewer.production.min.js")) {
      viewer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
        + "<div id=\"canvas\" style=\"width:1400px;height:900px\"></div>"
        + "<script>"
        + viewer
        + "</script><script>"
        + "const xml = "
        + DataBlock.string(xml)
        + ";\nconst viewer = new BpmnJS({ container: '#canvas' });\n"
        + "viewer.importXML(xml).then(r => {"
        + " document.body.dataset.warnings = String(r.warnings.length);"
        + " document.body.dataset.imported = 'yes'; })"
        + ".catch(e => { document.body.dataset.imported = 'failed: ' + e.message; });"
        + "</script></body></html>";
  }
}
