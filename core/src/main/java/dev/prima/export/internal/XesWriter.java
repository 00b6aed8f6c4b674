package dev.prima.export.internal;

import dev.prima.export.ExportException;
import dev.prima.export.ExportOptions;
import dev.prima.export.ExportSummary;
import dev.prima.touchpoint.Outcome;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointJournal;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Streams the journal as an IEEE 1849-2016 XES log with StAX. */
public final class XesWriter {

  static final String PRIMA_EXTENSION_URI = "https://prima.dev/xes/prima.xesext";

  /**
   * The published IEEE 1849-2016 schema types {@code xes.version} as {@code xs:decimal}, so the
   * standard's number is written with a dot, as OpenXES does; {@code 1849-2016} is invalid there.
   */
  static final String XES_VERSION = "1849.2016";

  private final ExportOptions options;
  private final Timestamps timestamps;

  public XesWriter(ExportOptions options) {
    this.options = options;
    this.timestamps = new Timestamps(options.zone());
  }

  /**
   * One XES event of a touchpoint: its {@code transition} in the standard lifecycle model, {@code
   * step} its place among the touchpoint's events (schedule, assign, start, end).
   */
  private record Event(Touchpoint touchpoint, String transition, int step, Instant time) {
    boolean isEnd() {
      return step == END;
    }
  }

  private static final int SCHEDULE = 0;
  private static final int ASSIGN = 1;
  private static final int START = 2;
  private static final int END = 3;

  private static final Comparator<Event> IN_TRACE_ORDER =
      Comparator.comparing(Event::time)
          .thenComparingLong(e -> e.touchpoint().sequence())
          .thenComparingInt(Event::step);

  /** The lifecycle transition of a touchpoint's end: see docs/export.md for the mapping. */
  static String endTransition(Outcome outcome) {
    return switch (outcome) {
      case COMPLETED -> "complete";
      case INTERRUPTED -> "ate_abort";
      case CANCELLED, WITHDRAWN -> "pi_abort";
      case ACTIVE -> throw new IllegalArgumentException("an active touchpoint has not ended");
    };
  }

