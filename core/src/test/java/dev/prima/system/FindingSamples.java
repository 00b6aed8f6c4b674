package dev.prima.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Files that give every kind of finding the validator reports, for the tests of its texts. */
final class FindingSamples {

  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
          + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"defs\""
          + " targetNamespace=\"http://prima.dev/test\">\n";

  /** Two processes with problems of every rule: properties, roles, tasks, standards, flows. */
  static final String SERVICES =
      HEAD
          + "<bpmn:process id=\"akta\" isExecutable=\"true\">\n"
          + props("prima.standard.leadTime", "5 working days", "prima.standard.fee", "a lot")
          + "<bpmn:startEvent id=\"start\"/>\n"
          + "<bpmn:userTask id=\"Task_1\">"
          + props("prima.touchpoint", "Application received")
          + "</bpmn:userTask>\n"
          + "<bpmn:userTask id=\"verify\" name=\"Verify documents\""
          + " camunda:candidateGroups=\"clerk\"/>\n"
          + "<bpmn:serviceTask id=\"notify\" name=\"Send SMS\"/>\n"
          + "<bpmn:businessRuleTask id=\"decide\"/>\n"
          + "<bpmn:task id=\"odd\" name=\""
          + "n".repeat(300)
          + "\">"
          + props("prima.colour", "blue", "prima.channel", "fax")
          + "</bpmn:task>\n"
          + "<bpmn:complexGateway id=\"cg\"/>\n"
          + "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"ghost\"/>\n"
          + "<bpmn:sequenceFlow id=\"f2\" targetRef=\"Task_1\"/>\n"
          + "<bpmn:sequenceFlow id=\"f3\" sourceRef=\"nowhere\" targetRef=\"verify\"/>\n"
          + "<bpmn:sequenceFlow id=\"f4\" sourceRef=\"verify\"/>\n"
          + "</bpmn:process>\n"
          + "<bpmn:process id=\"ktp\" isExecutable=\"true\">\n"
          + props("prima.standard.leadTime", "P2D")
          + "<bpmn:startEvent id=\"apply\"/>\n"
          + "<bpmn:userTask id=\"counter\" camunda:candidateGroups=\"counter-officer\">"
          + props(
              "prima.touchpoint",
              "Documents checked",
              "prima.channel",
              "counter",
              "prima.lane",
              "FRONTSTAGE",
              "prima.target",
              "P3D")
          + "</bpmn:userTask>\n"
          + "<bpmn:intermediateCatchEvent id=\"wait\"><bpmn:timerEventDefinition>"
          + "<bpmn:timeDuration>PT72H</bpmn:timeDuration>"
          + "</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>\n"
          + "</bpmn:process>\n"
          + "<bpmn:process id=\"sim\" isExecutable=\"true\">\n"
          + props(
              "prima.standard.leadTime",
              "5 working minutes",
              "prima.standard.fee",
              "50000 XYZ",
              "prima.standard.complaints.channel",
              "counter, fax",
              "prima.standard.complaints.deadline",
              "soon")
          + "<bpmn:userTask id=\"photo\" camunda:candidateGroups=\"counter-officer\">"
          + props(
              "prima.touchpoint",
              "Photo taken",
              "prima.channel",
              "counter",
              "prima.lane",
              "SIDE",
              "prima.kind",
              "chat",
              "prima.target",
              "PT0S")
          + "</bpmn:userTask>\n"
          + "<bpmn:userTask id=\"sign\" camunda:candidateGroups=\"counter-officer\">"
          + props(
              "prima.touchpoint",
              "Signature",
              "prima.channel",
              "counter",
              "prima.lane",
              "FRONTSTAGE",
              "prima.target",
              "soon")
          + "</bpmn:userTask>\n"
          + "</bpmn:process>\n"
          + "<bpmn:process id=\"kk\" isExecutable=\"true\">\n"
          + props("prima.standard.name", "Family card", "prima.standard.fee", "Rp -5")
          + "</bpmn:process>\n"
          + "<bpmn:process id=\"draft\" isExecutable=\"false\"/>\n"
          + "</bpmn:definitions>\n";

