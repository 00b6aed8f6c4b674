package dev.prima.system.internal;

import dev.prima.system.Finding;
import dev.prima.system.Severity;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Checks that bytes are well-formed XML whose root is a BPMN 2.0 {@code definitions}. */
public final class XmlCheck {

  public static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  /**
   * The deepest nesting of XML elements read: a real model nests a few dozen deep, and Camunda's
   * recursive parser runs out of stack (StackOverflowError) on some thousands.
   */
  public static final int MAX_DEPTH = 500;

  private XmlCheck() {}

  /** A BPMN element found while reading: its local name and id. */
  public record Element(String type, String id) {}

  /**
   * The outcome: a finding when the bytes are not well-formed XML or not BPMN, and the elements of
   * the given types.
   */
  public record Result(Optional<Finding> problem, java.util.List<Element> found) {}

  /**
   * Reads the bytes once: a finding when they are not well-formed XML or not BPMN, and every BPMN
   * element whose local name is in {@code types}.
   */
  public static Result check(String resource, byte[] bytes, java.util.Set<String> types) {
    java.util.List<Element> found = new java.util.ArrayList<>();
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    } catch (IllegalArgumentException ignored) {
      // not every StAX implementation knows it; DTDs are off anyway
    }
    String rootNamespace = null;
    String rootName = null;
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
      int depth = 0;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (++depth > MAX_DEPTH) {
            return fail(tooDeep(resource, reader));
          }
          if (rootName == null) {
            rootNamespace = reader.getNamespaceURI();
            rootName = reader.getLocalName();
          }
          if (BPMN_NS.equals(reader.getNamespaceURI()) && types.contains(reader.getLocalName())) {
            found.add(new Element(reader.getLocalName(), reader.getAttributeValue(null, "id")));
          }
        }
      }
      reader.close();
    } catch (XMLStreamException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNumber()
                  + ", column "
                  + e.getLocation().getColumnNumber();
      String message =
          e.getMessage() == null
              ? ""
              : e.getMessage().replaceAll("(?s)^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
      return fail(
          new Finding(
              Severity.ERROR,
              resource,
              null,
              "not well-formed XML" + where + ": " + message.strip(),
              "repair the file (an unclosed tag or stray character is the usual cause) or export it"
                  + " again from the modelling tool"));
    }
    if (rootName == null) {
      return fail(
          new Finding(
              Severity.ERROR, resource, null, "the file is empty", "export the model again"));
    }
    if (!BPMN_NS.equals(rootNamespace) || !"definitions".equals(rootName)) {
      return fail(
          new Finding(
              Severity.ERROR,
              resource,
              null,
              "not a BPMN 2.0 file: its root element is "
                  + (rootNamespace == null || rootNamespace.isEmpty()
                      ? ""
                      : "{" + rootNamespace + "}")
                  + rootName
                  + ", expected {"
                  + BPMN_NS
                  + "}definitions",
              "export the process as BPMN 2.0 XML from the modelling tool"));
    }
    return new Result(Optional.empty(), found);
  }

  private static Finding tooDeep(String resource, XMLStreamReader reader) {
    String id = reader.getAttributeValue(null, "id");
    return new Finding(
        Severity.ERROR,
        resource,
        id,
        "elements are nested more than "
            + MAX_DEPTH
            + " deep (at line "
            + reader.getLocation().getLineNumber()
            + ", element "
            + reader.getLocalName()
            + "): Camunda's parser cannot read such a file (it runs out of stack)",
        "nest fewer elements; a model drawn in a modelling tool nests a few dozen deep at most");
  }

  private static Result fail(Finding finding) {
    return new Result(Optional.of(finding), java.util.List.of());
  }
}