  public ExportSummary write(TouchpointJournal journal, OutputStream out) {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("log");
      xml.writeAttribute("xes.version", XES_VERSION);
      writeHeader(xml);
      long[] counts = new long[2];
      long touchpoints =
          new JournalCases(journal, options)
              .forEachCase(
                  (caseId, ofCase) -> {
                    counts[0]++;
                    counts[1] += writeTrace(xml, caseId, ofCase);
                  });
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
      out.flush();
      return ExportSummary.of(counts[0], touchpoints, counts[1]);
    } catch (ExportException e) {
      throw e;
    } catch (Exception e) {
      throw new ExportException("Cannot write the XES log: " + e.getMessage(), e);
    }
  }

  private void writeHeader(XMLStreamWriter xml) throws XMLStreamException {
    extension(xml, "Concept", "concept", "http://www.xes-standard.org/concept.xesext");
    extension(xml, "Time", "time", "http://www.xes-standard.org/time.xesext");
    extension(xml, "Lifecycle", "lifecycle", "http://www.xes-standard.org/lifecycle.xesext");
    extension(xml, "Organizational", "org", "http://www.xes-standard.org/org.xesext");
    extension(xml, "Prima", "prima", PRIMA_EXTENSION_URI);

    xml.writeCharacters("\n  ");
    xml.writeStartElement("global");
    xml.writeAttribute("scope", "trace");
    attribute(xml, "    ", "string", "concept:name", "__INVALID__");
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
    xml.writeCharacters("\n  ");
    xml.writeStartElement("global");
    xml.writeAttribute("scope", "event");
    attribute(xml, "    ", "string", "concept:name", "__INVALID__");
    attribute(xml, "    ", "date", "time:timestamp", "1970-01-01T00:00:00.000Z");
    attribute(xml, "    ", "string", "lifecycle:transition", "complete");
    attribute(xml, "    ", "string", "prima:element", "__INVALID__");
    attribute(xml, "    ", "string", "prima:kind", "__INVALID__");
    attribute(xml, "    ", "string", "prima:outcome", "__INVALID__");
    attribute(xml, "    ", "string", "prima:process", "__INVALID__");
    xml.writeCharacters("\n  ");
    xml.writeEndElement();

    classifier(xml, "Activity", "concept:name");
    classifier(xml, "ActivityLifecycle", "concept:name lifecycle:transition");
    classifier(xml, "Element", "prima:process prima:element");

    attribute(xml, "  ", "string", "concept:name", "Prima touchpoints");
    attribute(xml, "  ", "string", "lifecycle:model", "standard");
  }

  private static void extension(XMLStreamWriter xml, String name, String prefix, String uri)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeEmptyElement("extension");
    xml.writeAttribute("name", name);
    xml.writeAttribute("prefix", prefix);
    xml.writeAttribute("uri", uri);
  }

  private static void classifier(XMLStreamWriter xml, String name, String keys)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeEmptyElement("classifier");
    xml.writeAttribute("name", name);
    xml.writeAttribute("keys", keys);
  }

  private static void attribute(
      XMLStreamWriter xml, String indent, String type, String key, String value)
      throws XMLStreamException {
    if (value == null) {
      return;
    }
    xml.writeCharacters("\n" + indent);
    xml.writeEmptyElement(type);
    xml.writeAttribute("key", key);
    xml.writeAttribute("value", value);
  }

  private long writeTrace(XMLStreamWriter xml, String caseId, List<Touchpoint> touchpoints)
      throws XMLStreamException {
    List<Event> events = new ArrayList<>(touchpoints.size() * 2);
    for (Touchpoint touchpoint : touchpoints) {
      if (touchpoint.served() != null) {
        // the standard lifecycle model: scheduled (waiting), assigned to and started by an officer
        if (touchpoint.start() != null) {
          events.add(new Event(touchpoint, "schedule", SCHEDULE, touchpoint.start()));
        }
        events.add(new Event(touchpoint, "assign", ASSIGN, touchpoint.served()));
        events.add(new Event(touchpoint, "start", START, touchpoint.served()));
      } else if (touchpoint.start() != null) {
        events.add(new Event(touchpoint, "start", START, touchpoint.start()));
      }
      if (touchpoint.end() != null) {
        events.add(
            new Event(touchpoint, endTransition(touchpoint.outcome()), END, touchpoint.end()));
      }
    }
    events.sort(IN_TRACE_ORDER);
    xml.writeCharacters("\n  ");
    xml.writeStartElement("trace");
    attribute(xml, "    ", "string", "concept:name", caseId);
    for (Event event : events) {
      writeEvent(xml, event);
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
    return events.size();
  }

  private void writeEvent(XMLStreamWriter xml, Event event) throws XMLStreamException {
    Touchpoint t = event.touchpoint();
    String indent = "      ";
    xml.writeCharacters("\n    ");
    xml.writeStartElement("event");
    attribute(xml, indent, "string", "concept:name", t.moment());
    attribute(xml, indent, "string", "concept:instance", t.id());
    attribute(xml, indent, "string", "lifecycle:transition", event.transition());
    attribute(xml, indent, "date", "time:timestamp", timestamps.format(event.time()));
    attribute(xml, indent, "string", "org:resource", t.userId());
    attribute(xml, indent, "string", "org:role", t.role());
    attribute(xml, indent, "string", "prima:process", t.processDefinitionKey());
    attribute(xml, indent, "int", "prima:version", Integer.toString(t.processDefinitionVersion()));
    attribute(xml, indent, "string", "prima:element", t.elementId());
    attribute(
        xml, indent, "string", "prima:channel", t.channel() == null ? null : t.channel().id());
    attribute(xml, indent, "string", "prima:lane", t.lane() == null ? null : t.lane().name());
    attribute(xml, indent, "string", "prima:kind", t.kind().id());
    attribute(xml, indent, "string", "prima:outcome", t.outcome().name());
    if (event.isEnd() && t.duration().isPresent()) {
      attribute(
          xml, indent, "int", "prima:duration_ms", Long.toString(t.duration().get().toMillis()));
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }
}
