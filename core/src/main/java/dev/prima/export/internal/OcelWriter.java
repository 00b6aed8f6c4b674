package dev.prima.export.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.prima.export.ExportException;
import dev.prima.export.ExportOptions;
import dev.prima.export.ExportSummary;
import dev.prima.internal.JsonLayout;
import dev.prima.touchpoint.Touchpoint;
import dev.prima.touchpoint.TouchpointJournal;
import dev.prima.voice.ComplaintHandling;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * Streams the journal as OCEL 2.0 JSON (jackson-core's generator) in two passes over the journal:
 * objects, then events. Holds only the distinct staff, channels, services and moments in memory.
 */
public final class OcelWriter {

  static final String CASE = "citizen_case";
  static final String COMPLAINT = "complaint";
  static final String STAFF = "staff";
  static final String CHANNEL = "channel";
  static final String SERVICE = "service";

  private static final String[][] EVENT_ATTRIBUTES = {
    {"process", "string"},
    {"version", "integer"},
    {"element", "string"},
    {"channel", "string"},
    {"lane", "string"},
    {"kind", "string"},
    {"role", "string"},
    {"outcome", "string"},
    {"served", "time"},
    {"end", "time"},
    {"duration_ms", "integer"}
  };

  private final ExportOptions options;
  private final Timestamps timestamps;

  public OcelWriter(ExportOptions options) {
    this.options = options;
    this.timestamps = new Timestamps(options.zone());
  }

  /** A complaint-handling case is a complaint: its case id is the complaint's id. */
  static boolean isComplaint(List<Touchpoint> ofCase) {
    return ofCase.stream()
        .anyMatch(t -> ComplaintHandling.PROCESS_KEY.equals(t.processDefinitionKey()));
  }

  static String caseObject(String caseId, boolean complaint) {
    return (complaint ? "complaint:" : "case:") + caseId;
  }

  public ExportSummary write(TouchpointJournal journal, OutputStream out) {
    try {
      Writer writer =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
      // the root and its four arrays one member a line, each object and event on one line
      JsonGenerator json = JsonLayout.generator(writer, 2, true);
      TreeSet<String> staff = new TreeSet<>();
      TreeSet<String> channels = new TreeSet<>();
      TreeSet<String> services = new TreeSet<>();
      TreeSet<String> moments = new TreeSet<>();
      long[] cases = new long[1];
      long[] events = new long[1];
      boolean[] anyComplaint = {false};

      json.writeStartObject();
      json.writeArrayFieldStart("objects");
      new JournalCases(journal, options)
          .forEachCase(
              (caseId, ofCase) -> {
                cases[0]++;
                boolean complaint = isComplaint(ofCase);
                anyComplaint[0] |= complaint;
                Touchpoint opening = ofCase.get(0);
                for (Touchpoint t : ofCase) {
                  if (t.userId() != null) {
                    staff.add(t.userId());
                  }
                  if (t.channel() != null) {
                    channels.add(t.channel().id());
                  }
                  services.add(t.processDefinitionKey());
                  moments.add(t.moment());
                }
                caseObject(json, caseId, complaint, opening);
              });
      for (String s : staff) {
        object(json, "staff:" + s, STAFF);
      }
      for (String c : channels) {
        object(json, "channel:" + c, CHANNEL);
      }
      for (String s : services) {
        object(json, "service:" + s, SERVICE);
      }
      json.writeEndArray();

      json.writeArrayFieldStart("events");
      long touchpoints =
          new JournalCases(journal, options)
              .forEachCase(
                  (caseId, ofCase) -> {
                    String caseObject = caseObject(caseId, isComplaint(ofCase));
                    for (Touchpoint t : ofCase) {
                      if (event(json, caseObject, t)) {
                        events[0]++;
                      }
                    }
                  });
      json.writeEndArray();

      json.writeArrayFieldStart("objectTypes");
      objectType(json, CASE, true);
      if (anyComplaint[0]) {
        objectType(json, COMPLAINT, true);
      }
      objectType(json, STAFF, false);
      objectType(json, CHANNEL, false);
      objectType(json, SERVICE, false);
      json.writeEndArray();

      json.writeArrayFieldStart("eventTypes");
      for (String moment : moments) {
        json.writeStartObject();
        json.writeStringField("name", moment);
        json.writeArrayFieldStart("attributes");
        for (String[] attribute : EVENT_ATTRIBUTES) {
          json.writeStartObject();
          json.writeStringField("name", attribute[0]);
          json.writeStringField("type", attribute[1]);
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
      json.close();
      writer.flush();
      return ExportSummary.of(cases[0], touchpoints, events[0]);
    } catch (Exception e) {
      throw new ExportException("Cannot write the OCEL log: " + e.getMessage(), e);
    }
  }

  private static Instant timeOf(Touchpoint t) {
    return t.start() != null ? t.start() : t.end();
  }

  private void caseObject(JsonGenerator json, String caseId, boolean complaint, Touchpoint opening)
      throws IOException {
    String service = opening.processDefinitionKey();
    json.writeStartObject();
    json.writeStringField("id", caseObject(caseId, complaint));
    json.writeStringField("type", complaint ? COMPLAINT : CASE);
    json.writeArrayFieldStart("attributes");
    json.writeStartObject();
    json.writeStringField("name", "service");
    json.writeStringField("time", timestamps.format(timeOf(opening)));
    json.writeStringField("value", service);
    json.writeEndObject();
    json.writeEndArray();
    json.writeArrayFieldStart("relationships");
    relationship(json, "service:" + service, "of service");
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void object(JsonGenerator json, String id, String type) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", id);
    json.writeStringField("type", type);
    json.writeArrayFieldStart("attributes");
    json.writeEndArray();
    json.writeArrayFieldStart("relationships");
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void objectType(JsonGenerator json, String name, boolean service)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("name", name);
    json.writeArrayFieldStart("attributes");
    if (service) {
      json.writeStartObject();
      json.writeStringField("name", "service");
      json.writeStringField("type", "string");
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private boolean event(JsonGenerator json, String caseObject, Touchpoint t) throws IOException {
    if (timeOf(t) == null) {
      return false;
    }
    json.writeStartObject();
    json.writeStringField("id", t.id());
    json.writeStringField("type", t.moment());
    json.writeStringField("time", timestamps.format(timeOf(t)));
    json.writeArrayFieldStart("attributes");
    attribute(json, "process", t.processDefinitionKey());
    // the OCEL 2.0 JSON schema types every attribute value as a string; the event type declares
    // the attribute's type (integer, time) that a reader converts the string to
    attribute(json, "version", Integer.toString(t.processDefinitionVersion()));
    attribute(json, "element", t.elementId());
    if (t.channel() != null) {
      attribute(json, "channel", t.channel().id());
    }
    if (t.lane() != null) {
      attribute(json, "lane", t.lane().name());
    }
    attribute(json, "kind", t.kind().id());
    if (t.role() != null) {
      attribute(json, "role", t.role());
    }
    attribute(json, "outcome", t.outcome().name());
    if (t.served() != null) {
      attribute(json, "served", timestamps.format(t.served()));
    }
    if (t.end() != null) {
      attribute(json, "end", timestamps.format(t.end()));
    }
    if (t.duration().isPresent()) {
      attribute(json, "duration_ms", Long.toString(t.duration().get().toMillis()));
    }
    json.writeEndArray();
    json.writeArrayFieldStart("relationships");
    relationship(json, caseObject, caseObject.startsWith("complaint:") ? "complaint" : "case");
    if (t.userId() != null) {
      relationship(json, "staff:" + t.userId(), "served by");
    }
    if (t.channel() != null) {
      relationship(json, "channel:" + t.channel().id(), "via");
    }
    relationship(json, "service:" + t.processDefinitionKey(), "service");
    json.writeEndArray();
    json.writeEndObject();
    return true;
  }

  private static void attribute(JsonGenerator json, String name, String value) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", name);
    json.writeStringField("value", value);
    json.writeEndObject();
  }

  private static void relationship(JsonGenerator json, String objectId, String qualifier)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("objectId", objectId);
    json.writeStringField("qualifier", qualifier);
    json.writeEndObject();
  }
}
