package dev.prima.export.internal;

import dev.prima.export.ExportException;
import dev.prima.export.ExportOptions;
import dev.prima.export.ExportSummary;
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
 * Streams the journal as OCEL 2.0 JSON in two passes over the journal: objects, then events. Holds
 * only the distinct staff, channels, services and moments in memory.
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
      Writer json =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
      TreeSet<String> staff = new TreeSet<>();
      TreeSet<String> channels = new TreeSet<>();
      TreeSet<String> services = new TreeSet<>();
      TreeSet<String> moments = new TreeSet<>();
      boolean[] first = {true};
      long[] counts = new long[3];
      boolean[] anyComplaint = {false};

      json.write("{\n  \"objects\": [");
      new JournalCases(journal, options)
          .forEachCase(
              (caseId, ofCase) -> {
                counts[0]++;
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
                String service = opening.processDefinitionKey();
                object(
                    json,
                    first,
                    caseObject(caseId, complaint),
                    complaint ? COMPLAINT : CASE,
                    "{\"name\": \"service\", \"time\": "
                        + Json.quote(timestamps.format(timeOf(opening)))
                        + ", \"value\": "
                        + Json.quote(service)
                        + "}",
                    "{\"objectId\": "
                        + Json.quote("service:" + service)
                        + ", \"qualifier\": \"of service\"}");
              });
      for (String s : staff) {
        object(json, first, "staff:" + s, STAFF, null, null);
      }
      for (String c : channels) {
        object(json, first, "channel:" + c, CHANNEL, null, null);
      }
      for (String s : services) {
        object(json, first, "service:" + s, SERVICE, null, null);
      }
      json.write("\n  ],\n  \"events\": [");

      first[0] = true;
      long touchpoints =
          new JournalCases(journal, options)
              .forEachCase(
                  (caseId, ofCase) -> {
                    String caseObject = caseObject(caseId, isComplaint(ofCase));
                    for (Touchpoint t : ofCase) {
                      if (event(json, first, caseObject, t)) {
                        counts[1]++;
                      }
                    }
                  });

      json.write("\n  ],\n  \"objectTypes\": [");
      json.write(
          "\n    {\"name\": \""
              + CASE
              + "\", \"attributes\": [{\"name\": \"service\", \"type\": \"string\"}]}");
      if (anyComplaint[0]) {
        json.write(
            ",\n    {\"name\": \""
                + COMPLAINT
                + "\", \"attributes\": [{\"name\": \"service\", \"type\": \"string\"}]}");
      }
      json.write(",\n    {\"name\": \"" + STAFF + "\", \"attributes\": []}");
      json.write(",\n    {\"name\": \"" + CHANNEL + "\", \"attributes\": []}");
      json.write(",\n    {\"name\": \"" + SERVICE + "\", \"attributes\": []}");
      json.write("\n  ],\n  \"eventTypes\": [");
      StringBuilder attributes = new StringBuilder("[");
      for (int i = 0; i < EVENT_ATTRIBUTES.length; i++) {
        attributes
            .append(i == 0 ? "" : ", ")
            .append("{\"name\": \"")
            .append(EVENT_ATTRIBUTES[i][0])
            .append("\", \"type\": \"")
            .append(EVENT_ATTRIBUTES[i][1])
            .append("\"}");
      }
      attributes.append("]");
      boolean firstType = true;
      for (String moment : moments) {
        json.write(firstType ? "\n    " : ",\n    ");
        firstType = false;
        json.write("{\"name\": " + Json.quote(moment) + ", \"attributes\": " + attributes + "}");
      }
      json.write("\n  ]\n}\n");
      json.flush();
      return ExportSummary.of(counts[0], touchpoints, counts[1]);
    } catch (Exception e) {
      throw new ExportException("Cannot write the OCEL log: " + e.getMessage(), e);
    }
  }

  private static Instant timeOf(Touchpoint t) {
    return t.start() != null ? t.start() : t.end();
  }

  private static void object(
      Writer json, boolean[] first, String id, String type, String attribute, String relationship)
      throws IOException {
    json.write(first[0] ? "\n    " : ",\n    ");
    first[0] = false;
    json.write("{\"id\": " + Json.quote(id) + ", \"type\": \"" + type + "\", \"attributes\": [");
    if (attribute != null) {
      json.write(attribute);
    }
    json.write("], \"relationships\": [");
    if (relationship != null) {
      json.write(relationship);
    }
    json.write("]}");
  }

  private boolean event(Writer json, boolean[] first, String caseObject, Touchpoint t)
      throws IOException {
    if (timeOf(t) == null) {
      return false;
    }
    json.write(first[0] ? "\n    " : ",\n    ");
    first[0] = false;
    StringBuilder e = new StringBuilder(512);
    e.append("{\"id\": ").append(Json.quote(t.id()));
    e.append(", \"type\": ").append(Json.quote(t.moment()));
    e.append(", \"time\": ").append(Json.quote(timestamps.format(timeOf(t))));
    e.append(", \"attributes\": [");
    e.append(attribute("process", Json.quote(t.processDefinitionKey())));
    // the OCEL 2.0 JSON schema types every attribute value as a string; the event type declares
    // the attribute's type (integer, time) that a reader converts the string to
    e.append(", ")
        .append(attribute("version", Json.quote(Integer.toString(t.processDefinitionVersion()))));
    e.append(", ").append(attribute("element", Json.quote(t.elementId())));
    if (t.channel() != null) {
      e.append(", ").append(attribute("channel", Json.quote(t.channel().id())));
    }
    if (t.lane() != null) {
      e.append(", ").append(attribute("lane", Json.quote(t.lane().name())));
    }
    e.append(", ").append(attribute("kind", Json.quote(t.kind().id())));
    if (t.role() != null) {
      e.append(", ").append(attribute("role", Json.quote(t.role())));
    }
    e.append(", ").append(attribute("outcome", Json.quote(t.outcome().name())));
    if (t.end() != null) {
      e.append(", ").append(attribute("end", Json.quote(timestamps.format(t.end()))));
    }
    if (t.duration().isPresent()) {
      e.append(", ")
          .append(
              attribute("duration_ms", Json.quote(Long.toString(t.duration().get().toMillis()))));
    }
    e.append("], \"relationships\": [");
    e.append(relationship(caseObject, caseObject.startsWith("complaint:") ? "complaint" : "case"));
    if (t.userId() != null) {
      e.append(", ").append(relationship("staff:" + t.userId(), "served by"));
    }
    if (t.channel() != null) {
      e.append(", ").append(relationship("channel:" + t.channel().id(), "via"));
    }
    e.append(", ").append(relationship("service:" + t.processDefinitionKey(), "service"));
    e.append("]}");
    json.write(e.toString());
    return true;
  }

  private static String attribute(String name, String jsonValue) {
    return "{\"name\": \"" + name + "\", \"value\": " + jsonValue + "}";
  }

  private static String relationship(String objectId, String qualifier) {
    return "{\"objectId\": " + Json.quote(objectId) + ", \"qualifier\": \"" + qualifier + "\"}";
  }
}
