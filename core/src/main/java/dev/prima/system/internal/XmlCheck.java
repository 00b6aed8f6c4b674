package dev.prima.system.internal;

import dev.prima.system.Finding;
import dev.prima.system.Severity;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a BPMN file once with StAX: checks that it is well-formed XML whose root is a BPMN 2.0
 * {@code definitions}, not nested too deep, and outlines its processes and flow nodes.
 */
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
   * A process or flow node as read: what the service-triangle rules need, without Camunda's model
   * API (which builds and wraps a DOM: several times the cost of the engine's own parse).
   *
   * @param type the BPMN element's local name, e.g. {@code userTask} or {@code process}
   * @param process the id of the process it belongs to (its own id for a process)
   * @param executable for a process, whether it is marked executable
   * @param candidateGroups {@code camunda:candidateGroups}, or null
   * @param properties its own {@code camunda:properties}, in document order
   * @param timeDuration the text of its timer's {@code timeDuration} (an event's), or null
   * @param implemented whether it names what runs it: {@code camunda:class}, {@code expression},
   *     {@code delegateExpression}, {@code type} (external), {@code decisionRef} or a connector
   */
  public record Node(
      String type,
      String id,
      String name,
      String process,
      boolean executable,
      String candidateGroups,
      Map<String, String> properties,
      String timeDuration,
      boolean implemented) {

    public boolean isProcess() {
      return type.equals("process");
    }
  }

  /**
   * The outcome: a finding when the bytes are not well-formed XML, not BPMN or nested too deep; the
   * elements of the given types; the processes and flow nodes in document order.
   */
  public record Result(
      Optional<Finding> problem,
      java.util.List<Element> found,
      java.util.List<Node> nodes,
      java.util.List<Flow> flows,
      Set<String> ids) {}

  /** A sequence flow as read, with the ids it names as source and target (null when missing). */
  public record Flow(String id, String sourceRef, String targetRef) {}

  /** The attributes by which Camunda knows what runs a service, send or business rule task. */
  private static final List<String> IMPLEMENTATIONS =
      List.of("class", "expression", "delegateExpression", "type", "decisionRef");

  /** The BPMN 2.0 flow nodes (activities, events, gateways) by local name. */
  static final Set<String> FLOW_NODES =
      Set.of(
          "startEvent",
          "endEvent",
          "intermediateCatchEvent",
          "intermediateThrowEvent",
          "boundaryEvent",
          "implicitThrowEvent",
          "task",
          "userTask",
          "serviceTask",
          "scriptTask",
          "businessRuleTask",
          "sendTask",
          "receiveTask",
          "manualTask",
          "callActivity",
          "subProcess",
          "transaction",
          "adHocSubProcess",
          "exclusiveGateway",
          "inclusiveGateway",
          "parallelGateway",
          "eventBasedGateway",
          "complexGateway");

  public static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  /**
   * Operaton's own namespace: Prima is also built for Operaton (docs/operaton.md), which reads its
   * own namespace beside Camunda's, so the check reads both.
   */
  public static final String OPERATON_NS = "http://operaton.org/schema/1.0/bpmn";

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
    java.util.List<Node> nodes = new java.util.ArrayList<>();
    java.util.List<Flow> flows = new java.util.ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      return fail(Finding.of(Severity.ERROR, resource, null, "file.notText", e.getMessage()));
    }
    try {
      // StAX is given characters, not bytes: on a byte that is not valid in the file's encoding
      // the JDK's parser prints "[Fatal Error] :-1:-1: ..." to System.err besides throwing
      XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(text));
      int depth = 0;
      // per open element: its local name, and the node it opened (null for other elements)
      Deque<String> names = new ArrayDeque<>();
      Deque<NodeBuilder> owners = new ArrayDeque<>();
      String process = null;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
          names.pop();
          NodeBuilder closed = owners.pop();
          if (closed != NONE) {
            nodes.set(closed.index, closed.build());
            if (closed.type.equals("process")) {
              process = null;
            }
          }
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (++depth > MAX_DEPTH) {
            return fail(tooDeep(resource, reader));
          }
          String namespace = reader.getNamespaceURI();
          String name = reader.getLocalName();
          if (rootName == null) {
            rootNamespace = namespace;
            rootName = name;
          }
          NodeBuilder opened = null;
          String elementId = reader.getAttributeValue(null, "id");
          if (elementId != null) {
            ids.add(elementId);
          }
          if (BPMN_NS.equals(namespace)) {
            if (name.equals("sequenceFlow")) {
              flows.add(
                  new Flow(
                      elementId,
                      reader.getAttributeValue(null, "sourceRef"),
                      reader.getAttributeValue(null, "targetRef")));
            }
            if (types.contains(name)) {
              found.add(new Element(name, reader.getAttributeValue(null, "id")));
            }
            if (name.equals("timeDuration") && "timerEventDefinition".equals(names.peek())) {
              NodeBuilder owner = owners.stream().filter(o -> o != NONE).findFirst().orElse(null);
              String duration = reader.getElementText(); // reads up to and with its end tag
              depth--;
              if (owner != null) {
                owner.timeDuration = duration.strip();
              }
              continue;
            }
            if (name.equals("process") || FLOW_NODES.contains(name)) {
              String id = reader.getAttributeValue(null, "id");
              if (name.equals("process")) {
                process = id;
              }
              opened =
                  new NodeBuilder(
                      nodes.size(),
                      name,
                      id,
                      reader.getAttributeValue(null, "name"),
                      process,
                      "true".equals(reader.getAttributeValue(null, "isExecutable")),
                      engineAttribute(reader, "candidateGroups"));
              for (String attribute : IMPLEMENTATIONS) {
                if (engineAttribute(reader, attribute) != null) {
                  opened.implemented = true;
                }
              }
              nodes.add(null); // replaced by the node when its element closes
            }
          } else if (isEngineNamespace(namespace) && name.equals("connector")) {
            owners.stream()
                .filter(o -> o != NONE)
                .findFirst()
                .ifPresent(owner -> owner.implemented = true);
          } else if (isEngineNamespace(namespace) && name.equals("property")) {
            NodeBuilder owner = propertyOwner(names, owners);
            if (owner != null && reader.getAttributeValue(null, "name") != null) {
              owner.properties.put(
                  reader.getAttributeValue(null, "name"), reader.getAttributeValue(null, "value"));
            }
          }
          names.push(name);
          owners.push(opened == null ? NONE : opened);
        }
      }
      reader.close();
    } catch (XMLStreamException e) {
      String message =
          e.getMessage() == null
              ? ""
              : e.getMessage()
                  .replaceAll("(?s)^ParseError at \\[[^]]*](:\\[[^]]*])?\\s*Message:\\s*", "");
      return fail(
          e.getLocation() == null
              ? Finding.of(Severity.ERROR, resource, null, "file.notWellFormed", message.strip())
              : Finding.of(
                  Severity.ERROR,
                  resource,
                  null,
                  "file.notWellFormedAt",
                  String.valueOf(e.getLocation().getLineNumber()),
                  String.valueOf(e.getLocation().getColumnNumber()),
                  message.strip()));
    }
    if (rootName == null) {
      return fail(Finding.of(Severity.ERROR, resource, null, "file.empty"));
    }
    if (!BPMN_NS.equals(rootNamespace) || !"definitions".equals(rootName)) {
      return fail(
          Finding.of(
              Severity.ERROR,
              resource,
              null,
              "file.notBpmn",
              (rootNamespace == null || rootNamespace.isEmpty() ? "" : "{" + rootNamespace + "}")
                  + rootName,
              "{" + BPMN_NS + "}definitions"));
    }
    return new Result(Optional.empty(), found, List.copyOf(nodes), List.copyOf(flows), ids);
  }

  /**
   * The node whose {@code extensionElements/camunda:properties} holds a {@code camunda:property}
   * being read, or null when the property sits anywhere else.
   */
  /** An engine extension attribute of the current element, in either engine's namespace. */
  private static String engineAttribute(XMLStreamReader reader, String name) {
    String value = reader.getAttributeValue(CAMUNDA_NS, name);
    return value != null ? value : reader.getAttributeValue(OPERATON_NS, name);
  }

  private static boolean isEngineNamespace(String namespace) {
    return CAMUNDA_NS.equals(namespace) || OPERATON_NS.equals(namespace);
  }

  private static NodeBuilder propertyOwner(Deque<String> names, Deque<NodeBuilder> owners) {
    var nameIterator = names.iterator();
    var ownerIterator = owners.iterator();
    if (names.size() < 3
        || !nameIterator.next().equals("properties")
        || !nameIterator.next().equals("extensionElements")) {
      return null;
    }
    ownerIterator.next();
    ownerIterator.next();
    NodeBuilder owner = ownerIterator.next();
    return owner == NONE ? null : owner;
  }

  /** Stands in on the owner stack for an element that is not a process or flow node. */
  private static final NodeBuilder NONE = new NodeBuilder(-1, "", null, null, null, false, null);

  /** A node while its element is open: its properties come in as they are read. */
  private static final class NodeBuilder {
    final int index;
    final String type;
    final String id;
    final String name;
    final String process;
    final boolean executable;
    final String candidateGroups;
    final Map<String, String> properties = new LinkedHashMap<>();
    String timeDuration;
    boolean implemented;

    NodeBuilder(
        int index,
        String type,
        String id,
        String name,
        String process,
        boolean executable,
        String candidateGroups) {
      this.index = index;
      this.type = type;
      this.id = id;
      this.name = name;
      this.process = process;
      this.executable = executable;
      this.candidateGroups = candidateGroups;
    }

    Node build() {
      return new Node(
          type,
          id,
          name,
          process,
          executable,
          candidateGroups,
          java.util.Collections.unmodifiableMap(properties),
          timeDuration,
          implemented);
    }
  }

  private static Finding tooDeep(String resource, XMLStreamReader reader) {
    String id = reader.getAttributeValue(null, "id");
    return Finding.of(
        Severity.ERROR,
        resource,
        id,
        "file.tooDeep",
        String.valueOf(MAX_DEPTH),
        String.valueOf(reader.getLocation().getLineNumber()),
        reader.getLocalName());
  }

  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  /**
   * The file's characters in the encoding its byte order mark or XML declaration names (UTF-8
   * without either), without the byte order mark.
   */
  static String decode(byte[] bytes) throws CharacterCodingException {
    Charset charset = StandardCharsets.UTF_8;
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      charset = StandardCharsets.UTF_16;
    } else {
      String head =
          new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1)
              .replaceFirst("^\u00EF\u00BB\u00BF", "");
      Matcher declared = DECLARED_ENCODING.matcher(head);
      if (declared.find()) {
        try {
          charset = Charset.forName(declared.group(1));
        } catch (IllegalArgumentException unknown) {
          throw new Undecodable(
              "its XML declaration names the encoding '"
                  + declared.group(1)
                  + "', which Java does not know");
        }
      }
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out =
        CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = Math.min(in.position(), bytes.length - 1);
      throw new Undecodable(
          String.format(
              "byte %d (0x%02X) is not valid %s",
              offset + 1, bytes[offset] & 0xFF, charset.name()));
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Bytes that are no text in the file's encoding; the message says which byte. */
  private static final class Undecodable extends CharacterCodingException {
    private final String message;

    Undecodable(String message) {
      this.message = message;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }

  private static Result fail(Finding finding) {
    return new Result(Optional.of(finding), List.of(), List.of(), List.of(), Set.of());
  }
}
