package dev.prima.export;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * Test helper: validates an XES document against the published IEEE 1849-2016 schema (kept in
 * {@code src/test/resources/xes} with its source) and reads it back with StAX.
 */
final class XesLog {

  record Extension(String name, String prefix, String uri) {}

  /** An event's attributes by key, values as written. */
  record Event(Map<String, String> attributes) {
    String get(String key) {
      return attributes.get(key);
    }
  }

  record Trace(String name, List<Event> events) {}

  final String xesVersion;
  final List<Extension> extensions;
  final List<Trace> traces;

  private XesLog(String xesVersion, List<Extension> extensions, List<Trace> traces) {
    this.xesVersion = xesVersion;
    this.extensions = extensions;
    this.traces = traces;
  }

  static Schema schema() throws Exception {
    URL xsd = XesLog.class.getResource("/xes/xes-ieee-1849-2016.xsd");
    return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
  }

  /** Throws {@link org.xml.sax.SAXException} naming line and column when the log is invalid. */
  static void validate(byte[] xes) throws Exception {
    schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xes)));
  }

  static XesLog read(byte[] xes) throws Exception {
    return read(new ByteArrayInputStream(xes));
  }

  static XesLog read(InputStream in) throws Exception {
    XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
    String version = null;
    List<Extension> extensions = new ArrayList<>();
    List<Trace> traces = new ArrayList<>();
    String traceName = null;
    List<Event> events = null;
    Map<String, String> event = null;
    int depth = 0;
    while (xml.hasNext()) {
      int type = xml.next();
      if (type == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = xml.getLocalName();
        switch (name) {
          case "log" -> version = xml.getAttributeValue(null, "xes.version");
          case "extension" ->
              extensions.add(
                  new Extension(
                      xml.getAttributeValue(null, "name"),
                      xml.getAttributeValue(null, "prefix"),
                      xml.getAttributeValue(null, "uri")));
          case "trace" -> events = new ArrayList<>();
          case "event" -> event = new LinkedHashMap<>();
          default -> {
            String key = xml.getAttributeValue(null, "key");
            String value = xml.getAttributeValue(null, "value");
            if (event != null && depth == 4) {
              event.put(key, value);
            } else if (events != null && depth == 3 && "concept:name".equals(key)) {
              traceName = value;
            }
          }
        }
      } else if (type == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (xml.getLocalName().equals("event")) {
          events.add(new Event(event));
          event = null;
        } else if (xml.getLocalName().equals("trace")) {
          traces.add(new Trace(traceName, events));
          events = null;
          traceName = null;
        }
      }
    }
    return new XesLog(version, extensions, traces);
  }
}