  /**
   * Texts in a second language: one without its base, one in a language Prima does not speak, and a
   * step with no English text where another has one.
   */
  static final String LANGUAGES =
      HEAD
          + "<bpmn:process id=\"kk\" isExecutable=\"true\">\n"
          + props(
              "prima.standard.leadTime",
              "3 hari kerja",
              "prima.standard.name.en",
              "Family card issuance")
          + "<bpmn:userTask id=\"check\" camunda:candidateGroups=\"counter-officer\">"
          + props(
              "prima.touchpoint",
              "Berkas diperiksa di loket",
              "prima.touchpoint.en",
              "Documents checked at the counter",
              "prima.channel",
              "counter",
              "prima.lane",
              "FRONTSTAGE")
          + "</bpmn:userTask>\n"
          + "<bpmn:userTask id=\"sign\" camunda:candidateGroups=\"section-head\">"
          + props(
              "prima.touchpoint",
              "Kartu Keluarga ditandatangani",
              "prima.touchpoint.in",
              "Kartu Keluarga ditandatangani",
              "prima.channel",
              "counter",
              "prima.lane",
              "BACKSTAGE")
          + "</bpmn:userTask>\n"
          + "</bpmn:process>\n"
          + "</bpmn:definitions>\n";

  private FindingSamples() {}

  private static String props(String... nameValues) {
    StringBuilder xml = new StringBuilder("<bpmn:extensionElements><camunda:properties>");
    for (int i = 0; i < nameValues.length; i += 2) {
      xml.append("<camunda:property name=\"")
          .append(nameValues[i])
          .append("\" value=\"")
          .append(nameValues[i + 1])
          .append("\"/>");
    }
    return xml.append("</camunda:properties></bpmn:extensionElements>").toString();
  }

  private static ValidationReport validate(String resource, String xml) {
    return ModelValidator.custom()
        .roles(Set.of("counter-officer", "section-head"))
        .build()
        .validate(resource, xml.getBytes(StandardCharsets.UTF_8));
  }

  /** One report per sample, each with at least one finding. */
  static List<ValidationReport> reports() {
    List<ValidationReport> reports = new ArrayList<>();
    reports.add(validate("akta.bpmn", SERVICES));
    reports.add(
        validate(
            "plain.bpmn",
            HEAD + "<bpmn:process id=\"p\" isExecutable=\"true\"/>\n</bpmn:definitions>"));
    reports.add(
        validate(
            "very-long.bpmn",
            HEAD
                + "<bpmn:process id=\""
                + "p".repeat(260)
                + "\" isExecutable=\"true\"><bpmn:userTask id=\""
                + "u".repeat(256)
                + "\" camunda:candidateGroups=\"counter-officer\">"
                + props("prima.touchpoint", "m".repeat(256), "prima.channel", "counter")
                + "</bpmn:userTask></bpmn:process>\n</bpmn:definitions>"));
    reports.add(
        validate(
            "draft.bpmn",
            HEAD + "<bpmn:process id=\"p\" isExecutable=\"false\"/>\n</bpmn:definitions>"));
    reports.add(validate("page.html", "<html><body>hello</body></html>"));
    reports.add(validate("broken.bpmn", "<?xml version=\"1.0\"?>\n<definitions>\n  <process>\n"));
    reports.add(validate("empty.bpmn", ""));
    reports.add(
        ModelValidator.ofDefaults()
            .validate("scan.bpmn", new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x00}));
    reports.add(
        validate(
            "deep.bpmn",
            HEAD
                + "<bpmn:process id=\"p\" isExecutable=\"true\">"
                + "<bpmn:documentation>".repeat(510)
                + "</bpmn:process></bpmn:definitions>"));
    reports.add(ModelValidator.ofDefaults().validate(Path.of("no-such-dir", "missing.bpmn")));
    reports.add(validate("languages.bpmn", LANGUAGES));
    return reports;
  }
}
